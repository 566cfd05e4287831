package org.mandato.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address may make per period, for each limited kind of request.
 * Counted in memory by each instance, so behind a proxy that spreads a client over N instances a
 * client may make up to N times as many. {@code kept-form} counts forms posted without a session to
 * the signed-in areas, each of which may be kept in a session row of its own (PreservedForm).
 */
@ConfigurationProperties("mandato.rate-limit")
record RateLimitSettings(Limit signIn, Limit apiToken, Limit search, Limit keptForm, Limit mailRequest, int clients) {

    record Limit(int requests, Duration per) {}
}
