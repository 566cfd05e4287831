package org.mandato.api;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Theme;
import org.mandato.reporting.Report;
import org.mandato.reporting.ReportFilter;
import org.mandato.reporting.ReportPage;
import org.mandato.reporting.Reports;
import org.mandato.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Atom feeds (RFC 4287) of the latest published reports: all, per theme, per institution, per country. */
@RestController
class FeedController {

    static final String ATOM = Atom.TYPE;

    private final Reports reports;
    private final Catalog catalog;

    FeedController(Reports reports, Catalog catalog) {
        this.reports = reports;
        this.catalog = catalog;
    }

    @GetMapping(value = "/feeds/reports.atom", produces = ATOM)
    ResponseEntity<String> all(HttpServletRequest request) {
        return feed(request, "All published reports", ReportFilter.none());
    }

    @GetMapping(value = "/feeds/themes/{slug}.atom", produces = ATOM)
    ResponseEntity<String> theme(@PathVariable String slug, HttpServletRequest request) {
        Theme theme = catalog.theme(slug).orElseThrow(() -> new NotFoundException("theme " + slug));
        return feed(request, "Reports on " + theme.name().text("en"),
                new ReportFilter(catalog.themeAndDescendants(theme), null, null, null, null, null, null, null, null));
    }

    @GetMapping(value = "/feeds/institutions/{code}.atom", produces = ATOM)
    ResponseEntity<String> institution(@PathVariable String code, HttpServletRequest request) {
        Actor institution = catalog.institution(code).orElseThrow(() -> new NotFoundException("institution " + code));
        return feed(request, "Reports of " + institution.name().text("en"), byAuthor(institution));
    }

    @GetMapping(value = "/feeds/countries/{code}.atom", produces = ATOM)
    ResponseEntity<String> country(@PathVariable String code, HttpServletRequest request) {
        Actor country = catalog.country(code.toLowerCase(java.util.Locale.ROOT)).orElseThrow(() -> new NotFoundException("country " + code));
        return feed(request, "Reports of " + country.name().text("en"), byAuthor(country));
    }

    private static ReportFilter byAuthor(Actor actor) {
        return new ReportFilter(Set.of(), actor.id(), null, null, null, null, null, null, null);
    }

    private ResponseEntity<String> feed(HttpServletRequest request, String title, ReportFilter filter) {
        ReportPage page = reports.publishedPage(filter, 0, Atom.ENTRIES);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
        OffsetDateTime updated = page.lastModified() != null ? page.lastModified() : Atom.NEVER;
        String feed = Atom.feed(title, self, updated, xml -> {
            for (Report report : page.reports()) {
                entry(xml, base, report);
            }
        });
        return ResponseEntity.ok().lastModified(updated.toInstant()).body(feed);
    }

    /** An entry's title is the report's own, in the language it was written in; a report without one is named by author and date. */
    private static void entry(XMLStreamWriter xml, String base, Report report) throws XMLStreamException {
        xml.writeStartElement("entry");
        String original = report.body().originalLanguage() == null ? "en" : report.body().originalLanguage();
        var title = report.title().in(original);
        if (title.isBlank()) {
            Atom.element(xml, "title", "Report of " + report.author().label("en") + ", " + report.date());
        } else {
            Atom.textElement(xml, "title", title.lang(), title.text());
        }
        Atom.element(xml, "id", base + report.path());
        Atom.element(xml, "updated", Atom.timestamp(report.date().atStartOfDay().atOffset(ZoneOffset.UTC)));
        Atom.link(xml, "alternate", base + report.path());
        Atom.author(xml, report.author().name().text("en"), base + report.author().path());
        for (Theme theme : report.themes()) {
            Atom.category(xml, theme.slug(), theme.name().text("en"));
        }
        var body = report.body().in(original);
        Atom.textContent(xml, body.lang(), body.text());
        xml.writeEndElement();
    }
}
