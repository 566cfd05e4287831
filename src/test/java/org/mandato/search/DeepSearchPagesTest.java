package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No page number a client sends sizes the work or the memory of a search (issue 15: four requests
 * for page 999,999 at once ranked 20 million results each and ended the server). Pages 0 to 499
 * are answered; any other page number is a 400 naming the parameter, on the page, in the API and
 * in the downloads; and however many such requests come, each allocates about what an ordinary
 * one does and the heap is left as it was.
 */
@MandatoTest
class DeepSearchPagesTest {

    /** Page numbers no search answers: past the deepest page offered, beyond an int, not numbers at all. */
    static final List<String> OUT_OF_REACH = List.of("500", "999999", "99999999999", "2147483648", "abc", "-4", "", "1e3", "0x10");
    static final long MEGABYTE = 1024 * 1024;

    @Autowired
    MockMvc mvc;

    @Test
    void aPageOutOfReachIsRefusedOnThePageNamingTheParameter() throws Exception {
        for (String page : OUT_OF_REACH) {
            MockHttpServletResponse response = perform("/search?q=migration&theme=migration&page=" + page);
            assertThat(response.getStatus()).as("page=" + page).isEqualTo(400);
            Document html = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
            assertThat(html.select(".notice").text()).as("page=" + page)
                    .contains("its page parameter must be a whole number from 0 to 499 (pages 1 to 500)", "first 10,000 results");
            assertThat(html.selectFirst("#q").val()).as("the words asked for stay in the box").isEqualTo("migration");
            assertThat(html.select(".notice a").attr("href")).isEqualTo("/search?q=migration&theme=migration");
        }
        Document spanish = Jsoup.parse(perform("/search?q=migration&page=999999&lang=es").getContentAsString(StandardCharsets.UTF_8));
        assertThat(spanish.select(".notice").text()).contains("su parámetro page debe ser un número entero de 0 a 499");
    }

    @Test
    void aPageOutOfReachIsAProblemInTheApiAndTheDownloads() throws Exception {
        for (String page : OUT_OF_REACH) {
            for (String path : List.of("/api/v1/search?q=migration&page=", "/search.json?q=migration&page=", "/search.csv?q=migration&page=")) {
                MockHttpServletResponse response = perform(path + page);
                assertThat(response.getStatus()).as(path + page).isEqualTo(400);
                assertThat(response.getContentType()).as(path + page).startsWith("application/problem+json");
                assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(path + page)
                        .contains("parameter 'page' must be a whole number from 0 to 499", "first 10000 results");
            }
        }
    }

    @Test
    void theDeepestPageOfferedIsAnsweredAndLeadsBackToTheResults() throws Exception {
        MockHttpServletResponse deepest = perform("/search?q=migration&page=499");
        assertThat(deepest.getStatus()).isEqualTo(200);
        Document html = Jsoup.parse(deepest.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select(".search-results .notice").text()).contains("No results on this page");
        assertThat(perform(html.selectFirst(".search-results .notice a").attr("href")).getStatus()).isEqualTo(200);

        MockHttpServletResponse api = perform("/api/v1/search?q=migration&page=0499&sort=date");
        assertThat(api.getStatus()).isEqualTo(200);
        assertThat(api.getContentAsString(StandardCharsets.UTF_8)).contains("\"page\":499", "\"results\":[]");
    }

    @Test
    void theDeepestPageOfferedOffersNoNextOneAndSaysWhy() {
        SearchRequest deepest = new SearchRequest("migration", Map.of(), null, SearchRequest.LAST_PAGE);
        SearchResults many = new SearchResults(deepest, 250_000, true, List.of(), List.of(), false, true);
        SearchResults before = new SearchResults(new SearchRequest("migration", Map.of(), null, SearchRequest.LAST_PAGE - 1),
                250_000, true, List.of(), List.of(), false, true);

        assertThat(many.pages()).isEqualTo(12_500);
        assertThat(many.pagesOffered()).isEqualTo(500);
        assertThat(many.hasNextPage()).isFalse();
        assertThat(many.lastPageOffered()).isTrue();
        assertThat(many.lastPage()).as("a page past the end leads at most here").isEqualTo(SearchRequest.LAST_PAGE);
        assertThat(before.hasNextPage()).isTrue();
        assertThat(before.lastPageOffered()).isFalse();
        assertThatThrownBy(() -> new SearchRequest("x", Map.of(), null, SearchRequest.LAST_PAGE + 1))
                .isInstanceOf(SearchRequest.PageOutOfReach.class);
        assertThatThrownBy(() -> new SearchRequest("x", Map.of(), null, -1)).isInstanceOf(SearchRequest.PageOutOfReach.class);
    }

    /**
     * What one request reserves, measured as the bytes its thread allocates (MockMvc answers on the
     * calling thread): exact, and blind to whatever else the machine is doing. Ranking the 20 million
     * results page 999,999 would reach takes more than 400 MB.
     */
    @Test
    void aRequestForAnyPageAllocatesAboutWhatTheFirstPageDoes() throws Exception {
        long first = allocatedBy(unseen("/search?q=migration&page=0"));
        for (String path : List.of("/search?q=migration&page=499", "/search?q=migration&sort=date&page=499",
                "/api/v1/search?q=migration&page=499", "/search?q=migration&page=999999", "/search?q=migration&sort=date&page=999999",
                "/api/v1/search?q=migration&page=999999", "/api/v1/search?q=migration&sort=date&page=999999",
                "/search.json?q=migration&page=999999", "/search?q=migration&page=99999999999")) {
            assertThat(allocatedBy(unseen(path))).as(path).isLessThan(first + 16 * MEGABYTE);
        }
    }

    /**
     * Two hundred searches for pages out of reach and for the deepest page, four at a time, as the
     * attack in issue 15 sent them: every one is answered without a server error, none allocates
     * more than an ordinary search, and the heap after a collection is where it was before (the
     * pages shown are kept, but they are small). The least of three collections is taken, so that
     * garbage of other threads does not count.
     */
    @Test
    void manyDeepPagesAtOnceLeaveTheHeapAsItWas() throws Exception {
        List<String> paths = List.of("/search?q=migration&page=999999", "/api/v1/search?q=migration&page=999999",
                "/search?q=migration&sort=date&page=99999999999", "/api/v1/search?q=migration&sort=date&page=500",
                "/search?q=migration&page=499", "/api/v1/search?q=migration&sort=date&page=499");
        for (String path : paths) {
            assertThat(perform(unseen(path)).getStatus()).as("warming up " + path).isLessThan(500);
        }
        long heapBefore = usedHeapAfterCollection();

        ExecutorService clients = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int client = 0; client < 4; client++) {
                int offset = client;
                Callable<List<String>> requests = () -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 50; i++) {
                        String path = unseen(paths.get((i + offset) % paths.size()));
                        var threads = threads();
                        long before = threads.getCurrentThreadAllocatedBytes();
                        int status = perform(path).getStatus();
                        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
                        if (status >= 500 || allocated > 32 * MEGABYTE) {
                            wrong.add(path + ": " + status + ", " + allocated / MEGABYTE + " MB");
                            break;
                        }
                    }
                    return wrong;
                };
                answers.add(clients.submit(requests));
            }
            for (Future<List<String>> answer : answers) {
                assertThat(answer.get()).as("requests answered with a server error or allocating more than 32 MB").isEmpty();
            }
        } finally {
            clients.shutdown();
        }

        long heapAfter = usedHeapAfterCollection();
        assertThat(heapAfter - heapBefore).as("heap grown by 200 deep pages, in bytes").isLessThan(24 * MEGABYTE);
    }

    private final AtomicInteger searches = new AtomicInteger();

    /**
     * The search at {@code path} with one more word, never asked before: {@link Search} keeps the
     * pages it showed, and a page found there would not show what finding it costs.
     */
    private String unseen(String path) {
        return path.replace("q=migration", "q=migration+unseen" + searches.incrementAndGet());
    }

    private long allocatedBy(String path) throws Exception {
        var threads = threads();
        long before = threads.getCurrentThreadAllocatedBytes();
        MockHttpServletResponse response = perform(path);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(response.getStatus()).as(path).isIn(200, 400);
        return allocated;
    }

    private MockHttpServletResponse perform(String path) throws Exception {
        return mvc.perform(get(path).header("Accept-Language", "en")).andReturn().getResponse();
    }

    private static com.sun.management.ThreadMXBean threads() {
        return (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }

    private static long usedHeapAfterCollection() {
        long least = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            System.gc();
            least = Math.min(least, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return least;
    }
}
