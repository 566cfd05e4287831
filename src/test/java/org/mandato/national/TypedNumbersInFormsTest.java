package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.SignedInUser;
import org.mandato.accounts.TestUsers;
import org.mandato.catalog.Catalog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Numbers typed in the national entry form are read in the language of the page they were typed on:
 * "1,200" on an English page is twelve hundred, "1.200,5" on a Spanish one twelve hundred and a half,
 * and a value that reads two ways is refused with a message, nothing saved.
 */
@MandatoWriteTest
class TypedNumbersInFormsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Catalog catalog;
    @Autowired
    TestUsers users;
    @Autowired
    JdbcClient jdbc;

    Map<String, String> entry(NationalRequests requests, SignedInUser as, long id, String lang, String amount, String baseline) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("version", String.valueOf(requests.version(as, id)));
        form.put("lang", lang);
        form.put("paragraph", String.valueOf(catalog.paragraphByCitation("Port of Spain 2009", "47").orElseThrow().id()));
        form.put("status", "in_progress");
        form.put("indicator-0-name", "Migrant workers registered");
        form.put("indicator-0-unit", "people");
        form.put("indicator-0-baselineValue", baseline);
        form.put("indicator-0-value-0-date", "2024-12-31");
        form.put("indicator-0-value-0-amount", amount);
        return form;
    }

    @Test
    void twelveHundredTypedInEnglishAndTwelveHundredAndAHalfInSpanishAreStoredAsTyped() {
        NationalRequests requests = new NationalRequests(mvc);
        SignedInUser coordinator = users.reporterFor("pe");

        long english = requests.open(coordinator, "demo-2026", "pe");
        MockHttpServletResponse saved = requests.post(coordinator, "/my/national/" + english + "/entries",
                entry(requests, coordinator, english, "en", "1,200", "1,000.25"));
        assertThat(saved.getStatus()).as(NationalRequests.body(saved)).isEqualTo(302);
        assertThat(amounts(english)).containsExactly(new BigDecimal("1200.0000"));
        assertThat(baselines(english)).containsExactly(new BigDecimal("1000.2500"));

        SignedInUser spanishCoordinator = users.reporterFor("ar");
        long spanish = requests.open(spanishCoordinator, "demo-2026", "ar");
        saved = requests.post(spanishCoordinator, "/my/national/" + spanish + "/entries",
                entry(requests, spanishCoordinator, spanish, "es", "1.200,5", "2.000"));
        assertThat(saved.getStatus()).as(NationalRequests.body(saved)).isEqualTo(302);
        assertThat(amounts(spanish)).containsExactly(new BigDecimal("1200.5000"));
        assertThat(baselines(spanish)).containsExactly(new BigDecimal("2000.0000"));

        long entryId = jdbc.sql("select id from national_entry where national_report_id = :id").param("id", spanish).query(Long.class).single();
        Document spanishForm = requests.page(spanishCoordinator, "/my/national/" + spanish + "/entries/" + entryId + "?lang=es");
        assertThat(spanishForm.selectFirst("#indicator-0-value-0-amount").val()).as("written back for the page").isEqualTo("1.200,5");
    }

    @Test
    void aValueThatReadsTwoWaysIsRefusedWithAMessageAndNothingIsSaved() {
        NationalRequests requests = new NationalRequests(mvc);
        SignedInUser coordinator = users.reporterFor("uy");
        long id = requests.open(coordinator, "demo-2026", "uy");
        MockHttpServletResponse refused = requests.post(coordinator, "/my/national/" + id + "/entries",
                entry(requests, coordinator, id, "en", "1.200", ""));
        assertThat(refused.getStatus()).isEqualTo(422);
        Document page = NationalRequests.parse(refused);
        assertThat(page.select(".error-summary a[href=#indicator-0-value-0-amount]").text()).contains("1.200", "1,200", "1.2");
        assertThat(page.selectFirst("#indicator-0-value-0-amount").val()).as("what was typed comes back").isEqualTo("1.200");
        assertThat(amounts(id)).isEmpty();
    }

    private List<BigDecimal> amounts(long report) {
        return jdbc.sql("""
                select v.amount from indicator_value v join indicator i on i.id = v.indicator_id
                join national_entry e on e.id = i.entry_id where e.national_report_id = :id""")
                .param("id", report).query(BigDecimal.class).list();
    }

    private List<BigDecimal> baselines(long report) {
        return jdbc.sql("""
                select i.baseline_value from indicator i join national_entry e on e.id = i.entry_id
                where e.national_report_id = :id""").param("id", report).query(BigDecimal.class).list();
    }
}
