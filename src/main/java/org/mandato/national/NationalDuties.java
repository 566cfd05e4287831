package org.mandato.national;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.reporting.CountryDuties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A country's national report for the open cycle: the next one due, or the latest when every due date has passed. */
@Component
@Transactional(readOnly = true)
class NationalDuties implements CountryDuties {

    private final ReportingCycles cycles;
    private final NationalReportRepository repository;
    private final NationalReportWorkflow workflow;
    private final Catalog catalog;

    NationalDuties(ReportingCycles cycles, NationalReportRepository repository, NationalReportWorkflow workflow, Catalog catalog) {
        this.cycles = cycles;
        this.repository = repository;
        this.workflow = workflow;
        this.catalog = catalog;
    }

    @Override
    public Optional<Duty> current(long countryId, LocalDate today) {
        Optional<Actor> country = catalog.actor(countryId).filter(actor -> !actor.isInstitution());
        List<ReportingCycle> all = cycles.all();
        Optional<ReportingCycle> open = all.stream().filter(cycle -> !cycle.isPastDue(today)).min(Comparator.comparing(ReportingCycle::dueDate))
                .or(() -> all.stream().max(Comparator.comparing(ReportingCycle::dueDate)));
        if (country.isEmpty() || open.isEmpty()) {
            return Optional.empty();
        }
        ReportingCycle cycle = open.get();
        int mandates = workflow.mandatesOf(cycle).values().stream().mapToInt(List::size).sum();
        long daysLeft = ChronoUnit.DAYS.between(today, cycle.dueDate());
        Optional<Long> reportId = repository.idFor(cycle.id(), countryId);
        if (reportId.isEmpty()) {
            return Optional.of(new Duty(cycle.slug(), cycle.name(), country.get().code(), null, "none", null, cycle.dueDate(), daysLeft,
                    0, mandates, mandates));
        }
        NationalReport report = repository.find(reportId.get()).orElseThrow();
        Set<Long> answered = report.entries().stream().map(NationalReport.Entry::paragraphId).collect(Collectors.toSet());
        int missing = (int) workflow.mandatesOf(cycle).values().stream().flatMap(List::stream).map(Paragraph::id)
                .filter(id -> !answered.contains(id)).count();
        return Optional.of(new Duty(cycle.slug(), cycle.name(), country.get().code(), report.id(), report.status().code(),
                report.returnComment(), cycle.dueDate(), daysLeft, report.entries().size(), mandates, missing));
    }
}
