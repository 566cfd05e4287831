package org.mandato.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Theme;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The theme pages read their reports from {@code theme_listing}; on the demo data it must list
 * exactly what the reports' own themes say, through every write and every change of the themes.
 * Changes of the themes are made in SQL here, as by another instance: this one sees them when its
 * copy of the catalogue lapses (0.2 s in these tests).
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:mandato-theme-listing;DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
        "mandato.catalog.cache-ttl=PT0.2S", "mandato.reports.summary-ttl=PT0S"
})
@AutoConfigureMockMvc
class ThemeListingTest {

    private static final LocalDate YESTERDAY = LocalDate.now().minusDays(1);

    @Autowired
    Reports reports;
    @Autowired
    ReportImport reportImport;
    @Autowired
    Catalog catalog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ThemeListing listing;

    /**
     * Beside the demo pack's few reports, 600 more by every institution on one to three themes
     * each, many on the same day (the order then falls back on the id), a tenth not published.
     */
    @org.junit.jupiter.api.BeforeEach
    void corpus() {
        if (jdbc.sql("select count(*) from report where external_key = 'listing-corpus-0'").query(Integer.class).single() > 0) {
            return;
        }
        java.util.Random random = new java.util.Random(7);
        List<String> slugs = catalog.themes().stream().map(Theme::slug).toList();
        List<String> authors = catalog.institutions().stream().map(Actor::code).toList();
        List<ReportEntry> entries = new java.util.ArrayList<>();
        for (int i = 0; i < 600; i++) {
            List<String> themes = random.ints(1 + random.nextInt(3), 0, slugs.size()).distinct().mapToObj(slugs::get).toList();
            entries.add(new ReportEntry("listing-corpus-" + i, authors.get(random.nextInt(authors.size())),
                    LocalDate.of(2000, 1, 1).plusDays(random.nextInt(60) * 100L), "en",
                    random.nextInt(10) == 0 ? ReportStatus.SUBMITTED : ReportStatus.PUBLISHED, themes, "", Map.of(),
                    Map.of("en", "Report " + i + " of the listing corpus.")));
        }
        transactions.executeWithoutResult(status -> reportImport.reports(entries));
    }

    @Test
    void everyThemeAndInstitutionListsWhatTheReportsThemesSayNewestFirst() {
        assertListingAgreesWithReportThemes();
    }

    @Test
    void aReportFollowsItsThemesDateAndStatusThroughReimports() {
        Theme trafficking = catalog.theme("trafficking-in-persons").orElseThrow();
        Theme migration = catalog.theme("migration").orElseThrow();
        Theme health = catalog.theme("health").orElseThrow();

        long id = load(entry("listing-follows", ReportStatus.PUBLISHED, "trafficking-in-persons", YESTERDAY));
        assertThat(firstPage(trafficking)).as("newest first").startsWith(id);
        assertThat(firstPage(migration)).as("the parent theme lists its sub-themes' reports").startsWith(id);

        load(entry("listing-follows", ReportStatus.PUBLISHED, "health", YESTERDAY));
        assertThat(firstPage(trafficking)).doesNotContain(id);
        assertThat(firstPage(migration)).doesNotContain(id);
        assertThat(firstPage(health)).startsWith(id);

        load(entry("listing-follows", ReportStatus.PUBLISHED, "health", LocalDate.of(1990, 1, 1)));
        assertThat(firstPage(health)).doesNotContain(id);
        assertThat(reports.publishedAbout(health, null, 0, 10_000, -1).reports()).last().extracting(Report::id).isEqualTo(id);

        load(entry("listing-follows", ReportStatus.WITHDRAWN, "health", LocalDate.of(1990, 1, 1)));
        assertThat(reports.publishedAbout(health, null, 0, 10_000, -1).reports()).extracting(Report::id).doesNotContain(id);
        assertListingAgreesWithReportThemes();
    }

    @Test
    void aRolledBackImportLeavesNoRow() {
        Theme health = catalog.theme("health").orElseThrow();
        Map<Long, Integer> before = reports.publishedCountsAbout(health);

        transactions.executeWithoutResult(status -> {
            reportImport.reports(List.of(entry("listing-rolled-back", ReportStatus.PUBLISHED, "health", YESTERDAY)));
            status.setRollbackOnly();
        });

        assertThat(reports.publishedCountsAbout(health)).isEqualTo(before);
        assertListingAgreesWithReportThemes();
    }

    @Test
    void aThemeMovedUnderAnotherParentByAnotherInstanceIsListedUnderItsNewParent() {
        Theme trafficking = catalog.theme("trafficking-in-persons").orElseThrow();
        long migration = catalog.theme("migration").orElseThrow().id();
        long health = catalog.theme("health").orElseThrow().id();
        try {
            jdbc.sql("update theme set parent_id = :health where id = :id").param("health", health).param("id", trafficking.id()).update();
            catalogueLapses();
            assertListingAgreesWithReportThemes();
        } finally {
            jdbc.sql("update theme set parent_id = :migration where id = :id").param("migration", migration).param("id", trafficking.id()).update();
        }
        catalogueLapses();
        assertListingAgreesWithReportThemes();
    }

    @Test
    void anEmptyListingBesidePublishedReportsIsRebuiltAsAfterAnUpgradeOrARestore() {
        long sortOrder = jdbc.sql("select max(sort_order) + 1 from theme").query(Long.class).single();
        jdbc.sql("delete from theme_listing").update();
        jdbc.sql("delete from theme_listing_basis").update();
        // The running instance notices at its next reading of a changed catalogue, as after a restore.
        jdbc.sql("insert into theme (slug, sort_order) values ('listing-new-theme', :order)").param("order", sortOrder).update();
        catalogueLapses();
        try {
            assertListingAgreesWithReportThemes();
            assertThat(jdbc.sql("select count(*) from theme_listing_basis").query(Integer.class).single())
                    .isEqualTo(catalog.themes().size());
        } finally {
            jdbc.sql("delete from theme where slug = 'listing-new-theme'").update();
            catalogueLapses();
        }
    }

    @Test
    void aThemeCountsItselfAndEveryThemeAboveItOnce() {
        Map<Long, Long> parents = new HashMap<>();
        parents.put(1L, null);
        parents.put(2L, 1L);
        parents.put(3L, 2L);
        parents.put(4L, 1L);

        assertThat(ThemeListing.withAncestors(List.of(3L, 4L), parents)).containsExactlyInAnyOrder(3L, 2L, 1L, 4L);
        assertThat(ThemeListing.withAncestors(List.of(1L), parents)).containsExactly(1L);
        assertThat(ThemeListing.withAncestors(List.of(), parents)).isEmpty();
    }

    /** For every theme, all and each institution: the same reports in the same order as the reports' themes give. */
    private void assertListingAgreesWithReportThemes() {
        int compared = 0;
        for (Theme theme : catalog.themes()) {
            Set<Long> themeIds = catalog.themeAndDescendants(theme);
            Map<Long, Integer> expectedCounts = new HashMap<>();
            jdbc.sql("select r.author_id, count(*) from report r " + ABOUT + " group by r.author_id").param("themes", themeIds)
                    .query((rs, n) -> expectedCounts.put(rs.getLong(1), rs.getInt(2))).list();
            assertThat(reports.publishedCountsAbout(theme)).as("counts of " + theme.slug()).isEqualTo(expectedCounts);
            assertThat(listing.countsFromReportThemes(theme.id())).as("counts of " + theme.slug() + " while rebuilding")
                    .isEqualTo(expectedCounts);
            List<Long> all = jdbc.sql("select r.id from report r " + ABOUT + NEWEST_FIRST).param("themes", themeIds).query(Long.class).list();
            assertThat(listing.page(theme.id(), null, 0, 10_000)).as("reports of " + theme.slug()).isEqualTo(all);
            assertThat(listing.pageFromReportThemes(theme.id(), null, 0, 10_000)).as("reports of " + theme.slug() + " while rebuilding")
                    .isEqualTo(all);
            compared += all.size();
            for (Actor institution : catalog.institutions()) {
                assertThat(listing.page(theme.id(), institution.id(), 0, 10_000)).as(theme.slug() + " by " + institution.code())
                        .isEqualTo(jdbc.sql("select r.id from report r " + ABOUT + " and r.author_id = :author" + NEWEST_FIRST)
                                .param("themes", themeIds).param("author", institution.id()).query(Long.class).list());
            }
        }
        assertThat(compared).as("reports compared").isGreaterThan(1_000);
        Theme migration = catalog.theme("migration").orElseThrow();
        assertThat(ids(reports.publishedAbout(migration, null, 1, 20, -1))).as("a page of reports, in the listing's order")
                .isEqualTo(listing.page(migration.id(), null, 20, 20))
                .isEqualTo(listing.pageFromReportThemes(migration.id(), null, 20, 20));
        Actor institution = catalog.institutions().get(0);
        assertThat(listing.pageFromReportThemes(migration.id(), institution.id(), 5, 10)).as("an institution's page while rebuilding")
                .isEqualTo(listing.page(migration.id(), institution.id(), 5, 10));
    }

    private static final String ABOUT =
            "where r.status = 'published' and r.id in (select report_id from report_theme where theme_id in (:themes))";
    private static final String NEWEST_FIRST = " order by r.report_date desc, r.id desc";

    private static void catalogueLapses() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private List<Long> firstPage(Theme theme) {
        return ids(reports.publishedAbout(theme, null, 0, 5, -1));
    }

    private static List<Long> ids(ReportPage page) {
        return page.reports().stream().map(Report::id).toList();
    }

    private long load(ReportEntry entry) {
        transactions.executeWithoutResult(status -> reportImport.reports(List.of(entry)));
        return jdbc.sql("select id from report where external_key = :key").param("key", entry.key()).query(Long.class).single();
    }

    private static ReportEntry entry(String key, ReportStatus status, String theme, LocalDate date) {
        return new ReportEntry(key, "iom", date, "en", status, List.of(theme), "", Map.of(), Map.of("en", "Listed under its themes."));
    }
}
