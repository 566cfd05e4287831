package org.mandato.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.mandato.mail.MailServer;
import org.mandato.mail.MailTestBase;
import org.mandato.mail.Mails;
import org.mandato.national.CycleForm;
import org.mandato.national.ReportingCycles;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportStatus;
import org.mandato.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminder timing with a fixed clock: a reminder when the due date is the cycle's reminder days away,
 * one on the due date if none came before, weekly once overdue (three at most), none for what was
 * handed in, none before the day's hour, and one only when two instances run the job at once.
 */
class RemindersTest extends MailTestBase {

    @Autowired
    NoticeSchedule schedule;
    @Autowired
    ReportingCycles cycles;
    @Autowired
    TestUsers users;
    @Autowired
    ReportImport reportImport;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void removeTheTestCycles() {
        jdbc.sql("delete from national_report where cycle_id in (select id from reporting_cycle where slug like 'reminders-%')").update();
        jdbc.sql("delete from reporting_cycle where slug like 'reminders-%'").update();
    }

    @Test
    void aCoordinatorIsRemindedThirtyDaysBeforeTheDueDateOnceInTheirLanguage() {
        long cycle = cycle("2031-06-30", 30);
        String coordinator = coordinator("cl", Language.ES);

        at("2031-05-30T08:00:00Z");
        assertThat(to(coordinator)).as("31 days before").isEmpty();
        at("2031-05-31T08:00:00Z");
        List<MimeMessage> reminded = to(coordinator);
        at("2031-06-10T08:00:00Z");
        at("2031-06-30T08:00:00Z");

        assertThat(reminded).singleElement().satisfies(message -> {
            assertThat(Mails.subject(message)).isEqualTo("Recordatorio: el informe nacional de Chile para Reminders " + cycle
                    + " vence el 30 de junio de 2031");
            assertThat(Mails.text(message)).contains("dentro de 30 días").contains("https://mandato.example.org/my/national")
                    .contains("https://mandato.example.org/account");
            assertThat(Mails.header(message, "Content-Language")).isEqualTo("es");
        });
        assertThat(to(coordinator)).as("nothing more, also on the due date").isEmpty();
    }

    @Test
    void onTheDueDateAReminderSaysItIsDueTodayWhenNoneCameBefore() {
        long cycle = cycle("2032-03-15", 0);
        String coordinator = coordinator("pe", Language.EN);

        at("2032-03-14T09:00:00Z");
        assertThat(to(coordinator)).isEmpty();
        at("2032-03-15T09:00:00Z");
        assertThat(to(coordinator)).singleElement().satisfies(message -> assertThat(Mails.subject(message))
                .isEqualTo("Reminder: the national report of Peru for Reminders " + cycle + " is due today"));
    }

    @Test
    void onceOverdueACoordinatorIsRemindedWeeklyThreeTimesAtMost() {
        cycle("2033-01-31", 30);
        String coordinator = coordinator("br", Language.PT);
        at("2033-01-01T08:00:00Z");
        assertThat(to(coordinator)).as("30 days before").hasSize(1);

        at("2033-02-01T08:00:00Z");
        List<MimeMessage> first = to(coordinator);
        at("2033-02-07T08:00:00Z");
        List<MimeMessage> sixDaysLate = to(coordinator);
        at("2033-02-08T08:00:00Z");
        List<MimeMessage> second = to(coordinator);
        at("2033-02-15T08:00:00Z");
        List<MimeMessage> third = to(coordinator);
        at("2033-02-22T08:00:00Z");
        List<MimeMessage> fourthWeek = to(coordinator);

        assertThat(first).singleElement().satisfies(message -> {
            assertThat(Mails.subject(message)).startsWith("Atrasado: o relatório nacional de Brasil");
            assertThat(Mails.text(message)).contains("há um dia").contains("Este é o lembrete 1 de 3.");
        });
        assertThat(sixDaysLate).isEmpty();
        assertThat(second).singleElement().satisfies(message -> assertThat(Mails.text(message))
                .contains("há 8 dias").contains("Este é o lembrete 2 de 3."));
        assertThat(third).singleElement().satisfies(message -> assertThat(Mails.text(message)).contains("lembrete 3 de 3"));
        assertThat(fourthWeek).isEmpty();
    }

    @Test
    void nobodyIsRemindedOfWhatTheirCountryOrInstitutionHasHandedIn() {
        long cycle = cycle("2034-04-30", 30);
        String submitted = coordinator("mx", Language.EN);
        String waiting = coordinator("co", Language.EN);
        String reported = users.account(unique("iom"), Role.INSTITUTION_REPORTER, "iom", unique("iom") + "@iom.example", Language.EN);
        String silent = users.account(unique("undp"), Role.INSTITUTION_REPORTER, "undp", unique("undp") + "@undp.example", Language.FR);
        jdbc.sql("""
                        insert into national_report (cycle_id, country_id, status, created_at, updated_at, submitted_at, updated_by, version)
                        values (:cycle, (select id from actor where code = 'mx'), 'submitted', current_timestamp, current_timestamp,
                                current_timestamp, 'test', 1)
                        """).param("cycle", cycle).update();
        clock.set("2034-03-01T08:00:00Z");
        transactions.executeWithoutResult(status -> reportImport.report(new ReportImport.ReportEntry(unique("iom-report"), "iom",
                LocalDate.of(2034, 2, 1), "en", ReportStatus.SUBMITTED, List.of(), "", Map.of("en", "Handed in"),
                Map.of("en", "What IOM did."))));

        at("2034-04-01T08:00:00Z");
        at("2034-05-01T08:00:00Z");

        assertThat(Mails.to(address(submitted))).isEmpty();
        assertThat(Mails.to(address(reported))).isEmpty();
        assertThat(Mails.to(address(waiting))).hasSize(2);
        assertThat(Mails.to(address(silent))).hasSize(2).first().satisfies(message -> {
            assertThat(Mails.subject(message)).isEqualTo("Rappel : les rapports de Programme des Nations Unies pour le développement"
                    + " pour Reminders " + cycle + " sont attendus le 30 avril 2034");
            assertThat(Mails.text(message)).contains("https://mandato.example.org/my/reports/new");
        });
    }

    @Test
    void nothingIsSentBeforeTheDailyHourNorToWhoTurnedRemindersOff() {
        cycle("2035-09-30", 30);
        String early = coordinator("ar", Language.EN);
        String quiet = coordinator("ar", Language.EN);
        jdbc.sql("insert into notice_opt_out (user_id, kind) values (:user, 'due_soon')").param("user", users.userId(quiet)).update();

        clock.set("2035-09-01T06:59:00Z");
        assertThat(schedule.runOnce()).isZero();
        at("2035-09-01T07:00:00Z");

        assertThat(Mails.to(address(early))).hasSize(1);
        assertThat(Mails.to(address(quiet))).isEmpty();
    }

    @Test
    void twoInstancesRunningTheJobAtOnceSendEachReminderOnce() throws Exception {
        cycle("2036-02-29", 30);
        String coordinator = coordinator("uy", Language.EN);
        clock.set("2036-02-01T08:00:00Z");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = () -> schedule.runOnce();
            List<Future<Integer>> runs = List.of(pool.submit(run), pool.submit(run));
            for (Future<Integer> each : runs) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }
        sendQueued();
        assertThat(Mails.to(address(coordinator))).hasSize(1);
        assertThat(jdbc.sql("select count(*) from reminder_sent where user_id = :user").param("user", users.userId(coordinator))
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Runs the job at {@code instant} and sends what it queued. */
    private void at(String instant) {
        clock.set(instant);
        schedule.runOnce();
        sendQueued();
    }

    /** Runs nothing: the messages to the account received since the last look, and forgets them. */
    private List<MimeMessage> to(String username) {
        List<MimeMessage> received = Mails.to(address(username));
        MailServer.clear();
        return received;
    }

    private long cycle(String due, int reminderDays) {
        String slug = "reminders-" + System.nanoTime();
        Map<String, String> names = new LinkedHashMap<>();
        names.put("en", "Reminders");
        names.put("es", "");
        names.put("pt", "");
        names.put("fr", "");
        LocalDate dueDate = LocalDate.parse(due);
        // A cycle is created before its due date (one in the past is refused): the tests then move the clock on.
        clock.set(dueDate.minusMonths(3) + "T08:00:00Z");
        long id = cycles.save(null, null, new CycleForm(slug, names, dueDate.minusYears(1).withDayOfMonth(1).toString(),
                dueDate.minusMonths(2).toString(), due, List.of(), String.valueOf(reminderDays)));
        jdbc.sql("update reporting_cycle_text set name = :name where cycle_id = :id").param("name", "Reminders " + id).param("id", id).update();
        return id;
    }

    private String coordinator(String country, Language language) {
        String username = unique("coordinator-" + country);
        return users.account(username, Role.NATIONAL_COORDINATOR, country, username + "@" + country + ".example", language);
    }

    private String address(String username) {
        return jdbc.sql("select email from app_user where username = :username").param("username", username).query(String.class).single();
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }
}
