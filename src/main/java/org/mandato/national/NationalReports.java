package org.mandato.national;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules may read of national reports: published ones only. The date of a national
 * report is the day it was published.
 */
@Service
@Transactional(readOnly = true)
public class NationalReports {

    private final NationalReportRepository repository;
    private final ReportingCycles cycles;

    NationalReports(NationalReportRepository repository, ReportingCycles cycles) {
        this.repository = repository;
        this.cycles = cycles;
    }

    /** A published national report in brief, for lists on other pages. */
    public record Summary(long id, String path, ReportingCycle cycle, LocalDate publishedOn, int entries) {}

    /** The published national reports of one country, newest first. */
    public List<Summary> publishedOf(long countryId) {
        Map<Long, ReportingCycle> cyclesById = new java.util.HashMap<>();
        cycles.all().forEach(c -> cyclesById.put(c.id(), c));
        return repository.findPublished(countryId).stream()
                .map(r -> new Summary(r.id(), r.path(), cyclesById.get(r.cycleId()), r.publishedOn().orElseThrow(), r.entries().size()))
                .toList();
    }

    /** One published report, or empty when there is none with this id or it is not published. */
    public java.util.Optional<NationalReport> published(long id) {
        return repository.find(id).filter(r -> r.status() == org.mandato.reporting.ReportStatus.PUBLISHED);
    }

    /** The published entries of a cycle ({@code cycleId} null: of every cycle), by country then paragraph. */
    public List<SelfReported> selfReported(Long cycleId) {
        return repository.publishedEntries(cycleId);
    }

    /** A published entry about one mandate, for the mandate's page: leads to its place in the report. */
    public record EntryAbout(long reportId, long entryId, long cycleId, long countryId, EntryStatus status, LocalDate publishedOn) {

        public String path() {
            return NationalReport.entryPath(reportId, entryId);
        }
    }

    /** The published entries about a mandate, newest report first. */
    public List<EntryAbout> publishedAbout(long paragraphId) {
        return repository.publishedAbout(paragraphId);
    }

    /** Paragraphs that national reports published between {@code from} and {@code to} (either may be null) speak of. */
    public Set<Long> reportedParagraphIds(LocalDate from, LocalDate to) {
        return repository.publishedParagraphIds(from, to);
    }

    /** The day each country last published a national report; countries that never did are absent. */
    public Map<Long, LocalDate> lastPublishedByCountry() {
        return repository.lastPublishedByCountry();
    }

    /**
     * The countries that have handed in their report for the cycle (submitted it, whatever became of
     * it since): those no reminder is sent to.
     */
    public Set<Long> handedIn(long cycleId) {
        return repository.standings(null).stream()
                .filter(s -> s.cycleId() == cycleId && s.status() != org.mandato.reporting.ReportStatus.DRAFT)
                .map(NationalReportRepository.Standing::countryId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** One country's published national reports, newest first. */
    public List<NationalReport> publishedBy(long countryId) {
        return repository.findPublished(countryId);
    }

    /** The newest published national reports, at most {@code limit}, newest first. */
    public List<NationalReport> latestPublished(int limit) {
        return repository.findLatestPublished(limit);
    }

    /** Published national reports, newest first. */
    public List<NationalReport> published() {
        return repository.findPublished(null);
    }
}
