package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.TestUsers;

/**
 * The public compliance pages on a fixture counted by hand. Cycle "c2025" asks about summits V and
 * VIII; published final scores: Peru +1 (¶17), 0 (¶18), −1 (Lima ¶7), IOM +1 (¶17); IOM also has a
 * published interim −1 on ¶17, and Canada a draft final 0 on ¶17 that no page may show.
 */
class CompliancePagesTest extends ComplianceTestSupport {

    long cycle;
    long pos17;
    long pos18;
    long lima7;
    long draft;

    void fixture() {
        cycle = fixtures.cycle("c2025", "Cycle 2025", 2025, "v", "viii");
        pos17 = fixtures.paragraph(POS, "17");
        pos18 = fixtures.paragraph(POS, "18");
        lima7 = fixtures.paragraph(LIMA, "7");
        fixtures.assess("c2025", "pe", pos17, "final", 1, "Peru passed a migrants' rights law.", true);
        fixtures.assess("c2025", "pe", pos18, "final", 0, "Work has begun.", true);
        fixtures.assess("c2025", "pe", lima7, "final", -1, "Nothing found.", true);
        fixtures.assess("c2025", "iom", pos17, "final", 1, "IOM trained officials.", true);
        fixtures.assess("c2025", "iom", pos17, "interim", -1, "Nothing yet at mid-term.", true);
        draft = fixtures.assess("c2025", "ca", pos17, "final", 0, "SECRET DRAFT RATIONALE", false);
        fixtures.publishedNationalReport(cycle, "pe", Map.of(pos17, "completed", pos18, "completed", lima7, "completed"));
    }

    @Test
    void withoutPublishedAssessmentsThePageSaysSoInsteadOfShowingZeros() {
        Document page = publicPage("/compliance");
        assertThat(page.selectFirst("#compliance-summary").text()).isEqualTo("No published final assessments for this choice.");
        assertThat(page.select("svg, table")).isEmpty();
        assertThat(page.text()).doesNotContain("NaN").doesNotContain("0.0 %");
        assertThat(csv("/compliance.csv?by=actor")).isEqualTo("actor,label,assessments,score_sum,average,percent\r\n");

        fixtures.cycle("empty", "Empty cycle", 2024, "v");
        fixtures.assess("empty", "pe", fixtures.paragraph(POS, "17"), "final", 1, "Only a draft.", false);
        assertThat(publicPage("/compliance?cycle=empty").selectFirst("#compliance-summary").text())
                .isEqualTo("No published final assessments for this choice.");
        assertThat(publicPage("/compliance/countries/pe").selectFirst("#compliance-summary").text())
                .isEqualTo("No published assessments yet.");
    }

    @Test
    void theOverviewAveragesFinalScoresByActorMandateDocumentSummitAndCycle() {
        fixture();
        Document page = publicPage("/compliance?cycle=c2025");

        assertThat(page.selectFirst("#compliance-summary").text())
                .isEqualTo("Published final assessments: 4. Average score 0.25, that is 62.5 % compliance.");
        assertThat(rows(page, "actor")).containsExactly("IOM 1 1.00 100.0 %", "Peru 3 0.00 50.0 %");
        assertThat(rows(page, "mandate")).containsExactly("Port of Spain 2009 ¶17 2 1.00 100.0 %", "Port of Spain 2009 ¶18 1 0.00 50.0 %",
                "Lima 2018 ¶7 1 -1.00 0.0 %");
        // Port of Spain: +1, +1, 0 → 2/3 = 0.67, (2/3 + 1) × 50 = 83.3 %.
        assertThat(rows(page, "document")).containsExactly("Port of Spain 2009 3 0.67 83.3 %", "Lima 2018 1 -1.00 0.0 %");
        assertThat(rows(page, "summit")).hasSize(2).first().asString().endsWith("3 0.67 83.3 %");
        assertThat(rows(page, "cycle")).containsExactly("Cycle 2025 4 0.25 62.5 %");
        assertThat(page.text()).doesNotContain("Canada");
    }

    @Test
    void eachChartDrawsTheTablesNumbersWithATextAlternative() {
        fixture();
        Document page = publicPage("/compliance?cycle=c2025");
        Element chart = page.selectFirst("#by-actor-heading").parent().selectFirst("svg");

        assertThat(chart.attr("role")).isEqualTo("img");
        assertThat(page.getElementById(chart.attr("aria-labelledby")).text())
                .isEqualTo("By actor: compliance percentage as a bar chart, 2 bars from 50.0 % to 100.0 %. The table below gives every number.");
        assertThat(chart.select("rect").eachAttr("width")).as("in percent of the chart's width").containsExactly("80.00%", "40.00%");
        assertThat(chart.select("text.compliance-chart__value").eachText()).containsExactly("100.0 %", "50.0 %");
        assertThat(page.select("[style]")).isEmpty();
        assertThat(page.select("svg[role=img]")).hasSize(5);
    }

    @Test
    void numbersAreWrittenTheReadersWay() {
        fixture();
        // jsoup's text() reads the no-break spaces French puts before ":" and "%" as plain spaces.
        Document french = publicPage("/compliance?cycle=c2025&lang=fr");
        assertThat(french.selectFirst("#compliance-summary").text())
                .isEqualTo("Évaluations finales publiées : 4. Note moyenne 0,25, soit 62,5 % de respect.");
        assertThat(french.selectFirst("#compliance-summary").html()).contains("publiées&nbsp;: 4").contains("62,5&nbsp;%");
        assertThat(publicPage("/compliance?cycle=c2025&lang=es").select("#by-document-heading + svg + .table-scroll tbody tr").eachText())
                .containsExactly("Port of Spain 2009 3 0,67 83,3 %", "Lima 2018 1 -1,00 0,0 %");
    }

    @Test
    void theInterimStageIsShownOnlyWhenAsked() {
        fixture();
        Document page = publicPage("/compliance?cycle=c2025&stage=interim");

        assertThat(page.selectFirst("#compliance-summary").text())
                .isEqualTo("Published interim assessments: 1. Average score -1.00, that is 0.0 % compliance.");
        assertThat(rows(page, "actor")).containsExactly("IOM 1 -1.00 0.0 %");
        assertThat(publicPage("/compliance").selectFirst("#compliance-summary").text()).startsWith("Published final assessments: 4.");
        assertThat(perform(get("/compliance?stage=midterm")).getStatus()).isEqualTo(400);
        assertThat(perform(get("/compliance?cycle=nope")).getStatus()).isEqualTo(404);
    }

    @Test
    void theCsvDownloadsCarryTheSameNumbers() {
        fixture();
        assertThat(csv("/compliance.csv?by=actor&cycle=c2025&stage=final")).isEqualTo("""
                actor,label,assessments,score_sum,average,percent\r
                iom,IOM,1,1,1.00,100.0\r
                pe,Peru,3,0,0.00,50.0\r
                """);
        assertThat(csv("/compliance.csv?by=document&cycle=c2025")).contains("Port of Spain 2009,Port of Spain 2009,3,2,0.67,83.3\r\n");
        assertThat(csv("/compliance.csv?by=cycle")).contains("c2025,Cycle 2025,4,1,0.25,62.5\r\n");
        assertThat(csv("/compliance.csv?by=mandate&cycle=c2025&stage=interim"))
                .isEqualTo("mandate,label,assessments,score_sum,average,percent\r\nPort of Spain 2009 ¶17,Port of Spain 2009 ¶17,1,-1,-1.00,0.0\r\n");
        String all = csv("/compliance.csv?by=assessment&cycle=c2025");
        assertThat(all.lines()).hasSize(5);
        assertThat(all).contains("c2025,pe,country,Lima 2018 ¶7,/summits/viii/lima-commitment/7,final,-1,Nothing found.,"
                + "https://example.org/evidence/pe/" + lima7 + ",").contains(",completed,contradicts\r\n")
                .doesNotContain("SECRET DRAFT");
        Document page = publicPage("/compliance?cycle=c2025");
        assertThat(page.select("a[href^=/compliance.csv]").eachAttr("href"))
                .contains("/compliance.csv?by=actor&cycle=c2025&stage=final", "/compliance.csv?by=assessment&cycle=c2025&stage=final");
        assertThat(perform(get("/compliance.csv?by=colour")).getStatus()).isEqualTo(400);
    }

    @Test
    void aCountrysPageSetsItsOwnStatusBesideTheScoreAndFlagsDisagreementsInWords() {
        fixture();
        Document page = publicPage("/compliance/countries/pe");

        assertThat(page.select("h1").text()).isEqualTo("Compliance: Peru");
        assertThat(page.select("table.data-table tbody tr").eachText()).containsExactly(
                "Port of Spain 2009 ¶17 Cycle 2025 Final completed +1 full compliance agrees",
                "Port of Spain 2009 ¶18 Cycle 2025 Final completed 0 partial compliance Differs: one step apart",
                "Lima 2018 ¶7 Cycle 2025 Final completed −1 no compliance Contradicts: two steps apart");
        assertThat(page.select("strong.flag").eachText()).contains("Differs: one step apart", "Contradicts: two steps apart");
        assertThat(page.text()).contains("Self-reported status and assessment disagree 2 times.")
                .contains("Published final assessments: 3. Average score 0.00, that is 50.0 % compliance.")
                .contains("Peru passed a migrants' rights law.");
        assertThat(page.select("a[href=https://example.org/evidence/pe/" + pos17 + "]")).hasSize(1);
    }

    @Test
    void aMandatePageListsEveryPublishedAssessmentWithItsGuidelineAndHidesDrafts() {
        fixture();
        assessments.saveGuideline(TestUsers.secretariat(), pos17, "en", "Full: a law in force. Partial: a bill.");
        Document page = publicPage("/compliance/summits/v/port-of-spain-declaration/17");

        assertThat(page.select("h1").text()).isEqualTo("Compliance with Port of Spain 2009 ¶17");
        assertThat(page.text()).contains("Full: a law in force. Partial: a bill.").doesNotContain("SECRET DRAFT").doesNotContain("Canada");
        assertThat(page.select("table.data-table tbody tr th").eachText()).containsExactly("IOM", "IOM", "Peru");
        assertThat(page.text()).contains("Published final assessments: 2.").contains("Published interim assessments: 1.");
        Document institution = publicPage("/compliance/institutions/iom");
        assertThat(institution.text()).doesNotContain("Self-reported").contains("Full: a law in force.");
    }

    @Test
    void anAssessmentTakenBackToDraftLeavesThePublicPages() {
        fixture();
        long peru17 = jdbc.sql("select id from assessment where paragraph_id = :p and actor_id = (select id from actor where code = 'pe')")
                .param("p", pos17).query(Long.class).single();
        assessments.unpublish(TestUsers.secretariat(), peru17, 2, "The law was repealed.");

        assertThat(publicPage("/compliance?cycle=c2025").selectFirst("#compliance-summary").text())
                .isEqualTo("Published final assessments: 3. Average score 0.00, that is 50.0 % compliance.");
        assertThat(publicPage("/compliance/countries/pe").text()).doesNotContain("migrants' rights law");
        assertThat(publicPage("/compliance/countries/ca").selectFirst("#compliance-summary").text()).isEqualTo("No published assessments yet.");
    }

    @Test
    void unknownActorsAndMandatesAnswerNotFound() {
        assertThat(perform(get("/compliance/countries/xx")).getStatus()).isEqualTo(404);
        assertThat(perform(get("/compliance/institutions/pe")).getStatus()).isEqualTo(404);
        assertThat(perform(get("/compliance/summits/v/port-of-spain-declaration/999")).getStatus()).isEqualTo(404);
    }

    /** The rows of the table "by …" as text: label, count, average, percent. */
    private static List<String> rows(Document page, String by) {
        return page.selectFirst("#by-" + by + "-heading").parent().select("table tbody tr").eachText();
    }
}
