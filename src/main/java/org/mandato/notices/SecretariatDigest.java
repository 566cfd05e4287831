package org.mandato.notices;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.mandato.web.Site;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Secretariat's daily digest: what was submitted, returned and published the day before (in the
 * server's time zone), and which countries have not handed in the national report of a cycle whose
 * due date passed within the last year. Nothing is sent on a day with nothing to say. Each person's
 * digest is recorded with its message, once per day, whichever instance gets there first.
 */
@Component
class SecretariatDigest {

    /** A cycle further past its due date than this is history, not a task. */
    static final int OVERDUE_WINDOW_DAYS = 365;
    /** The longest list a section shows; the rest is counted. */
    static final int SECTION_LIMIT = 50;

    private final NoticeLetters letters;
    private final NoticeRecipients recipients;
    private final NoticeRepository repository;
    private final ReportingCycles cycles;
    private final NationalReports nationalReports;
    private final Catalog catalog;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SecretariatDigest(NoticeLetters letters, NoticeRecipients recipients, NoticeRepository repository, ReportingCycles cycles,
                      NationalReports nationalReports, Catalog catalog, TransactionTemplate transactions, Clock clock) {
        this.letters = letters;
        this.recipients = recipients;
        this.repository = repository;
        this.cycles = cycles;
        this.nationalReports = nationalReports;
        this.catalog = catalog;
        this.transactions = transactions;
        this.clock = clock;
    }

    private record Overdue(ReportingCycle cycle, List<Actor> countries) {}

    /** Queues the digest of the day before {@code today} for each of the Secretariat; returns how many. */
    int send(LocalDate today) {
        LocalDate day = today.minusDays(1);
        ZoneId zone = clock.getZone();
        List<NoticeRepository.Entry> entries = repository.entries(day.atStartOfDay(zone).toOffsetDateTime(),
                today.atStartOfDay(zone).toOffsetDateTime());
        List<Overdue> overdue = overdue(today);
        if (entries.isEmpty() && overdue.isEmpty()) {
            return 0;
        }
        int queued = 0;
        for (Recipient recipient : recipients.secretariat(NoticeKind.DAILY_DIGEST)) {
            Boolean sent = transactions.execute(status -> {
                if (!repository.mark(NoticeKind.DAILY_DIGEST.code(), recipient.userId(), day.toString(), 0, OffsetDateTime.now(clock))) {
                    return false;
                }
                letters.enqueue(letter(recipient, day, entries, overdue));
                return true;
            });
            queued += Boolean.TRUE.equals(sent) ? 1 : 0;
        }
        repository.deleteEntriesBefore(day.minusDays(30).atStartOfDay(zone).toOffsetDateTime());
        return queued;
    }

    private List<Overdue> overdue(LocalDate today) {
        List<Overdue> overdue = new ArrayList<>();
        for (ReportingCycle cycle : cycles.all()) {
            if (!cycle.dueDate().isBefore(today) || cycle.dueDate().isBefore(today.minusDays(OVERDUE_WINDOW_DAYS))) {
                continue;
            }
            Set<Long> done = nationalReports.handedIn(cycle.id());
            List<Actor> late = catalog.countries().stream().filter(c -> !done.contains(c.id())).toList();
            if (!late.isEmpty()) {
                overdue.add(new Overdue(cycle, late));
            }
        }
        overdue.sort(Comparator.comparing((Overdue o) -> o.cycle().dueDate()).reversed());
        return overdue;
    }

    private Letter letter(Recipient recipient, LocalDate day, List<NoticeRepository.Entry> entries, List<Overdue> overdue) {
        Site texts = letters.texts(recipient);
        Letter.Builder letter = letters.to(recipient, NoticeKind.DAILY_DIGEST, texts)
                .subject(texts.t("digest.subject", texts.date(day)))
                .paragraph(texts.t("mail.greeting", recipient.displayName()))
                .paragraph(texts.t(entries.isEmpty() ? "digest.quiet" : "digest.intro", texts.date(day)));
        for (String step : List.of("submitted", "returned", "published")) {
            List<NoticeRepository.Entry> ofStep = entries.stream().filter(e -> e.kind().equals(step)).toList();
            if (!ofStep.isEmpty()) {
                List<Letter.Item> items = ofStep.stream().limit(SECTION_LIMIT).map(e -> item(e, texts)).toList();
                letter.section(texts.t("digest." + step, ofStep.size()), items, more(ofStep.size(), texts));
            }
        }
        if (!overdue.isEmpty()) {
            List<Letter.Item> items = overdue.stream().map(o -> new Letter.Item(
                    texts.t("digest.item.overdue", texts.text(o.cycle().name()), texts.date(o.cycle().dueDate()), o.countries().size()),
                    letters.link("/secretariat/national?show=overdue"),
                    String.join(", ", o.countries().stream().map(c -> texts.text(c.name())).toList()))).toList();
            letter.section(texts.t("digest.overdue"), items, null);
        }
        return letter.action(texts.t("digest.action"), letters.link("/secretariat")).build();
    }

    private Letter.Item item(NoticeRepository.Entry entry, Site texts) {
        boolean published = entry.kind().equals("published");
        if (entry.subjectKind().equals("report")) {
            return new Letter.Item(texts.t("digest.item.report", letters.actorName(entry.actorCode(), texts),
                    letters.reportTitle(entry.subjectId(), texts)),
                    letters.link((published ? "/reports/" : "/my/reports/") + entry.subjectId()), null);
        }
        return new Letter.Item(texts.t("digest.item.national", letters.actorName(entry.actorCode(), texts),
                letters.cycleName(entry.cycleSlug(), texts)),
                letters.link((published ? "/national-reports/" : "/my/national/") + entry.subjectId()), null);
    }

    private static String more(int count, Site texts) {
        return count > SECTION_LIMIT ? texts.t("digest.more", count - SECTION_LIMIT) : null;
    }
}
