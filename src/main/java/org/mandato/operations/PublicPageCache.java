package org.mandato.operations;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.accounts.SecurityHeaders;
import org.mandato.catalog.CatalogChanged;
import org.mandato.exchange.PackImporter;
import org.mandato.national.NationalReportEvents;
import org.mandato.reporting.ReportEvents;
import org.mandato.search.PublishedChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public pages of the catalogue and the reports as an anonymous reader gets them, kept in
 * memory: during a summit most visitors read the same theme and paragraph pages, and each costs
 * queries and rendering while it only changes when something is published. Rules:
 * <ul>
 * <li>only GET requests without any cookie but the language's and without credentials are
 * answered from here: without a session cookie nor a token nobody is signed in, so nobody signed
 * in, nobody with a session, ever gets a kept page. They are answered before the sessions and
 * Spring Security's filters, which have nothing to do for them, with the same security headers;</li>
 * <li>only pages built from published reports and the catalogue, with no other query parameter
 * than the page number and the institution, answered 200 as HTML without setting a cookie;</li>
 * <li>every page kept is dropped when anything published changes: at once after a change committed
 * by this instance, and within {@code mandato.pages.poll-interval} (one second) of a change by another
 * instance, seen in the change log the search index follows too;</li>
 * <li>a page is kept under the number of the change log read before it was built, so a page built
 * while a change was committed is dropped with the others;</li>
 * <li>for {@code mandato.pages.settle} (three seconds) after a change no page is kept: the copies of
 * the catalogue and of the listing counts that pages are built from may lag that long on an
 * instance that did not make the change, and a page built from them must not outlive them.</li>
 * </ul>
 * Each answer carries an ETag, so browsers and proxies revalidate a page for a 304 instead of
 * downloading it again; gzip is compressed once per page, not once per request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5) // after the request metrics' filter, before sessions and Spring Security
class PublicPageCache extends OncePerRequestFilter {

    private static final Pattern CACHED_PATHS = Pattern.compile(
            "/|/themes(/[a-z0-9-]+)?|/summits(/[^/]+){0,3}|/institutions(/[a-z0-9-]+)?|/reports/[0-9]+");
    private static final Set<String> CACHED_PARAMETERS = Set.of("page", "institution");
    private static final String LANGUAGE_COOKIE = "mandato-lang";
    /** Anyone may keep the page, but must ask again (with its ETag) before showing it. */
    private static final String CACHE_CONTROL = "no-cache";
    private static final String VARY = "Accept-Language, Cookie, Accept-Encoding";

    /** One page as it was answered, with its gzip form once someone asked for it. */
    private static final class Page {
        final byte[] body;
        final String contentType;
        final String language;
        final String etag;
        final String route;
        final long change;
        volatile byte[] gzipped;

        Page(byte[] body, String contentType, String language, String route, long change) {
            this.body = body;
            this.contentType = contentType;
            this.language = language;
            this.route = route;
            this.change = change;
            this.etag = "\"" + digest(body) + "\"";
        }
    }

    private final PublishedChanges changes;
    private final LocaleResolver locales;
    private final long maxBytes;
    private final long maxPageBytes;
    private final boolean enabled;
    private final long settleNanos;
    private volatile long keepFrom;
    private final Map<String, Page> pages = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private volatile long change = -1;

    PublicPageCache(PublishedChanges changes, LocaleResolver locales,
                    @Value("${mandato.pages.cache-size:64MB}") DataSize size,
                    @Value("${mandato.pages.max-page-size:2MB}") DataSize pageSize,
                    @Value("${mandato.pages.cache:true}") boolean enabled,
                    @Value("${mandato.pages.settle:PT3S}") java.time.Duration settle) {
        this.settleNanos = settle.toNanos();
        this.keepFrom = System.nanoTime();
        this.changes = changes;
        this.locales = locales;
        this.maxBytes = size.toBytes();
        this.maxPageBytes = pageSize.toBytes();
        this.enabled = enabled;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!enabled || !cacheable(request)) {
            chain.doFilter(request, response);
            return;
        }
        long changeBefore = currentChange();
        String key = key(request);
        Page page = lookUp(key, changeBefore);
        if (page != null) {
            answer(page, request, response);
            return;
        }
        long started = System.nanoTime();
        ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, captured);
        Page built = keepable(request, captured, changeBefore);
        if (built != null) {
            if (started - keepFrom >= 0) {
                keep(key, built);
            }
            captured.setHeader("ETag", built.etag);
            captured.setHeader("Cache-Control", CACHE_CONTROL);
            captured.setHeader("Vary", VARY);
            if (matches(request, built)) {
                captured.resetBuffer();
                captured.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            }
        }
        captured.copyBodyToResponse();
    }

    /** Drops every page kept: something published changed here, and is committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true, classes = {
            ReportEvents.ReportPublished.class, ReportEvents.ReportWithdrawn.class, CatalogChanged.class,
            PackImporter.PackLoaded.class, NationalReportEvents.NationalReportPublished.class,
            NationalReportEvents.NationalReportWithdrawn.class})
    void publishedChangeCommitted() {
        follow();
    }

    /** Follows the change log for changes made by other instances sharing the database. */
    @Scheduled(fixedDelayString = "${mandato.pages.poll-interval:PT1S}", initialDelayString = "${mandato.pages.poll-interval:PT1S}")
    void follow() {
        long latest = changes.latest();
        synchronized (pages) {
            if (latest != change) {
                pages.clear();
                bytes = 0;
                change = latest;
                keepFrom = System.nanoTime() + settleNanos;
            }
        }
    }

    private long currentChange() {
        if (change < 0) {
            follow();
        }
        return change;
    }

    private static boolean cacheable(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getHeader("Authorization") != null
                || !CACHED_PATHS.matcher(request.getRequestURI()).matches()) {
            return false;
        }
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (!LANGUAGE_COOKIE.equals(cookie.getName())) {
                    return false;
                }
            }
        }
        return CACHED_PARAMETERS.containsAll(request.getParameterMap().keySet());
    }

    private String key(HttpServletRequest request) {
        StringBuilder key = new StringBuilder(locales.resolveLocale(request).getLanguage()).append(' ').append(request.getRequestURI());
        for (String name : new java.util.TreeSet<>(request.getParameterMap().keySet())) {
            key.append('&').append(name).append('=').append(String.join(",", request.getParameterValues(name)));
        }
        return key.toString();
    }

    private Page lookUp(String key, long currentChange) {
        synchronized (pages) {
            Page page = pages.get(key);
            return page != null && page.change == currentChange ? page : null;
        }
    }

    private Page keepable(HttpServletRequest request, ContentCachingResponseWrapper response, long changeBefore) {
        String type = response.getContentType();
        if (response.getStatus() != 200 || type == null || !type.startsWith("text/html") || response.getHeader("Set-Cookie") != null
                || request.getSession(false) != null || response.getContentSize() > maxPageBytes) {
            return null;
        }
        Object route = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return new Page(response.getContentAsByteArray(), type, response.getHeader("Content-Language"),
                route == null ? null : route.toString(), changeBefore);
    }

    private void keep(String key, Page page) {
        synchronized (pages) {
            if (page.change != change) {
                return;
            }
            Page replaced = pages.put(key, page);
            bytes += page.body.length - (replaced == null ? 0 : replaced.body.length);
            var eldest = pages.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body.length;
                eldest.remove();
            }
        }
    }

    private static void answer(Page page, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (page.route != null) {
            ServerHttpObservationFilter.findObservationContext(request).ifPresent(context -> context.setPathPattern(page.route));
        }
        SecurityHeaders.writeTo(request, response);
        response.setHeader("ETag", page.etag);
        response.setHeader("Cache-Control", CACHE_CONTROL);
        response.setHeader("Vary", VARY);
        if (page.language != null) {
            response.setHeader("Content-Language", page.language);
        }
        if (matches(request, page)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(page.contentType);
        byte[] body = page.body;
        String encodings = request.getHeader("Accept-Encoding");
        if (encodings != null && encodings.contains("gzip")) {
            body = gzipped(page);
            response.setHeader("Content-Encoding", "gzip");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The reader has the page already (If-None-Match names its ETag). */
    private static boolean matches(HttpServletRequest request, Page page) {
        String ifNoneMatch = request.getHeader("If-None-Match");
        return ifNoneMatch != null && (ifNoneMatch.contains(page.etag) || ifNoneMatch.trim().equals("*"));
    }

    private static byte[] gzipped(Page page) {
        byte[] gzipped = page.gzipped;
        if (gzipped == null) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(page.body.length / 4);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(page.body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            gzipped = out.toByteArray();
            page.gzipped = gzipped;
        }
        return gzipped;
    }

    private static String digest(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
