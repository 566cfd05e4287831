/**
 * What running Mandato in production needs in front of every page: rate limits on sign-in, API
 * tokens and search, a size limit on request bodies, and the metrics operators watch.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Operations")
package org.mandato.operations;
