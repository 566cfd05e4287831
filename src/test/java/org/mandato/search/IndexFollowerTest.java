package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.mandato.MandatoApplication;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycles;
import org.mandato.reporting.ReportForm;
import org.mandato.reporting.ReportWorkflow;
import org.mandato.reporting.Reports;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The index is rebuilt by its own worker, never on the thread of the request that changed the
 * catalogue, and nothing written meanwhile waits for it (issue 15): the catalogue edit answers while
 * the rebuild is held half-way, a publish made then answers too, searches keep the last whole index,
 * and once released the worker applies both. Stopping the application stops the worker, and a
 * rebuild under way gives up, leaving the last whole index on disk. An application of its own
 * (started here, so that it can be stopped), whose index reads through {@link HeldContent}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexFollowerTest {

    ConfigurableApplicationContext app;
    HeldContent content;
    SearchIndex index;
    ChangeLog changes;
    MockMvc mvc;

    @BeforeAll
    void start() throws Exception {
        app = new SpringApplicationBuilder(MandatoApplication.class, Held.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:index-follower;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "--mandato.data-dir=" + Files.createTempDirectory("mandato-index-follower-"),
                "--mandato.search.poll-interval=PT0.2S");
        content = app.getBean(HeldContent.class);
        index = app.getBean(SearchIndex.class);
        changes = app.getBean(ChangeLog.class);
        mvc = MockMvcBuilders.webAppContextSetup((WebApplicationContext) app).apply(springSecurity()).build();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    @Order(1)
    void aCatalogueEditAnswersWhileItsRebuildRunsOnTheWorkerAndAPublishDoesNotWaitForIt() throws Exception {
        Catalog catalog = app.getBean(Catalog.class);
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        long lima = jdbc.sql("select d.id from document d join summit s on s.id = d.summit_id where s.slug = 'viii' and d.slug = 'lima-commitment'")
                .query(Long.class).single();
        String migration = String.valueOf(catalog.theme("migration").orElseThrow().id());
        content.holdNextRebuild();

        MockHttpServletRequestBuilder paragraph = post("/secretariat/catalog/documents/" + lima + "/paragraphs/new")
                .with(csrf()).with(user("secretariat").roles("SECRETARIAT")).header("Accept-Language", "en")
                .param("number", "58b").param("section", "").param("parentNumber", "").param("themes", migration)
                .param("title-en", "Brontosaurine registry of migrant workers").param("title-es", "").param("title-pt", "")
                .param("title-fr", "").param("text-en", "We will register brontosaurine migrant workers.").param("text-es", "")
                .param("text-pt", "").param("text-fr", "");
        MockHttpServletResponse edited = mvc.perform(paragraph).andReturn().getResponse();

        assertThat(edited.getStatus()).as("the catalogue edit is saved").isEqualTo(302);
        assertThat(content.awaitHeld()).as("a rebuild began").isTrue();
        assertThat(content.heldOn()).as("the thread rebuilding").isEqualTo(IndexFollower.THREAD);
        assertThat(content.isHolding()).as("the edit answered while its rebuild was held").isTrue();
        assertThat(found("brontosaurine")).as("searches keep the last whole index meanwhile").isZero();
        assertThat(found("kind:paragraph")).isEqualTo(157);

        ReportWorkflow workflow = app.getBean(ReportWorkflow.class);
        SignedInUser secretariat = TestUsers.secretariat();
        long report = workflow.create(secretariat, new ReportForm("2026-03-03", "en", Map.of(),
                Map.of("en", "Quillwort census of consular services for migrants."), List.of(migration), "", "iom", null));
        workflow.submit(secretariat, report, 1);
        workflow.publish(secretariat, report, 2);
        assertThat(content.isHolding()).as("the publish answered while the rebuild was still held").isTrue();

        content.release();
        IndexWaits.awaitEverythingLogged(index, changes);
        assertThat(content.heldTooLong()).as("released by this test, not by its own patience").isFalse();
        assertThat(found("brontosaurine")).as("the new paragraph, once rebuilt").isEqualTo(1);
        assertThat(found("quillwort")).as("the report published meanwhile").isEqualTo(1);
    }

    @Test
    @Order(2)
    void stoppingAbandonsARebuildUnderWayAndKeepsTheLastWholeIndex() throws Exception {
        Path folder = Files.createTempDirectory("follower-index");
        HeldContent held = new HeldContent(app.getBean(Catalog.class), app.getBean(Reports.class), app.getBean(NationalReports.class),
                app.getBean(ReportingCycles.class), app.getBean(SearchGlossary.class));
        SearchIndex own = new SearchIndex(folder.toString(), held, changes);
        own.open();
        long whole = own.lastApplied();
        IndexFollower follower = new IndexFollower(own, Duration.ofMillis(200));
        follower.start();
        held.holdNextRebuild();
        app.getBean(JdbcClient.class).sql("insert into change_log (entity, entity_id, changed_at) values ('catalog', null, current_timestamp)")
                .update();
        follower.ring();
        assertThat(held.awaitHeld()).as("the worker began a rebuild").isTrue();
        assertThat(held.heldOn()).isEqualTo(IndexFollower.THREAD);

        Thread stopping = new Thread(() -> {
            try {
                follower.destroy();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        stopping.start();
        // The stop waits for the worker, which is held: once released, it finds the rebuild abandoned.
        held.releaseWhenWaitedFor(stopping);
        stopping.join(IndexWaits.PATIENCE.toMillis());

        assertThat(stopping.isAlive()).as("the stop has returned").isFalse();
        assertThat(follower.isFollowing()).as("the worker's thread has ended").isFalse();
        assertThat(own.lastApplied()).as("the abandoned rebuild applied nothing").isEqualTo(whole);
        own.close();
        try (FSDirectory directory = FSDirectory.open(folder); DirectoryReader reader = DirectoryReader.open(directory)) {
            assertThat(reader.getIndexCommit().getUserData()).containsEntry("lastChange", String.valueOf(whole));
            assertThat(reader.numDocs()).as("the last whole index, not a half-built one").isGreaterThan(157);
        }
    }

    @Test
    @Order(3)
    void stoppingTheApplicationStopsTheWorker() {
        IndexFollower follower = app.getBean(IndexFollower.class);
        assertThat(follower.isFollowing()).isTrue();

        app.close();

        assertThat(follower.isFollowing()).isFalse();
        assertThat(index.isReady()).as("the index is closed").isFalse();
    }

    private long found(String query) {
        return app.getBean(Search.class).search(new SearchRequest(query, Map.of(), null, 0), "en").total();
    }

    /** Registered only for this test's application: its index reads through {@link HeldContent}. */
    @Configuration(proxyBeanMethods = false)
    static class Held {
        @Bean
        @Primary
        HeldContent heldContent(Catalog catalog, Reports reports, NationalReports nationalReports, ReportingCycles cycles,
                                SearchGlossary glossary) {
            return new HeldContent(catalog, reports, nationalReports, cycles, glossary);
        }
    }

    /**
     * The index's content, whose next rebuild, when asked, stops at its first read (the paragraphs)
     * until the test lets it go on: it notes the thread it runs on, and gives up waiting only after
     * {@link IndexWaits#PATIENCE}, which a correct worker never needs.
     */
    static class HeldContent extends IndexContent {
        private volatile CountDownLatch held = new CountDownLatch(1);
        private volatile CountDownLatch release;
        private volatile String heldOn;
        private volatile boolean heldTooLong;

        HeldContent(Catalog catalog, Reports reports, NationalReports nationalReports, ReportingCycles cycles, SearchGlossary glossary) {
            super(catalog, reports, nationalReports, cycles, glossary);
        }

        void holdNextRebuild() {
            held = new CountDownLatch(1);
            release = new CountDownLatch(1);
        }

        boolean awaitHeld() throws InterruptedException {
            return held.await(IndexWaits.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        }

        // Read through methods: the application's bean is a proxy (IndexContent is transactional), with fields of its own.
        String heldOn() {
            return heldOn;
        }

        boolean heldTooLong() {
            return heldTooLong;
        }

        boolean isHolding() {
            CountDownLatch waiting = release;
            return waiting != null && waiting.getCount() > 0;
        }

        void release() {
            release.countDown();
        }

        /** Lets the rebuild go on once {@code thread} is joining another (the worker, to see it stop). */
        void releaseWhenWaitedFor(Thread thread) {
            while (thread.isAlive() && !joining(thread)) {
                Thread.onSpinWait();
            }
            release();
        }

        private static boolean joining(Thread thread) {
            return thread.getState() == Thread.State.TIMED_WAITING
                    && java.util.Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getMethodName().equals("join"));
        }

        @Override
        List<Document> paragraphs() {
            CountDownLatch waiting = release;
            if (waiting != null && waiting.getCount() > 0) {
                heldOn = Thread.currentThread().getName();
                held.countDown();
                try {
                    heldTooLong = !waiting.await(IndexWaits.PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return super.paragraphs();
        }
    }
}
