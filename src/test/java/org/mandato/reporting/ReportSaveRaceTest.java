package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doAnswer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandato.BrowserSession;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.Role;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.web.StaleVersion;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Saves that race for the same version. A barrier holds every writer right after it has read the
 * report, so that all of them start from the same version and meet at the database's optimistic
 * lock (no hoping that threads collide): one save wins, every other answers 409 and its text is kept
 * as a conflict revision, through the API, the editor and the import alike.
 */
@MandatoWriteTest
// A context of its own (the spy, and on PostgreSQL a larger pool): closed after the class so its connections go.
@DirtiesContext
class ReportSaveRaceTest {

    static final int WRITERS = 8;

    @Autowired
    MockMvc mvc;
    @Autowired
    TestUsers users;
    @Autowired
    Catalog catalog;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    ReportImport reportImport;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    javax.sql.DataSource dataSource;
    @MockitoSpyBean
    ReportStore store;

    /** Threads that wait at the barrier after their first read of a report, once. */
    final Set<Thread> waitAfterReading = ConcurrentHashMap.newKeySet();
    final ExecutorService threads = Executors.newFixedThreadPool(WRITERS);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void eightApiSavesOfOneVersionGiveOneSuccessAndSevenConflictsKeepingEveryText() throws Exception {
        String token = tokenOfAnIomReporter();
        long id = workflow.create(users.reporterFor("iom"), form("The text everyone started from.", null));
        holdReadersUntilAllHaveRead(WRITERS);

        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String json = "{\"date\":\"2026-01-10\",\"originalLanguage\":\"en\",\"bodies\":{\"en\":\"" + text(i) + "\"},"
                    + "\"themes\":[\"migration\"],\"citations\":\"Port of Spain 17\",\"version\":1}";
            answers.add(threads.submit(racing(() -> mvc.perform(put("/api/v1/reports/" + id)
                    .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON).content(json))
                    .andReturn().getResponse())));
        }
        List<Integer> statuses = new ArrayList<>();
        for (Future<MockHttpServletResponse> answer : answers) {
            MockHttpServletResponse response = answer.get(60, TimeUnit.SECONDS);
            statuses.add(response.getStatus());
            if (response.getStatus() == 409) {
                assertThat(response.getContentType()).startsWith("application/problem+json");
                assertThat(response.getContentAsString()).contains("conflict revision");
            }
        }

        assertThat(statuses).as("one save wins, every other one is told it lost").containsOnly(200, 409)
                .filteredOn(s -> s == 200).hasSize(1);
        everyTextIsKept(id, WRITERS - 1);
    }

    @Test
    void editorSavesOfOneVersionGiveOneSavedReportAndConflictPagesShowingTheTypedText() throws Exception {
        SignedInUser iom = users.reporterFor("iom");
        long id = workflow.create(iom, form("The text both editors opened.", null));
        ReportRequests requests = new ReportRequests(mvc, catalog);
        int writers = 3;
        holdReadersUntilAllHaveRead(writers);

        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            Map<String, String> fields = new java.util.LinkedHashMap<>(requests.form(text(i)));
            fields.put("version", "1");
            answers.add(threads.submit(racing(() -> requests.post(iom, "/my/reports/" + id + "/edit", fields))));
        }
        int saved = 0;
        for (int i = 0; i < writers; i++) {
            MockHttpServletResponse response = answers.get(i).get(60, TimeUnit.SECONDS);
            if (response.getStatus() == 302) {
                saved++;
            } else {
                assertThat(response.getStatus()).isEqualTo(409);
                assertThat(Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8)).text())
                        .as("the conflict page shows the words that were not saved").contains(text(i));
            }
        }

        assertThat(saved).isEqualTo(1);
        everyTextIsKept(id, writers - 1);
    }

    @Test
    void anImportThatLosesTheRaceToAnEditIsRefusedNamingTheReportAndWritesNothing() throws Exception {
        SignedInUser secretariat = TestUsers.secretariat();
        String key = "race-" + System.nanoTime();
        transactions.executeWithoutResult(status -> reportImport.report(entry(key, "As first imported.")));
        long id = store.findByExternalKey(key).orElseThrow();
        // The import reads the report; before it writes, an editor saves the report and commits.
        doAnswer(call -> {
            Object found = call.callRealMethod();
            if (waitAfterReading.remove(Thread.currentThread())) {
                threads.submit(() -> workflow.save(secretariat, id, form("Saved by an editor meanwhile.", 1))).get(60, TimeUnit.SECONDS);
            }
            return found;
        }).when(store).find(anyLong());
        waitAfterReading.add(Thread.currentThread());

        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> reportImport.report(entry(key, "Imported again, changed."))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(key).hasMessageContaining("changed while it was being imported");

        assertThat(workflow.formFor(secretariat, id).body("en")).isEqualTo("Saved by an editor meanwhile.");
        assertThat(workflow.formFor(secretariat, id).version()).isEqualTo(2);
    }

    @Test
    void onH2ASaveThatGivesUpWaitingForAnotherWritersRowIsAConflictToo() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assumeTrue(connection.getMetaData().getDatabaseProductName().equals("H2"), "PostgreSQL waits for the other writer's commit");
        }
        SignedInUser iom = users.reporterFor("iom");
        long id = workflow.create(iom, form("The text before a long save.", null));

        transactions.executeWithoutResult(status -> {
            // Another writer holds the report's row, uncommitted, for longer than H2 waits for it.
            jdbc.sql("update report set updated_at = updated_at where id = :id").param("id", id).update();
            Future<?> save = threads.submit(() -> workflow.save(iom, id, form(text(0), 1)));
            assertThatThrownBy(() -> save.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(StaleVersion.class);
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("""
                        select t.body from report_revision r join report_revision_text t on t.revision_id = r.id
                        where r.report_id = :id and r.kind = 'conflict'""").param("id", id).query(String.class).list())
                .containsExactly(text(0));
    }

    /** The winner's text is the report's; each loser's text is in a conflict revision of its own. */
    private void everyTextIsKept(long id, int losers) {
        String current = jdbc.sql("select body from report_text where report_id = :id and lang = 'en'").param("id", id)
                .query(String.class).single();
        List<String> conflicts = jdbc.sql("""
                        select t.body from report_revision r join report_revision_text t on t.revision_id = r.id
                        where r.report_id = :id and r.kind = 'conflict' and t.lang = 'en'""")
                .param("id", id).query(String.class).list();
        assertThat(conflicts).as("one conflict revision per losing save").hasSize(losers);
        Set<String> kept = new HashSet<>(conflicts);
        kept.add(current);
        Set<String> sent = new HashSet<>();
        for (int i = 0; i <= losers; i++) {
            sent.add(text(i));
        }
        assertThat(kept).as("no text lost").isEqualTo(sent);
        assertThat(jdbc.sql("select version from report where id = :id").param("id", id).query(Integer.class).single())
                .as("exactly one save changed the report").isEqualTo(2);
    }

    /** Every one of {@code parties} writers waits, after its first read of a report, until all have read it. */
    private void holdReadersUntilAllHaveRead(int parties) {
        CyclicBarrier allHaveRead = new CyclicBarrier(parties);
        doAnswer(call -> {
            Object found = call.callRealMethod();
            if (waitAfterReading.remove(Thread.currentThread())) {
                allHaveRead.await(60, TimeUnit.SECONDS);
            }
            return found;
        }).when(store).find(anyLong());
    }

    private <T> Callable<T> racing(Callable<T> work) {
        return () -> {
            waitAfterReading.add(Thread.currentThread());
            try {
                return work.call();
            } finally {
                waitAfterReading.remove(Thread.currentThread());
            }
        };
    }

    private static String text(int writer) {
        return "Writer " + writer + " says the pilot reached " + (writer + 1) * 100 + " families.";
    }

    private ReportForm form(String body, Integer version) {
        return new ReportForm("2026-01-10", "en", Map.of(), Map.of("en", body),
                List.of(String.valueOf(catalog.theme("migration").orElseThrow().id())), "Port of Spain 17", "iom", version);
    }

    private static ReportImport.ReportEntry entry(String key, String body) {
        return new ReportImport.ReportEntry(key, "iom", LocalDate.of(2025, 5, 1), "en", ReportStatus.DRAFT, List.of("migration"),
                "Port of Spain 17", Map.of(), Map.of("en", body));
    }

    private String tokenOfAnIomReporter() throws Exception {
        String username = "race-" + System.nanoTime() + "@iom.example";
        users.account(username, Role.INSTITUTION_REPORTER, "iom");
        BrowserSession session = new BrowserSession(mvc);
        session.perform(formLogin("/login").user(username).password(TestUsers.PASSWORD));
        String page = session.perform(post("/account/tokens").with(csrf()).param("name", "race script"))
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(page).selectFirst("code.secret").text();
    }
}
