/**
 * Outgoing mail: the outbox every message is written to in the transaction of the change that
 * causes it, the background sender that claims and sends each message once (retrying with backoff
 * while the relay is down), the letter templates, the outbox gauges and the {@code mail-test} command.
 * Other modules write messages through {@link org.mandato.mail.Outbox}; mail is off while no SMTP host is set.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Mail")
package org.mandato.mail;
