package org.mandato.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportForm;
import org.mandato.reporting.ReportWorkflow;
import org.springframework.beans.factory.annotation.Autowired;

/** The index holds published reports only, follows publication and withdrawal, and rebuilds itself. */
@MandatoWriteTest
class SearchIndexTest {

    @Autowired
    Search search;
    @Autowired
    SearchIndex index;
    @Autowired
    ChangeLog changes;
    @Autowired
    ReportWorkflow workflow;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;

    final SignedInUser secretariat = TestUsers.secretariat();

    @Test
    void draftsNeverEnterTheIndexAndPublishedReportsEnterOnceApplied() {
        SignedInUser iom = users.reporterFor("iom");
        long id = workflow.create(iom, form("Quetzalcoatlus workshop on consular protection."));
        IndexWaits.awaitEverythingLogged(index, changes);
        assertThat(found("quetzalcoatlus")).isZero();

        workflow.submit(iom, id, 1);
        IndexWaits.awaitEverythingLogged(index, changes);
        assertThat(found("quetzalcoatlus")).isZero();

        workflow.publish(secretariat, id, 2);
        IndexWaits.awaitEverythingLogged(index, changes);
        assertThat(found("quetzalcoatlus")).isEqualTo(1);
        assertThat(found("institution:iom quetzalcoatlus")).isEqualTo(1);

        workflow.withdraw(secretariat, id, 3, "test");
        IndexWaits.awaitEverythingLogged(index, changes);
        assertThat(found("quetzalcoatlus")).isZero();
    }

    @Test
    void aDeletedIndexIsRebuiltFromTheDatabase() throws IOException {
        long before = found("kind:paragraph");
        index.close();
        delete(index.path());

        index.open();

        assertThat(found("kind:paragraph")).isEqualTo(before).isEqualTo(157);
        assertThat(found("Cuadernos")).isEqualTo(1);
    }

    @Test
    void anUnreadableIndexIsRebuilt() throws IOException {
        index.close();
        try (Stream<Path> files = Files.list(index.path())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.writeString(file, "not a Lucene commit");
            }
        }

        index.open();

        assertThat(found("kind:paragraph")).isEqualTo(157);
    }

    @Test
    void anIndexOfAnOlderFormatIsRebuilt() throws IOException {
        index.close();
        delete(index.path());
        try (FSDirectory directory = FSDirectory.open(index.path());
             IndexWriter old = new IndexWriter(directory, new IndexWriterConfig())) {
            old.setLiveCommitData(Map.of("format", "mandato-search-0").entrySet());
            old.commit();
        }

        index.open();

        assertThat(found("kind:paragraph")).isEqualTo(157);
    }

    private ReportForm form(String body) {
        String migration = String.valueOf(catalog.theme("migration").orElseThrow().id());
        return new ReportForm("2026-01-20", "en", Map.of(), Map.of("en", body), List.of(migration), "", null, null);
    }

    private long found(String query) {
        return search.search(new SearchRequest(query, Map.of(), null, 0), "en").total();
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
