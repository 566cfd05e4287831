package org.mandato.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReviewSource.ActorCounts;
import org.mandato.reporting.ReviewSource.Submission;
import org.springframework.stereotype.Service;

/**
 * The Secretariat's one review inbox: every kind of report waiting for review, the longest waiting
 * first, with the age of each submission, filters by kind, actor and age, and per country and
 * institution how many wait, how many wait long and how many reports are overdue.
 */
@Service
public class ReviewInbox {

    /** Submissions listed at once; the rest are reached by filtering (or, for institutional ones, the whole list). */
    public static final int SHOWN = 50;
    /** A submission waiting longer than this is late for review. */
    static final int LONG_WAIT_DAYS = 14;

    private final List<ReviewSource> sources;
    private final Catalog catalog;
    private final Clock clock;

    ReviewInbox(List<ReviewSource> sources, Catalog catalog, Clock clock) {
        this.sources = sources.stream().sorted(Comparator.comparing(ReviewSource::kind)).toList();
        this.catalog = catalog;
        this.clock = clock;
    }

    /** What the filters ask for; values not offered are read as "any". */
    public record Filter(String kind, String actor, boolean waitingLong) {

        static Filter of(String kind, String actor, String waiting) {
            return new Filter(kind == null || kind.isBlank() ? null : kind.strip(), actor == null || actor.isBlank() ? null : actor.strip(),
                    "long".equals(waiting));
        }

        public boolean any() {
            return kind == null && actor == null && !waitingLong;
        }
    }

    /** One submission as the inbox lists it. */
    public record Item(Submission submission, Actor actor, LocalDate submittedOn, long ageDays, boolean waitingLong) {}

    /** One actor's line of the counts. */
    public record ActorLine(Actor actor, long waiting, long waitingLong, long overdue) {}

    public record Inbox(long waiting, long overdue, List<Item> items, boolean more, Filter filter, List<String> kinds, List<ActorLine> byActor,
                 int longWaitDays) {}

    Inbox read(Filter asked) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        LocalDate today = now.toLocalDate();
        OffsetDateTime longSince = now.minusDays(LONG_WAIT_DAYS);

        Map<Long, long[]> counts = new LinkedHashMap<>();
        long waiting = 0;
        for (ReviewSource source : sources) {
            waiting += source.waiting();
            for (ActorCounts line : source.countsByActor(longSince, today)) {
                long[] sum = counts.computeIfAbsent(line.actorId(), id -> new long[3]);
                sum[0] += line.waiting();
                sum[1] += line.waitingLong();
                sum[2] += line.overdue();
            }
        }
        List<ActorLine> byActor = new ArrayList<>();
        counts.forEach((id, sum) -> catalog.actor(id).ifPresent(actor -> byActor.add(new ActorLine(actor, sum[0], sum[1], sum[2]))));
        byActor.sort(Comparator.comparing((ActorLine line) -> line.actor().isInstitution()).thenComparing(line -> -line.overdue())
                .thenComparing(line -> -line.waiting()).thenComparing(line -> line.actor().code()));

        List<String> kinds = sources.stream().map(ReviewSource::kind).toList();
        Optional<Actor> actor = asked.actor() == null ? Optional.empty() : catalog.actor(asked.actor());
        Filter filter = new Filter(kinds.contains(asked.kind()) ? asked.kind() : null, actor.map(Actor::code).orElse(null), asked.waitingLong());
        List<Submission> found = new ArrayList<>();
        for (ReviewSource source : sources) {
            if (filter.kind() != null && !filter.kind().equals(source.kind())) {
                continue;
            }
            Long actorId = actor.map(Actor::id).orElse(null);
            found.addAll(source.oldest(actorId, filter.waitingLong() ? longSince : null, SHOWN + 1));
        }
        found.sort(Comparator.comparing(Submission::submittedAt).thenComparing(Submission::id));
        List<Item> items = found.stream().limit(SHOWN).map(submission -> {
            LocalDate on = submission.submittedAt().atZoneSameInstant(clock.getZone()).toLocalDate();
            return new Item(submission, catalog.actor(submission.actorId()).orElse(null), on, ChronoUnit.DAYS.between(on, today),
                    submission.submittedAt().isBefore(longSince));
        }).toList();
        long overdue = byActor.stream().mapToLong(ActorLine::overdue).sum();
        return new Inbox(waiting, overdue, items, found.size() > SHOWN, filter, kinds, byActor, LONG_WAIT_DAYS);
    }
}
