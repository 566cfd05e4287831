package org.mandato.reporting;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.mandato.web.LocalizedText;

/**
 * Reports of one kind waiting for the Secretariat's review, for the desk's one inbox. Institutional
 * reports are one source; a module with reports of its own (national reports) adds another by
 * implementing this as a bean, so the desk lists every kind without depending on them.
 */
public interface ReviewSource {

    /** The kind, as the key of its name ({@code desk.kind.<kind>}) and the inbox's filter value. */
    String kind();

    /** How many wait, counted in the database. */
    long waiting();

    /**
     * The submissions waiting longest first, at most {@code limit}; only those of {@code actorId} when it
     * is not null, and only those submitted before {@code before} when it is not null.
     */
    List<Submission> oldest(Long actorId, OffsetDateTime before, int limit);

    /** Per actor: submissions waiting, those waiting since before {@code longSince}, and reports overdue on {@code today}. */
    List<ActorCounts> countsByActor(OffsetDateTime longSince, LocalDate today);

    /** One report waiting for review: whose, about what ({@code subject}: its title or cycle), since when, where to review it. */
    record Submission(String kind, long id, long actorId, LocalizedText subject, OffsetDateTime submittedAt, String href) {}

    /** An actor's reports of one kind: waiting for review, waiting long, and owed past their due date. */
    record ActorCounts(long actorId, long waiting, long waitingLong, long overdue) {}
}
