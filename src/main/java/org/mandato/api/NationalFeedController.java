package org.mandato.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.national.NationalReport;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycles;
import org.mandato.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Atom feeds of published national reports, newest first: all of them, and one country's. */
@RestController
class NationalFeedController {

    private final NationalReports reports;
    private final ReportingCycles cycles;
    private final Catalog catalog;

    NationalFeedController(NationalReports reports, ReportingCycles cycles, Catalog catalog) {
        this.reports = reports;
        this.cycles = cycles;
        this.catalog = catalog;
    }

    @GetMapping(value = "/feeds/national-reports.atom", produces = Atom.TYPE)
    ResponseEntity<String> all(HttpServletRequest request) {
        return feed(request, "All published national reports", reports.latestPublished(Atom.ENTRIES));
    }

    @GetMapping(value = "/feeds/countries/{code}/national-reports.atom", produces = Atom.TYPE)
    ResponseEntity<String> country(@PathVariable String code, HttpServletRequest request) {
        Actor country = catalog.country(code.toLowerCase(Locale.ROOT)).orElseThrow(() -> new NotFoundException("country " + code));
        return feed(request, "National reports of " + country.name().text("en"),
                reports.publishedBy(country.id()));
    }

    private ResponseEntity<String> feed(HttpServletRequest request, String title, List<NationalReport> published) {
        List<NationalReport> newest = published.stream().limit(Atom.ENTRIES).toList();
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
        OffsetDateTime updated = newest.stream().map(NationalReport::publishedAt).max(OffsetDateTime::compareTo).orElse(Atom.NEVER);
        Map<Long, Paragraph> paragraphs = catalog.paragraphs(newest.stream().flatMap(r -> r.entries().stream())
                .map(NationalReport.Entry::paragraphId).distinct().toList()).stream()
                .collect(Collectors.toMap(Paragraph::id, Function.identity()));
        String feed = Atom.feed(title, self, updated, xml -> {
            for (NationalReport report : newest) {
                entry(xml, base, report, paragraphs);
            }
        });
        return ResponseEntity.ok().lastModified(updated.toInstant()).body(feed);
    }

    private void entry(XMLStreamWriter xml, String base, NationalReport report, Map<Long, Paragraph> paragraphs)
            throws XMLStreamException {
        Actor country = catalog.actor(report.countryId()).orElseThrow();
        String cycle = cycles.cycle(report.cycleId()).map(c -> c.name().text("en")).orElse("");
        xml.writeStartElement("entry");
        Atom.element(xml, "title", "National report of " + country.name().text("en") + ", " + cycle);
        Atom.element(xml, "id", base + report.path());
        Atom.element(xml, "updated", Atom.timestamp(report.publishedAt()));
        Atom.link(xml, "alternate", base + report.path());
        Atom.author(xml, country.name().text("en"), base + country.path());
        String content = report.entries().stream()
                .map(entry -> paragraphs.get(entry.paragraphId()).citation() + " (" + entry.status().code().replace('_', ' ') + ")"
                        + (entry.goals() == null || entry.goals().isBlank() ? "" : ": " + entry.goals()))
                .collect(Collectors.joining("\n\n"));
        // The entries' texts carry no language of their own.
        Atom.textContent(xml, null, content);
        xml.writeEndElement();
    }
}
