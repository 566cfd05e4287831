package org.mandato.subscriptions;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Theme;
import org.mandato.mail.Letter;
import org.mandato.mail.Outbox;
import org.mandato.national.NationalReport;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycles;
import org.mandato.reporting.Report;
import org.mandato.reporting.Reports;
import org.mandato.web.Site;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The subscribers' digests: every day, what was published the day before; on Mondays, what was
 * published in the week before; each about the subscription's topic (a theme also takes in its
 * sub-themes), from {@code mandato.mail.daily-hour} on, by whichever instance gets there first (each
 * digest is recorded with its message). A report withdrawn since is left out; a period without
 * anything about the topic sends nothing. Every digest carries its one-click unsubscribe link.
 */
@Component
class SubscriptionDigests {

    /** The longest list a digest shows; the rest is counted, and the topic's page has them all. */
    static final int DIGEST_LIMIT = 50;

    private final SubscriptionRepository repository;
    private final Subscriptions subscriptions;
    private final Catalog catalog;
    private final Reports reports;
    private final NationalReports nationalReports;
    private final ReportingCycles cycles;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final int dailyHour;

    SubscriptionDigests(SubscriptionRepository repository, Subscriptions subscriptions, Catalog catalog, Reports reports,
                        NationalReports nationalReports, ReportingCycles cycles, Outbox outbox, TransactionTemplate transactions,
                        Clock clock, @Value("${mandato.mail.daily-hour:7}") int dailyHour) {
        this.repository = repository;
        this.subscriptions = subscriptions;
        this.catalog = catalog;
        this.reports = reports;
        this.nationalReports = nationalReports;
        this.cycles = cycles;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        this.dailyHour = dailyHour;
    }

    /** Something published, with the topics it is about and what a digest says of it. */
    private record Item(String kind, long id, LocalDate publishedOn, Set<String> topics, Function<Site, String> label, String path) {}

    @Scheduled(cron = "${mandato.mail.schedule:0 0 * * * *}")
    void scheduled() {
        runOnce();
    }

    /** Queues the digests due now; returns how many. */
    int runOnce() {
        ZonedDateTime now = ZonedDateTime.now(clock);
        if (!outbox.isOn() || now.getHour() < dailyHour) {
            return 0;
        }
        LocalDate today = now.toLocalDate();
        int queued = digests("daily", today.minusDays(1), today);
        if (today.getDayOfWeek() == DayOfWeek.MONDAY) {
            queued += digests("weekly", today.minusDays(7), today);
        }
        ZoneId zone = clock.getZone();
        transactions.executeWithoutResult(status -> {
            repository.forgetUnconfirmed(OffsetDateTime.now(clock).minus(Subscriptions.CONFIRM_WITHIN));
            repository.deletePublishedBefore(today.minusDays(30).atStartOfDay(zone).toOffsetDateTime());
        });
        return queued;
    }

    private int digests(String frequency, LocalDate from, LocalDate to) {
        ZoneId zone = clock.getZone();
        List<Item> items = items(repository.published(from.atStartOfDay(zone).toOffsetDateTime(), to.atStartOfDay(zone).toOffsetDateTime()));
        if (items.isEmpty()) {
            return 0;
        }
        String period = frequency + ":" + from;
        int queued = 0;
        for (SubscriptionRepository.Subscription subscription : repository.active(frequency)) {
            List<Item> about = items.stream().filter(i -> i.topics().contains(subscription.topic().key())).toList();
            if (about.isEmpty()) {
                continue;
            }
            Boolean sent = transactions.execute(status -> {
                if (!repository.markDigest(subscription.id(), period, OffsetDateTime.now(clock))) {
                    return false;
                }
                outbox.enqueue(letter(subscription, about, from, to.minusDays(1)));
                return true;
            });
            queued += Boolean.TRUE.equals(sent) ? 1 : 0;
        }
        return queued;
    }

    private Letter letter(SubscriptionRepository.Subscription subscription, List<Item> about, LocalDate first, LocalDate last) {
        Site texts = outbox.textsIn(subscription.language());
        String topic = subscriptions.label(subscription.topic(), texts);
        String when = first.equals(last) ? texts.t("subscription.digest.day", texts.date(first))
                : texts.t("subscription.digest.week", texts.date(first), texts.date(last));
        List<Letter.Item> lines = about.stream().limit(DIGEST_LIMIT)
                .map(i -> new Letter.Item(i.label().apply(texts), outbox.link(i.path()), texts.date(i.publishedOn()))).toList();
        String unsubscribe = outbox.link("/subscriptions/unsubscribe?token=" + subscription.unsubscribeToken());
        return Letter.to(subscription.email(), subscription.language(), "subscription-digest")
                .subject(texts.t("subscription.digest.subject", topic, about.size()))
                .paragraph(texts.t("subscription.digest.intro", topic, when))
                .section(texts.t("subscription.digest.heading", about.size()), lines,
                        about.size() > DIGEST_LIMIT ? texts.t("digest.more", about.size() - DIGEST_LIMIT) : null)
                .action(texts.t("subscription.digest.action", topic), outbox.link(subscriptions.path(subscription.topic())))
                .note(texts.t("subscription.digest.why", topic, texts.t("subscription.frequency." + subscription.frequency())))
                .noteLink(texts.t("subscription.digest.unsubscribe"), unsubscribe)
                .noteLink(texts.t("subscription.digest.erase"), outbox.link("/subscriptions/erase"))
                .unsubscribe(unsubscribe)
                .build();
    }

    /** What was published, still published, with the topics each is about, newest first. */
    private List<Item> items(List<SubscriptionRepository.Published> published) {
        Map<Long, Theme> themes = new HashMap<>();
        catalog.themes().forEach(t -> themes.put(t.id(), t));
        List<Item> items = new ArrayList<>();
        List<Long> reportIds = published.stream().filter(p -> p.kind().equals("report")).map(SubscriptionRepository.Published::itemId).toList();
        for (Report report : reports.published(reportIds)) {
            Set<String> topics = new HashSet<>();
            topics.add((report.author().isInstitution() ? "institution:" : "country:") + report.author().code());
            report.themes().forEach(t -> addTheme(t.id(), themes, topics));
            report.citations().forEach(p -> {
                topics.add("paragraph:" + p.id());
                catalog.themesOf(p).forEach(t -> addTheme(t.id(), themes, topics));
            });
            Actor author = report.author();
            items.add(new Item("report", report.id(), report.date(), topics, texts -> {
                String title = texts.text(report.title());
                return title.isBlank() ? texts.text(author.name()) : texts.t("subscription.digest.report", texts.text(author.name()), title);
            }, "/reports/" + report.id()));
        }
        for (SubscriptionRepository.Published p : published) {
            if (!p.kind().equals("national_report")) {
                continue;
            }
            nationalReports.published(p.itemId()).ifPresent(national -> items.add(national(national, themes)));
        }
        items.sort(Comparator.comparing(Item::publishedOn).reversed().thenComparing(Item::id, Comparator.reverseOrder()));
        return items;
    }

    private Item national(NationalReport national, Map<Long, Theme> themes) {
        Actor country = catalog.actor(national.countryId()).orElseThrow();
        Set<String> topics = new HashSet<>();
        topics.add("country:" + country.code());
        List<Long> paragraphIds = national.entries().stream().map(NationalReport.Entry::paragraphId).toList();
        paragraphIds.forEach(id -> topics.add("paragraph:" + id));
        catalog.themeIdsByParagraph(paragraphIds).values().forEach(ids -> ids.forEach(id -> addTheme(id, themes, topics)));
        var cycle = cycles.cycle(national.cycleId());
        return new Item("national_report", national.id(), national.publishedOn().orElseThrow(), topics,
                texts -> texts.t("subscription.digest.national", texts.text(country.name()),
                        cycle.map(c -> texts.text(c.name())).orElse("")), national.path());
    }

    /** The theme and every theme above it: who follows "Migration" hears of "Trafficking in persons" too. */
    private static void addTheme(long id, Map<Long, Theme> themes, Set<String> topics) {
        for (Theme theme = themes.get(id); theme != null; theme = theme.parentId() == null ? null : themes.get(theme.parentId())) {
            if (!topics.add("theme:" + theme.slug())) {
                return;
            }
        }
    }
}
