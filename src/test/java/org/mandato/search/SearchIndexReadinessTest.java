package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.catalog.Catalog;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycles;
import org.mandato.reporting.Reports;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Search before its index is whole: while it is built for the first time it says so (503 with a
 * Retry-After) instead of failing or answering from nothing, and while it is rebuilt (a catalogue
 * edit, a pack) it keeps answering from the last whole index.
 */
@MandatoWriteTest
class SearchIndexReadinessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SearchIndex index;
    @Autowired
    ChangeLog changes;
    @Autowired
    Catalog catalog;
    @Autowired
    Reports reports;
    @Autowired
    NationalReports nationalReports;
    @Autowired
    ReportingCycles cycles;
    @Autowired
    SearchGlossary glossary;

    @Test
    void whileTheIndexIsNotReadySearchSaysSoAndWhenToAskAgain() throws Exception {
        index.close();
        try {
            MockHttpServletResponse page = mvc.perform(get("/search").param("q", "migration").header("Accept-Language", "en"))
                    .andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(503);
            assertThat(page.getHeader("Retry-After")).isEqualTo("10");
            var html = Jsoup.parse(page.getContentAsString(StandardCharsets.UTF_8));
            assertThat(html.select(".notice").text()).startsWith("Search is being prepared");
            assertThat(html.selectFirst("#q").val()).as("the words asked for stay in the box").isEqualTo("migration");

            MockHttpServletResponse api = mvc.perform(get("/api/v1/search").param("q", "migration")).andReturn().getResponse();
            assertThat(api.getStatus()).isEqualTo(503);
            assertThat(api.getContentType()).startsWith("application/problem+json");
            assertThat(api.getHeader("Retry-After")).isEqualTo("10");
        } finally {
            index.open();
        }
        assertThat(mvc.perform(get("/search").param("q", "migration")).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aRebuildKeepsAnsweringFromTheLastWholeIndexUntilTheNewOneIsComplete() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch mayGoOn = new CountDownLatch(1);
        boolean[] holdNextRead = {false};
        IndexContent slowContent = new IndexContent(catalog, reports, nationalReports, cycles, glossary) {
            @Override
            List<Document> paragraphs() {
                if (holdNextRead[0]) {
                    reading.countDown();
                    try {
                        mayGoOn.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return super.paragraphs();
            }
        };
        SearchIndex own = new SearchIndex(Files.createTempDirectory("readiness-index").toString(), slowContent, changes);
        assertThat(own.isReady()).as("not built yet").isFalse();
        assertThatThrownBy(own::acquire).isInstanceOf(SearchIndex.NotReady.class);
        try {
            own.open();
            int whole = documents(own);
            assertThat(whole).isGreaterThan(150);

            holdNextRead[0] = true;
            Thread rebuilding = new Thread(own::rebuild);
            rebuilding.start();
            assertThat(reading.await(30, TimeUnit.SECONDS)).isTrue();
            assertThat(documents(own)).as("mid-rebuild, the last whole index answers").isEqualTo(whole);
            assertThat(own.isReady()).isTrue();

            mayGoOn.countDown();
            rebuilding.join(30_000);
            assertThat(documents(own)).isEqualTo(whole);
        } finally {
            mayGoOn.countDown();
            own.close();
        }
    }

    private static int documents(SearchIndex index) throws Exception {
        IndexSearcher searcher = index.acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            index.release(searcher);
        }
    }
}
