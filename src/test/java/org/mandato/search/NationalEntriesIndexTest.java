package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.national.EntryForm;
import org.mandato.national.NationalReportWorkflow;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The site follows national reports: their entries enter the index when the Secretariat publishes,
 * leave when it withdraws, are read by the analyzer of the language they are written in, and a
 * rebuild keeps them; the mandate's kept page changes at once, search as soon as the index's worker
 * has applied the change. A database of its own: the published report would change counts other
 * writing tests expect.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mandato-national-search;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "mandato.pages.cache=true", "mandato.pages.settle=PT0S"})
@AutoConfigureMockMvc
@Import(TestUsers.class)
class NationalEntriesIndexTest {

    @Autowired
    Search search;
    @Autowired
    SearchIndex index;
    @Autowired
    ChangeLog changes;
    @Autowired
    NationalReportWorkflow workflow;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    final SignedInUser secretariat = TestUsers.secretariat();

    @Test
    void entriesEnterOnPublicationInTheirOwnLanguageAndLeaveOnWithdrawal() throws Exception {
        String mandatePage = "/summits/v/port-of-spain-declaration/17";
        assertThat(keptPage(mandatePage)).doesNotContain("Uruguay");
        assertThat(keptPage(mandatePage)).as("kept for readers without a session").doesNotContain("Uruguay");
        SignedInUser uruguay = users.reporterFor("uy");
        long id = workflow.open(uruguay, "demo-2025", "uy");
        String paragraph = String.valueOf(catalog.paragraphByCitation("Port of Spain 2009", "17").orElseThrow().id());
        workflow.saveEntry(uruguay, id, new EntryForm(paragraph, "in_progress",
                "Registrar a todas las personas migrantes que trabajan en el campo antes de 2027.",
                "Una ventanilla única para los trámites de residencia en los departamentos fronterizos.", "", "",
                List.of(), version(uruguay, id)));
        workflow.submit(uruguay, id, version(uruguay, id));
        IndexWaits.awaitEverythingLogged(index, changes);
        assertThat(found("ventanilla")).as("a submitted report is not searchable").isZero();

        workflow.publish(secretariat, id, version(secretariat, id));
        assertThat(keptPage(mandatePage)).as("the kept page is dropped at once, without waiting for the index").contains("Uruguay");
        IndexWaits.awaitEverythingLogged(index, changes);
        assertThat(found("ventanilla")).isEqualTo(1);
        assertThat(found("fronteriza")).as("read by the Spanish analyzer, whose stems join fronterizos and fronteriza").isEqualTo(1);
        assertThat(found("kind:national country:uy")).isEqualTo(1);
        assertThat(found("kind:national theme:migration ventanilla")).as("the mandate's themes come along").isEqualTo(1);

        index.rebuild();
        assertThat(found("ventanilla")).as("a rebuild keeps published entries").isEqualTo(1);

        workflow.withdraw(secretariat, id, version(secretariat, id), "test");
        assertThat(keptPage(mandatePage)).doesNotContain("Uruguay");
        IndexWaits.awaitEverythingLogged(index, changes);
        assertThat(found("ventanilla")).isZero();
        assertThat(jdbc.sql("select count(*) from change_log where entity = 'national' and entity_id = :id").param("id", id)
                .query(Integer.class).single()).as("other instances learn both through the change log").isEqualTo(2);
    }

    private String keptPage(String url) throws Exception {
        return mvc.perform(get(url).header("Accept-Language", "en")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int version(SignedInUser as, long id) {
        return workflow.workspace(as, id).report().version();
    }

    private long found(String query) {
        return search.search(new SearchRequest(query, Map.of(), null, 0), "en").total();
    }
}
