package org.mandato.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** The legacy page layouts, read without the catalogue: blocks, their lines, and what is wrong where. */
class LegacyPageParserTest {

    final LegacyPageParser parser = new LegacyPageParser(
            name -> Set.of("health", "labor", "migration", "education").contains(name.toLowerCase(Locale.ROOT)));

    @Test
    void theThemePageHoldsThreeBlocksNewestFirstWithTheirCitations() {
        var page = parser.parse(LegacyFixtures.text(LegacyFixtures.THEME_PAGE));

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).extracting(LegacyPageParser.Block::line, LegacyPageParser.Block::date,
                        LegacyPageParser.Block::portOfSpain, LegacyPageParser.Block::viiSummit, LegacyPageParser.Block::citationLine)
                .containsExactly(
                        tuple(6, LocalDate.of(2018, 3, 16), List.of(), List.of(), 9),
                        tuple(11, LocalDate.of(2016, 6, 8), List.of(), List.of(), 21),
                        tuple(23, LocalDate.of(2011, 6, 21), List.of("17"), List.of(), 26));
        assertThat(page.blocks().get(0).body()).startsWith("IOM is committed to promoting the orderly, safe, regular and responsible migration\nand mobility");
        assertThat(page.blocks().get(1).body().split("\n\n")).hasSize(5);
        assertThat(page.blocks()).allSatisfy(b -> assertThat(b.themeName()).isNull());
        assertThat(page.institutions()).containsExactly(new LegacyPageParser.Mention(29, "IOM"));
    }

    @Test
    void anInstitutionPageGivesEachReportTheThemeAboveItAndReadsCitationsOnTheDateLine() {
        var page = parser.parse(LegacyFixtures.text("institution-page-iom.txt"));

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).extracting(LegacyPageParser.Block::themeName, LegacyPageParser.Block::date,
                        LegacyPageParser.Block::portOfSpain, LegacyPageParser.Block::viiSummit)
                .containsExactly(
                        tuple("Health", LocalDate.of(2015, 11, 10), List.of(), List.of()),
                        tuple("Labor", LocalDate.of(2014, 4, 2), List.of("17", "23"), List.of()),
                        tuple("Migration", LocalDate.of(2015, 9, 15), List.of(), List.of("Education 2")),
                        tuple("Migration", LocalDate.of(2014, 4, 2), List.of("17", "23"), List.of()));
        assertThat(page.blocks().get(1).body()).isEqualTo("""
                IOM labor migration programmes between Guatemala and Canada let seasonal workers travel under fair contracts.

                The programme also trained employers in the rights of migrant workers.""");
        assertThat(page.institutions()).extracting(LegacyPageParser.Mention::name)
                .containsExactly("International Organization for Migrations (IOM)", "IOM");
    }

    @Test
    void theMinisterialsTabAndTheReportsHeadingArePageChrome() {
        var page = parser.parse(LegacyFixtures.text("ministerials-tab-oas.txt"));

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).extracting(LegacyPageParser.Block::date, LegacyPageParser.Block::portOfSpain,
                        LegacyPageParser.Block::viiSummit)
                .containsExactly(
                        tuple(LocalDate.of(2016, 5, 4), List.of("17", "23"), List.of("Education 2")),
                        tuple(LocalDate.of(2013, 10, 1), List.of(), List.of()));
        assertThat(page.institutions()).extracting(LegacyPageParser.Mention::name).containsExactly("OAS");
    }

    @Test
    void aReportWrittenOnTheFormKeepsItsSectionsAsHeadings() {
        var page = parser.parse(LegacyFixtures.text("initiative-form-ilo.txt"));

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).singleElement().satisfies(block -> assertThat(block.body()).isEqualTo("""
                Initiative
                Labour migration corridors in Central America

                Brief description of initiative
                A programme with the ministries of labour of the region to make labour migration safe, orderly and fair.

                Activities
                - Training of 300 labour inspectors
                - Bilateral agreements between Guatemala and Mexico
                - A guide for migrant workers in four languages"""));
    }

    @Test
    void severalNumbersAndAViiSummitLineOfItsOwnAreRead() {
        var page = parser.parse("""
                Date: 1/5/2016
                A report.
                Paragraphs: 17, 23; 41
                Paragraphs VII Summit: Education 1, 2
                """);

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).singleElement().satisfies(block -> {
            assertThat(block.portOfSpain()).containsExactly("17", "23", "41");
            assertThat(block.viiSummit()).containsExactly("Education 1", "2");
        });
    }

    @Test
    void aDateLineWithoutTextIsATruncatedBlockAtItsLine() {
        var page = parser.parse(LegacyFixtures.text("truncated-block.txt"));

        assertThat(page.problems()).containsExactly(LegacyProblem.atLine(9, "legacy.error.noText", "6/8/2016"));
        assertThat(page.blocks()).hasSize(2);
    }

    @Test
    void textBeforeAnyDateLineIsATruncatedBlockReportedOnce() {
        var page = parser.parse(LegacyFixtures.text("text-before-date.txt"));

        assertThat(page.problems()).containsExactly(LegacyProblem.atLine(5, "legacy.error.textOutsideReport"));
    }

    @Test
    void aBlockCutOffBeforeItsCitationsOrAtTheEndOfTheFileIsNamed() {
        assertThat(parser.parse("Date: 1/5/2016\nSome text\n\nRelated Resources\n").problems())
                .containsExactly(LegacyProblem.atLine(1, "legacy.error.noCitations", "1/5/2016"));
        assertThat(parser.parse("Date: 1/5/2016\nSome text\nParagraphs: -\n\nDate: 2/5/2016").problems())
                .containsExactly(LegacyProblem.atLine(5, "legacy.error.noText", "2/5/2016"));
    }

    @Test
    void anImpossibleDateOrOneInAnotherFormIsNamedAtItsLine() {
        assertThat(parser.parse(LegacyFixtures.text("impossible-date.txt")).problems())
                .containsExactly(LegacyProblem.atLine(7, "legacy.error.impossibleDate", "2/30/2016"));
        assertThat(parser.parse("Date: 2016-01-05\nText\nParagraphs: -").problems())
                .containsExactly(LegacyProblem.atLine(1, "legacy.error.notADate", "2016-01-05"));
    }

    @Test
    void aLineOfTextThatMerelyStartsWithDateStaysText() {
        var page = parser.parse("Date: 1/5/2016\nDate: to be confirmed by the ministry.\nParagraphs: -");

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).singleElement().extracting(LegacyPageParser.Block::body)
                .isEqualTo("Date: to be confirmed by the ministry.");
    }

    @Test
    void anUnknownHeadingAboveADateIsKeptAsTheThemeNamedOnThePage() {
        var page = parser.parse("Gastronomy\nDate: 1/5/2016    Paragraphs: -\nText");

        assertThat(page.problems()).isEmpty();
        assertThat(page.blocks()).singleElement().satisfies(block -> {
            assertThat(block.themeName()).isEqualTo("Gastronomy");
            assertThat(block.themeLine()).isEqualTo(1);
        });
    }
}
