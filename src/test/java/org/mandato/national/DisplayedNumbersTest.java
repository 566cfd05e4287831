package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A national report's numbers as each reader sees them: the value table, the chart's labels and
 * ticks, baseline and target in the reader's language (1,200.5 · 1.200,5 · 1 200,5), the CSV plain
 * (1200.5) whatever the language asked for.
 */
@MandatoWriteTest
class DisplayedNumbersTest {

    private static final String NARROW_NO_BREAK_SPACE = "\u202f";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    private long report;

    @BeforeEach
    void jamaicasLatestTestingShareWrittenLarge() {
        report = jdbc.sql("""
                select r.id from national_report r join actor a on a.id = r.country_id
                where a.code = 'jm' and r.status = 'published'""").query(Long.class).single();
        long indicator = jdbc.sql("""
                select id from indicator where name = 'Pregnant women tested for HIV'""").query(Long.class).single();
        jdbc.sql("update indicator_value set amount = 1200.5 where indicator_id = :id and measured_on = date '2025-12-31'")
                .param("id", indicator).update();
        jdbc.sql("update indicator set target_value = 2500 where id = :id").param("id", indicator).update();
    }

    @Test
    void eachLanguageReadsTheValueItsOwnWay() throws Exception {
        assertThat(shown("en")).containsExactly("93", "95.5", "1,200.5", "2,500");
        assertThat(shown("es")).containsExactly("93", "95,5", "1.200,5", "2.500");
        assertThat(shown("pt")).containsExactly("93", "95,5", "1.200,5", "2.500");
        assertThat(shown("fr")).containsExactly("93", "95,5", "1" + NARROW_NO_BREAK_SPACE + "200,5", "2" + NARROW_NO_BREAK_SPACE + "500");
    }

    @Test
    void theDownloadKeepsPlainNumbersInEveryLanguage() throws Exception {
        for (String lang : new String[] {"en", "es", "fr"}) {
            String csv = mvc.perform(get("/national-reports/" + report + ".csv").param("lang", lang)).andReturn()
                    .getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv).as(lang).contains(",1200.5,").contains(",2500,").doesNotContain("1.200,5").doesNotContain("1,200.5");
        }
    }

    /** The table's values, then the largest value and the target as the chart labels them. */
    private java.util.List<String> shown(String lang) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/national-reports/" + report).param("lang", lang)).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8));
        Element figure = page.select("figure.indicator-figure").stream()
                .filter(f -> f.selectFirst("h3").text().startsWith("Pregnant women tested")).findFirst().orElseThrow();
        var shown = new java.util.ArrayList<>(figure.select("td.number").eachText());
        assertThat(figure.select("svg text.chart__value").eachText()).as(lang + " chart labels").contains(shown.get(2));
        String thousands = switch (lang) {
            case "en" -> ",";
            case "fr" -> NARROW_NO_BREAK_SPACE;
            default -> "\\.";
        };
        assertThat(figure.select("svg text.chart__tick[text-anchor=end]").eachText()).as(lang + " value ticks")
                .anyMatch(tick -> tick.matches("\\d" + thousands + "\\d{3}"));
        String target = figure.selectFirst("p").text().replaceAll(".*: ", "").replaceAll(" \\(.*", "");
        shown.add(target);
        return shown;
    }
}
