package org.mandato.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import org.mandato.accounts.NoticeKind;
import org.mandato.accounts.NoticeRecipients;
import org.mandato.accounts.NoticeRecipients.Recipient;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.mail.Letter;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycle;
import org.mandato.national.ReportingCycles;
import org.mandato.reporting.Reports;
import org.mandato.web.Site;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of reporting cycles' due dates, to national coordinators (for their country's national
 * report) and institution reporters (for a report of their institution dated in the cycle's period):
 * one when the due date is {@code reminderDays} away or nearer, then, once it has passed, one a week,
 * three at most (on the 1st, 8th and 15th day after it; a week the job missed is not made up). Nobody
 * is reminded of what their country or institution has handed in. Each reminder is recorded with its
 * message in one transaction, under a key of person, kind, cycle and sequence, so that several
 * instances running the job at once send each reminder once.
 */
@Component
class Reminders {

    /** Overdue reminders: one a week, this many at most. */
    static final int OVERDUE_REMINDERS = 3;

    private final NoticeLetters letters;
    private final NoticeRecipients recipients;
    private final NoticeRepository repository;
    private final ReportingCycles cycles;
    private final NationalReports nationalReports;
    private final Reports reports;
    private final Catalog catalog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Reminders(NoticeLetters letters, NoticeRecipients recipients, NoticeRepository repository, ReportingCycles cycles,
              NationalReports nationalReports, Reports reports, Catalog catalog, TransactionTemplate transactions, Clock clock) {
        this.letters = letters;
        this.recipients = recipients;
        this.repository = repository;
        this.cycles = cycles;
        this.nationalReports = nationalReports;
        this.reports = reports;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Where a cycle stands on a day, for reminders: due soon (sequence 0), overdue (1 to 3), or neither (null). */
    record Due(NoticeKind kind, int sequence, long days) {

        static Due of(ReportingCycle cycle, LocalDate today) {
            long left = ChronoUnit.DAYS.between(today, cycle.dueDate());
            if (left >= 0) {
                return left <= cycle.reminderDays() ? new Due(NoticeKind.DUE_SOON, 0, left) : null;
            }
            long late = -left;
            int sequence = (int) ((late - 1) / 7) + 1;
            return sequence <= OVERDUE_REMINDERS ? new Due(NoticeKind.OVERDUE, sequence, late) : null;
        }
    }

    /** Queues the reminders due on {@code today}; returns how many. */
    int send(LocalDate today) {
        int queued = 0;
        for (ReportingCycle cycle : cycles.all()) {
            Due due = Due.of(cycle, today);
            if (due == null) {
                continue;
            }
            Set<Long> countriesDone = nationalReports.handedIn(cycle.id());
            Set<Long> institutionsDone = reports.authorsHandedIn(cycle.periodStart(), cycle.periodEnd());
            for (Recipient recipient : recipients.reporters(due.kind())) {
                Actor actor = catalog.actor(recipient.actorId()).orElse(null);
                if (actor == null || (actor.isInstitution() ? institutionsDone : countriesDone).contains(actor.id())) {
                    continue;
                }
                Boolean sent = transactions.execute(status -> {
                    if (!repository.mark(due.kind().code(), recipient.userId(), "cycle:" + cycle.id(), due.sequence(),
                            OffsetDateTime.now(clock))) {
                        return false;
                    }
                    letters.enqueue(letter(recipient, actor, cycle, due));
                    return true;
                });
                queued += Boolean.TRUE.equals(sent) ? 1 : 0;
            }
        }
        return queued;
    }

    private Letter letter(Recipient recipient, Actor actor, ReportingCycle cycle, Due due) {
        Site texts = letters.texts(recipient);
        String who = actor.isInstitution() ? "institution" : "national";
        String when = due.kind() == NoticeKind.OVERDUE ? "overdue" : due.days() == 0 ? "dueToday" : "dueSoon";
        Object[] args = {texts.text(actor.name()), texts.text(cycle.name()), texts.date(cycle.dueDate()), due.days(),
                texts.date(cycle.periodStart()), texts.date(cycle.periodEnd())};
        Letter.Builder letter = letters.to(recipient, due.kind(), texts)
                .subject(texts.t("reminder." + who + "." + when + ".subject", args))
                .paragraph(texts.t("mail.greeting", recipient.displayName()))
                .paragraph(texts.t("reminder." + who + "." + when + ".body", args));
        if (due.kind() == NoticeKind.OVERDUE) {
            letter.paragraph(texts.t("reminder.overdue.count", due.sequence(), OVERDUE_REMINDERS));
        }
        return letter.action(texts.t("reminder." + who + ".action"), letters.link(actor.isInstitution() ? "/my/reports/new" : "/my/national"))
                .build();
    }

}
