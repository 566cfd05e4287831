package org.mandato.api;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import javax.xml.stream.XMLOutputFactory;
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

    static final int ENTRIES = 50;
    static final String ATOM = "application/atom+xml;charset=UTF-8";

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
        ReportPage page = reports.publishedPage(filter, 0, ENTRIES);
        String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
        String self = ServletUriComponentsBuilder.fromRequest(request).build().toUriString();
        OffsetDateTime updated = page.lastModified() != null ? page.lastModified() : OffsetDateTime.of(2010, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "title", "Mandato: " + title);
            element(xml, "id", self);
            element(xml, "updated", timestamp(updated));
            link(xml, "self", self);
            element(xml, "generator", "Mandato");
            for (Report report : page.reports()) {
                entry(xml, base, report);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
        return ResponseEntity.ok().lastModified(updated.toInstant()).body(out.toString());
    }

    private static void entry(XMLStreamWriter xml, String base, Report report) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "title", "Report of " + report.author().label("en") + ", " + report.date());
        element(xml, "id", base + report.path());
        element(xml, "updated", timestamp(report.date().atStartOfDay().atOffset(ZoneOffset.UTC)));
        link(xml, "alternate", base + report.path());
        xml.writeStartElement("author");
        element(xml, "name", report.author().name().text("en"));
        element(xml, "uri", base + report.author().path());
        xml.writeEndElement();
        for (Theme theme : report.themes()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", theme.slug());
            xml.writeAttribute("label", theme.name().text("en"));
        }
        var body = report.body().in(report.body().originalLanguage() == null ? "en" : report.body().originalLanguage());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeAttribute("xml:lang", body.lang());
        xml.writeCharacters(body.text());
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }

    private static String timestamp(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
