package org.mandato.operations;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SecurityHeaders;
import org.mandato.web.FormKeepingLimit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a client address that signs in, presents API tokens, searches or asks for mail (a password
 * link, a subscription, an erasure) faster than its limit,
 * with 429 and Retry-After: a page for people, problem details for the API. It runs before Spring
 * Security, so refused sign-ins never reach the password check. The address is the forwarded
 * client's only when the request came through a configured proxy (server.tomcat.remoteip). It also
 * counts, for the accounts module, the forms posted without a session that ask to be kept
 * ({@link FormKeepingLimit}). A refused client is logged once a minute, not at every request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 70)
class RateLimits extends OncePerRequestFilter implements FormKeepingLimit {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final Set<String> SEARCHES = Set.of("/search", "/search.csv", "/search.json", "/api/v1/search");
    /** Forms that send a message to the address typed in them: each request may mail a stranger. */
    private static final Set<String> MAIL_REQUESTS = Set.of("/password/forgot", "/subscriptions", "/subscriptions/erase");

    private final Buckets signIn;
    private final Buckets apiToken;
    private final Buckets search;
    private final Buckets keptForm;
    private final Buckets mailRequest;
    private final RefusalLog refusals;

    RateLimits(RateLimitSettings settings, Clock clock) {
        this.signIn = new Buckets(settings.signIn(), settings.clients());
        this.apiToken = new Buckets(settings.apiToken(), settings.clients());
        this.search = new Buckets(settings.search(), settings.clients());
        this.keptForm = new Buckets(settings.keptForm(), settings.clients());
        this.mailRequest = new Buckets(settings.mailRequest(), settings.clients());
        this.refusals = new RefusalLog(clock, settings.clients());
    }

    @Override
    public long secondsToWait(HttpServletRequest request) {
        ConsumptionProbe probe = keptForm.of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return 0;
        }
        long wait = secondsOf(probe);
        refusals.refused(request, wait);
        return wait;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Buckets buckets = bucketsFor(request);
        if (buckets != null) {
            ConsumptionProbe probe = buckets.of(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
            if (!probe.isConsumed()) {
                refuse(request, response, secondsOf(probe));
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private Buckets bucketsFor(HttpServletRequest request) {
        String path = request.getRequestURI();
        if ("POST".equals(request.getMethod()) && path.equals("/login")) {
            return signIn;
        }
        if ("POST".equals(request.getMethod()) && MAIL_REQUESTS.contains(path)) {
            return mailRequest;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")) {
            return apiToken;
        }
        return "GET".equals(request.getMethod()) && SEARCHES.contains(path) ? search : null;
    }

    private static long secondsOf(ConsumptionProbe refused) {
        return TimeUnit.NANOSECONDS.toSeconds(refused.getNanosToWaitForRefill()) + 1;
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        refusals.refused(request, retryAfterSeconds);
        SecurityHeaders.writeTo(request, response);
        response.setHeader("Retry-After", String.valueOf(retryAfterSeconds));
        if (request.getRequestURI().startsWith("/api/")) {
            response.setStatus(429);
            response.setContentType("application/problem+json");
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                    + "\"detail\":\"too many requests from this address; try again in " + retryAfterSeconds + " seconds\"}");
            return;
        }
        response.sendError(429);
    }

    /** One bucket per client address, the least recently seen forgotten first when there are too many. */
    static final class Buckets {
        private final RateLimitSettings.Limit limit;
        private final Map<String, Bucket> byClient;

        Buckets(RateLimitSettings.Limit limit, int clients) {
            this.limit = limit;
            this.byClient = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                    return size() > clients;
                }
            };
        }

        synchronized Bucket of(String client) {
            return byClient.computeIfAbsent(client, c -> Bucket.builder()
                    .addLimit(Bandwidth.builder().capacity(limit.requests()).refillGreedy(limit.requests(), limit.per()).build())
                    .build());
        }
    }

    /**
     * Logs a refused client once a minute at most: a client that keeps knocking would otherwise
     * write a line for every request. Each line says how many refusals it stands for.
     */
    static final class RefusalLog {
        private static final Duration QUIET = Duration.ofMinutes(1);

        private final Clock clock;
        private final Map<String, Tally> byClient;

        RefusalLog(Clock clock, int clients) {
            this.clock = clock;
            this.byClient = new LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Tally> eldest) {
                    return size() > clients;
                }
            };
        }

        void refused(HttpServletRequest request, long retryAfterSeconds) {
            String client = request.getRemoteAddr();
            Instant now = clock.instant();
            Tally previous;
            synchronized (this) {
                previous = byClient.get(client);
                if (previous != null && now.isBefore(previous.loggedAt.plus(QUIET))) {
                    previous.unlogged++;
                    return;
                }
                byClient.put(client, new Tally(now));
            }
            if (previous == null || previous.unlogged == 0) {
                log.info("Rate limit: refused {} {} from {} for {} s (further refusals of this address are logged once a minute)",
                        request.getMethod(), request.getRequestURI(), client, retryAfterSeconds);
            } else {
                log.info("Rate limit: refused {} {} from {} for {} s, and {} more of its requests since {}",
                        request.getMethod(), request.getRequestURI(), client, retryAfterSeconds, previous.unlogged, previous.loggedAt);
            }
        }

        private static final class Tally {
            private final Instant loggedAt;
            private int unlogged;

            Tally(Instant loggedAt) {
                this.loggedAt = loggedAt;
            }
        }
    }
}
