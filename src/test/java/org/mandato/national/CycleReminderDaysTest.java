package org.mandato.national;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandato.MandatoWriteTest;
import org.mandato.accounts.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** A cycle says how many days before its due date reminders go out: 30 unless the Secretariat says otherwise. */
@MandatoWriteTest
class CycleReminderDaysTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ReportingCycles cycles;
    @Autowired
    NationalImport imports;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theSecretariatSetsTheReminderDaysOfACycleAndAPackRowKeepsThem() {
        NationalRequests requests = new NationalRequests(mvc);
        Map<String, String> form = cycleForm("reminder-days-45", "45");
        assertThat(requests.post(TestUsers.secretariat(), "/secretariat/cycles/new", form).getStatus()).isEqualTo(302);
        ReportingCycle saved = cycles.cycle("reminder-days-45").orElseThrow();
        assertThat(saved.reminderDays()).isEqualTo(45);
        assertThat(NationalRequests.parse(requests.get(TestUsers.secretariat(), "/secretariat/cycles/" + saved.id()))
                .select("input#reminderDays").val()).isEqualTo("45");

        transactions.executeWithoutResult(status -> imports.cycle("reminder-days-45", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), LocalDate.of(2028, 4, 30), java.util.List.of(), Map.of("en", "Reminder days 45")));
        assertThat(cycles.cycle("reminder-days-45").orElseThrow().reminderDays()).as("a pack row has no reminder days").isEqualTo(45);

        transactions.executeWithoutResult(status -> imports.cycle("reminder-days-default", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), LocalDate.of(2028, 4, 30), java.util.List.of(), Map.of("en", "Default")));
        assertThat(cycles.cycle("reminder-days-default").orElseThrow().reminderDays()).isEqualTo(ReportingCycle.DEFAULT_REMINDER_DAYS);
    }

    @Test
    void reminderDaysOutsideZeroTo365AreRefusedNamingTheField() {
        NationalRequests requests = new NationalRequests(mvc);
        for (String typed : new String[] {"366", "-1", "thirty"}) {
            MockHttpServletResponse refused = requests.post(TestUsers.secretariat(), "/secretariat/cycles/new", cycleForm("reminder-bad", typed));
            assertThat(refused.getStatus()).isEqualTo(422);
            assertThat(NationalRequests.parse(refused).select("#reminderDays-error").text()).isEqualTo("Type a whole number of days from 0 to 365.");
        }
        assertThat(cycles.cycle("reminder-bad")).isEmpty();
    }

    private static Map<String, String> cycleForm(String slug, String reminderDays) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("slug", slug);
        form.put("name-en", "Reminder days " + reminderDays);
        form.put("periodStart", "2027-01-01");
        form.put("periodEnd", "2027-12-31");
        form.put("dueDate", "2028-04-30");
        form.put("reminderDays", reminderDays);
        return form;
    }
}
