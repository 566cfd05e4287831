package org.mandato.national;

import java.util.HashMap;
import java.util.Map;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.national.NationalPages.ReportPage;
import org.mandato.national.NationalReport.Entry;
import org.springframework.stereotype.Component;

/** A national report as its public page shows it, for that page and for the Secretariat's review of it before publishing. */
@Component
class NationalReportPages {

    private final Catalog catalog;
    private final ReportingCycles cycles;
    private final PopulationGroups groups;

    NationalReportPages(Catalog catalog, ReportingCycles cycles, PopulationGroups groups) {
        this.catalog = catalog;
        this.cycles = cycles;
        this.groups = groups;
    }

    ReportPage page(NationalReport report) {
        Map<Long, Paragraph> paragraphs = new HashMap<>();
        catalog.paragraphs(report.entries().stream().map(Entry::paragraphId).toList()).forEach(p -> paragraphs.put(p.id(), p));
        Map<Long, Document> documents = new HashMap<>();
        catalog.documents().forEach(d -> documents.put(d.id(), d));
        Map<Long, PopulationGroup> groupsById = new HashMap<>();
        groups.all().forEach(g -> groupsById.put(g.id(), g));
        return new ReportPage(report, cycles.cycle(report.cycleId()).orElseThrow(), catalog.actor(report.countryId()).orElseThrow(),
                paragraphs, documents, groupsById);
    }
}
