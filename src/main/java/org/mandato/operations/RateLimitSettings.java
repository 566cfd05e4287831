package org.mandato.operations;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many requests one client address may make per period, for each limited kind of request.
 * Counted in memory by each instance, so behind a proxy that spreads a client over N instances a
 * client may make up to N times as many.
 */
@ConfigurationProperties("mandato.rate-limit")
record RateLimitSettings(Limit signIn, Limit apiToken, Limit search, int clients) {

    record Limit(int requests, Duration per) {}
}
