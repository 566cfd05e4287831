package org.mandato.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.Test;
import org.mandato.accounts.Role;
import org.mandato.accounts.TestUsers;
import org.mandato.mail.MailServer;
import org.mandato.mail.MailTestBase;
import org.mandato.mail.Mails;
import org.mandato.national.NationalReportEvents;
import org.mandato.reporting.ReportEvents;
import org.mandato.web.Language;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A notice at each step of a review, queued in the step's transaction: a submission to the
 * Secretariat, a return with its comment and a publication to the author's accounts (not to whoever
 * took the step); and the Secretariat's digest of the day before, once.
 */
class WorkflowNoticesTest extends MailTestBase {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    TestUsers users;
    @Autowired
    NoticeSchedule schedule;

    @Test
    void eachStepOfAReportsReviewTellsThoseConcernedWithALinkToThePage() {
        long report = demoReport();
        String head = secretariat(Language.EN);
        String reviewer = secretariat(Language.ES);
        String author = reporter("iom", Language.FR);
        String colleague = reporter("iom", Language.EN);
        String other = reporter("oas", Language.EN);

        step(new ReportEvents.ReportSubmitted(report, "iom", author));
        step(new ReportEvents.ReportReturned(report, "iom", reviewer, "Cite the paragraphs of the Lima Commitment, please."));
        step(new ReportEvents.ReportPublished(report, "iom", reviewer));
        sendQueued();

        assertThat(received(head)).singleElement().satisfies(message -> {
            assertThat(Mails.subject(message)).startsWith("Submitted for review: ");
            assertThat(Mails.text(message)).contains("International Organization for Migration submitted the report")
                    .contains("https://mandato.example.org/my/reports/" + report);
        });
        assertThat(received(reviewer)).as("the submission only; the reviewer took the other steps").singleElement()
                .satisfies(message -> assertThat(Mails.subject(message)).startsWith("Presentado para revisión: "));
        assertThat(received(author)).as("returned and published").hasSize(2);
        MimeMessage returned = received(author).get(0);
        assertThat(Mails.subject(returned)).startsWith("Renvoyé en brouillon : ");
        assertThat(Mails.text(returned)).contains("Cite the paragraphs of the Lima Commitment, please.")
                .contains("https://mandato.example.org/my/reports/" + report);
        assertThat(received(colleague)).as("returned and published, like the author").hasSize(2);
        assertThat(Mails.text(received(colleague).get(1))).contains("https://mandato.example.org/reports/" + report);
        assertThat(received(other)).isEmpty();
    }

    @Test
    void aStepRolledBackSendsNothing() {
        String head = secretariat(Language.EN);
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new ReportEvents.ReportSubmitted(demoReport(), "iom", "someone"));
            status.setRollbackOnly();
        });
        sendQueued();
        assertThat(received(head)).isEmpty();
    }

    @Test
    void aNationalReportsReviewTellsTheSecretariatAndTheCountrysCoordinators() {
        long report = jdbc.sql("select min(id) from national_report").query(Long.class).single();
        String head = secretariat(Language.PT);
        String coordinator = users.account(unique("coordinator"), Role.NATIONAL_COORDINATOR, "cl", unique("cl") + "@cl.example", Language.ES);

        step(new NationalReportEvents.NationalReportSubmitted(report, "cl", "demo-2025", "someone-else"));
        step(new NationalReportEvents.NationalReportReturned(report, "cl", "demo-2025", "reviewer", "Add the 2025 values."));
        step(new NationalReportEvents.NationalReportPublished(report, "cl", "demo-2025", "reviewer"));
        sendQueued();

        assertThat(received(head)).hasSize(1).first().satisfies(message -> assertThat(Mails.subject(message))
                .isEqualTo("Enviado para revisão: o relatório nacional de Chile para Ciclo de demonstração 2025 (dados fictícios)"));
        List<MimeMessage> toCoordinator = received(coordinator);
        assertThat(toCoordinator).extracting(Mails::subject).containsExactly(
                "Devuelto a borrador: el informe nacional de Chile para Ciclo de demostración 2025 (datos ficticios)",
                "Publicado: el informe nacional de Chile para Ciclo de demostración 2025 (datos ficticios)");
        assertThat(Mails.text(toCoordinator.get(0))).contains("Add the 2025 values.").contains("https://mandato.example.org/my/national/" + report);
        assertThat(Mails.text(toCoordinator.get(1))).contains("https://mandato.example.org/national-reports/" + report);
    }

    @Test
    void theSecretariatGetsTheDigestOfTheDayBeforeOnceAndNotBeforeTheHour() {
        long report = demoReport();
        String head = secretariat(Language.EN);
        clock.set("2037-05-11T15:00:00Z");
        step(new ReportEvents.ReportSubmitted(report, "iom", "someone"));
        step(new NationalReportEvents.NationalReportPublished(jdbc.sql("select min(id) from national_report").query(Long.class).single(),
                "cl", "demo-2025", "reviewer"));
        clock.set("2037-05-12T06:00:00Z");
        schedule.runOnce();
        sendQueued();
        MailServer.clear();
        assertThat(jdbc.sql("select count(*) from reminder_sent where kind = 'daily_digest' and subject = '2037-05-11'")
                .query(Integer.class).single()).isZero();

        clock.set("2037-05-12T07:30:00Z");
        schedule.runOnce();
        schedule.runOnce();
        sendQueued();

        assertThat(received(head)).singleElement().satisfies(message -> {
            assertThat(Mails.subject(message)).isEqualTo("Mandato: the day of May 11, 2037");
            assertThat(Mails.text(message)).contains("Submitted (1)").contains("- International Organization for Migration: “")
                    .contains("https://mandato.example.org/my/reports/" + report)
                    .contains("Published (1)").contains("- Chile: national report for Demonstration cycle 2025")
                    .doesNotContain("Returned to draft").doesNotContain("Overdue national reports");
            assertThat(Mails.html(message)).contains("<h2 style=\"font-size: 1.1em;\">Submitted (1)</h2>");
        });
        clock.set("2037-05-13T07:30:00Z");
        schedule.runOnce();
        sendQueued();
        assertThat(received(head)).as("a day with nothing to say sends nothing").hasSize(1);
    }

    private void step(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    private long demoReport() {
        return jdbc.sql("select r.id from report r join actor a on a.id = r.author_id where a.code = 'iom' order by r.id limit 1")
                .query(Long.class).single();
    }

    private String secretariat(Language language) {
        String username = unique("secretariat");
        return users.account(username, Role.SECRETARIAT, null, username + "@oas.example", language);
    }

    private String reporter(String institution, Language language) {
        String username = unique("reporter-" + institution);
        return users.account(username, Role.INSTITUTION_REPORTER, institution, username + "@" + institution + ".example", language);
    }

    private List<MimeMessage> received(String username) {
        return Mails.to(jdbc.sql("select email from app_user where username = :username").param("username", username)
                .query(String.class).single());
    }

    private static String unique(String name) {
        return name + "-" + System.nanoTime();
    }
}
