package org.mandato.notices;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.BiFunction;

import org.mandato.accounts.NoticeKind;
import org.mandato.accounts.NoticeRecipients;
import org.mandato.accounts.NoticeRecipients.Recipient;
import org.mandato.catalog.Catalog;
import org.mandato.mail.Letter;
import org.mandato.national.NationalReportEvents;
import org.mandato.reporting.ReportEvents;
import org.mandato.web.Site;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A word at each step of a review: a submission to the Secretariat, a return (with its comment) and
 * a publication to the accounts of the report's author. Listeners run in the transaction that took
 * the step, so the messages are queued if and only if it commits; the step is also written down for
 * the Secretariat's daily digest. The person who took the step is not told of it.
 */
@Component
class WorkflowNotices {

    private final NoticeLetters letters;
    private final NoticeRecipients recipients;
    private final NoticeRepository repository;
    private final Catalog catalog;
    private final Clock clock;

    WorkflowNotices(NoticeLetters letters, NoticeRecipients recipients, NoticeRepository repository, Catalog catalog, Clock clock) {
        this.letters = letters;
        this.recipients = recipients;
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock;
    }

    @EventListener
    void on(ReportEvents.ReportSubmitted event) {
        report("submitted", event.reportId(), event.authorCode(), event.by(), NoticeKind.SUBMITTED, null);
    }

    @EventListener
    void on(ReportEvents.ReportReturned event) {
        report("returned", event.reportId(), event.authorCode(), event.by(), NoticeKind.RETURNED, event.comment());
    }

    @EventListener
    void on(ReportEvents.ReportPublished event) {
        report("published", event.reportId(), event.authorCode(), event.by(), NoticeKind.PUBLISHED, null);
    }

    @EventListener
    void on(NationalReportEvents.NationalReportSubmitted event) {
        national("submitted", event.reportId(), event.countryCode(), event.cycleSlug(), event.by(), NoticeKind.SUBMITTED, null);
    }

    @EventListener
    void on(NationalReportEvents.NationalReportReturned event) {
        national("returned", event.reportId(), event.countryCode(), event.cycleSlug(), event.by(), NoticeKind.RETURNED, event.comment());
    }

    @EventListener
    void on(NationalReportEvents.NationalReportPublished event) {
        national("published", event.reportId(), event.countryCode(), event.cycleSlug(), event.by(), NoticeKind.PUBLISHED, null);
    }

    private void report(String step, long id, String author, String by, NoticeKind kind, String comment) {
        if (!letters.mailOn()) {
            return;
        }
        repository.record(new NoticeRepository.Entry(step, "report", id, author, null, OffsetDateTime.now(clock)));
        String path = step.equals("published") ? "/reports/" + id : "/my/reports/" + id;
        send(kind, author, by, (recipient, texts) -> {
            String title = letters.reportTitle(id, texts);
            return letter(recipient, kind, texts, step, "report", comment, path,
                    new Object[] {title}, new Object[] {letters.actorName(author, texts), title});
        });
    }

    private void national(String step, long id, String country, String cycle, String by, NoticeKind kind, String comment) {
        if (!letters.mailOn()) {
            return;
        }
        repository.record(new NoticeRepository.Entry(step, "national_report", id, country, cycle, OffsetDateTime.now(clock)));
        String path = step.equals("published") ? "/national-reports/" + id : "/my/national/" + id;
        send(kind, country, by, (recipient, texts) -> {
            Object[] names = {letters.actorName(country, texts), letters.cycleName(cycle, texts)};
            return letter(recipient, kind, texts, step, "national", comment, path, names, names);
        });
    }

    /** The Secretariat for a submission, else the accounts bound to the author; never the one who acted. */
    private void send(NoticeKind kind, String authorCode, String by, BiFunction<Recipient, Site, Letter> write) {
        List<Recipient> to = kind == NoticeKind.SUBMITTED
                ? recipients.secretariat(kind)
                : catalog.actor(authorCode).map(actor -> recipients.reportersOf(actor.id(), kind)).orElse(List.of());
        for (Recipient recipient : to) {
            if (!recipient.username().equalsIgnoreCase(by)) {
                letters.enqueue(write.apply(recipient, letters.texts(recipient)));
            }
        }
    }

    private Letter letter(Recipient recipient, NoticeKind kind, Site texts, String step, String what, String comment, String path,
                          Object[] subjectArgs, Object[] bodyArgs) {
        Letter.Builder letter = letters.to(recipient, kind, texts)
                .subject(texts.t("notice." + step + "." + what + ".subject", subjectArgs))
                .paragraph(texts.t("mail.greeting", recipient.displayName()))
                .paragraph(texts.t("notice." + step + "." + what + ".body", bodyArgs));
        if (comment != null) {
            letter.paragraph(comment);
        }
        return letter.action(texts.t("notice." + step + ".action"), letters.link(path)).build();
    }
}
