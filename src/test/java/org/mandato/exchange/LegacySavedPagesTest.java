package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Pages as browsers save them (under {@code legacy/saved/}), as text and as HTML: the chrome around
 * the reports is skipped wherever it stands and listed with its lines, themes and dates come as
 * bullets, and the HTML gives the same blocks as the text.
 */
class LegacySavedPagesTest {

    static final String THEME_PAGE = "saved/themesdetails2-theme15-jswg11";
    static final String INSTITUTION_PAGE = "saved/jswgdetails-jswg4";

    final LegacyPageParser parser = new LegacyPageParser(name -> Set.of("agriculture", "democracy", "education",
            "gender issues", "health", "labor", "migration", "youth and childhood").contains(name.toLowerCase(Locale.ROOT)));

    @Test
    void aThemePageSavedAsTextSkipsTheMenusTheDropDownAndTheTabsAndListsThem() {
        var page = parse(THEME_PAGE + ".txt");

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).extracting(LegacyPageParser.Block::line, LegacyPageParser.Block::date,
                        LegacyPageParser.Block::portOfSpain, LegacyPageParser.Block::viiSummit)
                .containsExactly(
                        tuple(18, LocalDate.of(2013, 5, 14), List.of("17", "23"), List.of()),
                        tuple(29, LocalDate.of(2010, 11, 3), List.of(), List.of()));
        assertThat(page.blocks().get(0).body()).isEqualTo("""
                The ILO worked with the ministries of labour of Costa Rica, Nicaragua and Panama on the recruitment of seasonal migrant workers,
                so that no worker pays a fee to be hired.

                The programme reached three border crossings:

                - Paso Canoas
                - Peñas Blancas
                - Sixaola""");
        assertThat(page.skipped()).extracting(LegacyPageParser.Skipped::line)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 14, 16, 17, 33);
        assertThat(page.skipped()).extracting(LegacyPageParser.Skipped::text)
                .contains("Skip Navigation Links", "Sustainable", "Reports", "Related Resources",
                        "Select a theme Agriculture Democracy Education Gender issues Health Labor Migration Youth and childhood");
        assertThat(page.institutions()).extracting(LegacyPageParser.Mention::name).containsExactly("ILO");
    }

    @Test
    void anInstitutionPageWithBulletedThemesEachFollowedByItsTabsAndBulletedDates() {
        var page = parse(INSTITUTION_PAGE + ".txt");

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).extracting(LegacyPageParser.Block::themeName, LegacyPageParser.Block::date,
                        LegacyPageParser.Block::portOfSpain, LegacyPageParser.Block::viiSummit)
                .containsExactly(
                        tuple("Gender issues", LocalDate.of(2016, 3, 8), List.of("17"), List.of()),
                        tuple("Health", LocalDate.of(2014, 4, 2), List.of("23", "25"), List.of()),
                        tuple("Health", LocalDate.of(2012, 10, 21), List.of(), List.of()),
                        tuple("Youth and childhood", LocalDate.of(2015, 9, 15), List.of(), List.of("Education 1", "Education 3")));
        assertThat(page.blocks().get(1).body()).isEqualTo("""
                PAHO and the ministries of health of the Andean countries agreed on a common surveillance of dengue and chikungunya.

                The agreement covers the exchange of laboratory results within 48 hours.""");
        assertThat(page.institutions()).extracting(LegacyPageParser.Mention::name)
                .containsExactly("Pan American Health Organization (PAHO)", "PAHO");
        assertThat(page.skipped()).extracting(LegacyPageParser.Skipped::text).contains("-- Select -- Gender issues Health Youth and childhood")
                .filteredOn(text -> text.startsWith("Paragraphs Related")).hasSize(3);
    }

    @Test
    void theHtmlAsSavedByABrowserGivesTheSameBlocksAsTheText() {
        for (String page : List.of(THEME_PAGE, INSTITUTION_PAGE)) {
            var text = parse(page + ".txt");
            var html = parser.parse(LegacySource.of(page + ".html", LegacyFixtures.text(page + ".html")).lines());

            assertThat(html.problems()).as(page).isEmpty();
            assertThat(html.blocks()).as(page).extracting(LegacyPageParser.Block::date, LegacyPageParser.Block::themeName,
                            LegacyPageParser.Block::body, LegacyPageParser.Block::portOfSpain, LegacyPageParser.Block::viiSummit)
                    .containsExactlyElementsOf(text.blocks().stream().map(b -> tuple(b.date(), b.themeName(), b.body(),
                            b.portOfSpain(), b.viiSummit())).toList());
            assertThat(html.institutions()).as(page).extracting(LegacyPageParser.Mention::name)
                    .containsExactlyElementsOf(text.institutions().stream().map(LegacyPageParser.Mention::name).toList());
            assertThat(html.skipped()).as(page).extracting(LegacyPageParser.Skipped::text)
                    .contains("Skip Navigation Links", "First", "Sustainable", "Reports")
                    .doesNotContain("Declaration of Principles", "Theme", "Go");
        }
    }

    @Test
    void linesOfTheHtmlPointIntoTheHtmlFile() {
        var html = parser.parse(LegacySource.of("page.html", LegacyFixtures.text(THEME_PAGE + ".html")).lines());

        assertThat(html.blocks()).extracting(LegacyPageParser.Block::line, LegacyPageParser.Block::citationLine)
                .containsExactly(tuple(72, 81), tuple(86, 88));
        assertThat(html.skipped()).extracting(LegacyPageParser.Skipped::line, LegacyPageParser.Skipped::text)
                .contains(tuple(26, "Skip Navigation Links"), tuple(50, "Select a theme Agriculture Democracy Education Gender issues Health Labor Migration Youth and childhood"));
    }

    @Test
    void theAddressAPageWasSavedFromNamesItsThemeAndInstitution() {
        LegacySource html = LegacySource.of("page.html", LegacyFixtures.text(THEME_PAGE + ".html"));
        LegacySource text = LegacySource.of("themesdetails2-theme15-jswg11.txt", LegacyFixtures.text(THEME_PAGE + ".txt"));
        LegacySource unnamed = LegacySource.of("page.txt", LegacyFixtures.text(THEME_PAGE + ".txt"));
        LegacySource institution = LegacySource.of("page.html", LegacyFixtures.text(INSTITUTION_PAGE + ".html"));

        assertThat(html.legacyThemeId()).contains(15);
        assertThat(html.legacyInstitutionId()).contains(11);
        assertThat(text.legacyThemeId()).contains(15);
        assertThat(text.legacyInstitutionId()).contains(11);
        assertThat(unnamed.legacyThemeId()).isEmpty();
        assertThat(institution.legacyThemeId()).isEmpty();
        assertThat(institution.legacyInstitutionId()).contains(4);
    }

    @Test
    void chromeInsideAReportIsSkippedAndTextTrulyOutsideAnyReportIsStillRefused() {
        var page = parser.parse("""
                Skip Navigation Links
                Date: 1/5/2016
                A report that the page's menu interrupts.
                First
                Second
                It goes on after the menu.
                Paragraphs: 17 Paragraphs VII Summit: -
                A sentence that belongs to no report.
                """);

        assertThat(page.blocks()).singleElement().extracting(LegacyPageParser.Block::body)
                .isEqualTo("A report that the page's menu interrupts.\nIt goes on after the menu.");
        assertThat(page.skipped()).extracting(LegacyPageParser.Skipped::line).containsExactly(1, 4, 5);
        assertThat(page.problems()).containsExactly(LegacyProblem.atLine(8, "legacy.error.textOutsideReport"));
    }

    @Test
    void aBulletedLineOfReportTextStaysTextAndAnUnknownBulletedThemeBeforeItsTabsIsATheme() {
        var page = parser.parse("""
                • Health
                • Date:  4/2/2014    Paragraphs: 23
                Activities:
                • Vaccination in schools
                • Gastronomy
                Paragraphs Related to the Theme Paragraphs VII Summit
                Reports
                • Date:  4/3/2014    Paragraphs: -
                Cooking classes.
                """);

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).extracting(LegacyPageParser.Block::themeName, LegacyPageParser.Block::body)
                .containsExactly(tuple("Health", "Activities\n- Vaccination in schools"), tuple("Gastronomy", "Cooking classes."));
    }

    @Test
    void aSelectLineThatIsNotTheDropDownStaysText() {
        var page = parser.parse("Date: 1/5/2016\nSelected projects were funded in Haiti.\nSelect committees met twice.\nParagraphs: -");

        assertThat(page.skipped()).isEmpty();
        assertThat(page.blocks()).singleElement().extracting(LegacyPageParser.Block::body)
                .isEqualTo("Selected projects were funded in Haiti.\nSelect committees met twice.");
    }

    private LegacyPageParser.Page parse(String fixture) {
        return parser.parse(LegacySource.of(fixture, LegacyFixtures.text(fixture)).lines());
    }
}
