/**
 * Public subscriptions by mail: anyone may follow a theme, a paragraph, an institution or a country,
 * without an account, and receive a daily or weekly digest of what was newly published about it.
 * Double opt-in, one-click unsubscribe in every digest (RFC 8058), and erasure of an address on request.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subscriptions")
package org.mandato.subscriptions;
