package org.mandato.national;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportStatus;
import org.mandato.reporting.ReviewSource;
import org.mandato.web.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * National reports waiting for the Secretariat's review, for the desk's inbox; a country's report not
 * handed in by its cycle's due date counts as overdue, as on the due-date view.
 */
@Component
@Transactional(readOnly = true)
class NationalReviews implements ReviewSource {

    private final JdbcClient jdbc;
    private final NationalReportRepository repository;
    private final ReportingCycles cycles;
    private final Catalog catalog;

    NationalReviews(JdbcClient jdbc, NationalReportRepository repository, ReportingCycles cycles, Catalog catalog) {
        this.jdbc = jdbc;
        this.repository = repository;
        this.cycles = cycles;
        this.catalog = catalog;
    }

    @Override
    public String kind() {
        return "national";
    }

    @Override
    public long waiting() {
        return jdbc.sql("select count(*) from national_report where status = 'submitted'").query(Long.class).single();
    }

    @Override
    public List<Submission> oldest(Long actorId, OffsetDateTime before, int limit) {
        Map<Long, LocalizedText> cycleNames = new HashMap<>();
        cycles.all().forEach(cycle -> cycleNames.put(cycle.id(), cycle.name()));
        return jdbc.sql("select id, country_id, cycle_id, submitted_at from national_report where status = 'submitted'"
                        + (actorId == null ? "" : " and country_id = :country")
                        + (before == null ? "" : " and submitted_at < :before")
                        + " order by submitted_at, id limit :limit")
                .param("country", actorId == null ? -1L : actorId).param("before", before == null ? java.time.OffsetDateTime.parse("2000-01-01T00:00Z") : before)
                .param("limit", limit)
                .query((rs, n) -> new Submission(kind(), rs.getLong("id"), rs.getLong("country_id"),
                        cycleNames.getOrDefault(rs.getLong("cycle_id"), LocalizedText.empty()),
                        rs.getObject("submitted_at", OffsetDateTime.class), "/my/national/" + rs.getLong("id") + "/review"))
                .list();
    }

    @Override
    public List<ActorCounts> countsByActor(OffsetDateTime longSince, LocalDate today) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<String, NationalReportRepository.Standing> standings = new HashMap<>();
        for (NationalReportRepository.Standing standing : repository.standings(null)) {
            standings.put(standing.cycleId() + "/" + standing.countryId(), standing);
            if (standing.status() == ReportStatus.SUBMITTED) {
                long[] sum = counts.computeIfAbsent(standing.countryId(), id -> new long[3]);
                sum[0]++;
                if (standing.submittedAt() != null && standing.submittedAt().isBefore(longSince)) {
                    sum[1]++;
                }
            }
        }
        for (ReportingCycle cycle : cycles.all()) {
            if (!cycle.isPastDue(today)) {
                continue;
            }
            for (Actor country : catalog.countries()) {
                Optional<NationalReportRepository.Standing> standing = Optional.ofNullable(standings.get(cycle.id() + "/" + country.id()));
                if (standing.isEmpty() || standing.get().status() == ReportStatus.DRAFT) {
                    counts.computeIfAbsent(country.id(), id -> new long[3])[2]++;
                }
            }
        }
        return counts.entrySet().stream().map(e -> new ActorCounts(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2])).toList();
    }
}
