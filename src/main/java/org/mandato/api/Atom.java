package org.mandato.api;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.mandato.web.ControlCharacters;

/** The frame every Atom feed (RFC 4287) of Mandato shares; each feed writes its own entries into it. */
final class Atom {

    static final String TYPE = "application/atom+xml;charset=UTF-8";
    static final int ENTRIES = 50;
    /** The {@code updated} of a feed with no entry yet: any fixed moment before the first report. */
    static final OffsetDateTime NEVER = OffsetDateTime.of(2010, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @FunctionalInterface
    interface Entries {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private Atom() {
    }

    static String feed(String title, String self, OffsetDateTime updated, Entries entries) {
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
            entries.write(xml);
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write the feed", e);
        }
        return out.toString();
    }

    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /** A text element in a known language ({@code lang} null: written without one). */
    static void textElement(XMLStreamWriter xml, String name, String lang, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        if (lang != null) {
            xml.writeAttribute("xml:lang", lang);
        }
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", xmlText(href));
    }

    static void category(XMLStreamWriter xml, String term, String label) throws XMLStreamException {
        xml.writeEmptyElement("category");
        xml.writeAttribute("term", xmlText(term));
        xml.writeAttribute("label", xmlText(label));
    }

    static void author(XMLStreamWriter xml, String name, String uri) throws XMLStreamException {
        xml.writeStartElement("author");
        element(xml, "name", name);
        element(xml, "uri", uri);
        xml.writeEndElement();
    }

    /** {@code lang} null: a text whose language is not known, written without one. */
    static void textContent(XMLStreamWriter xml, String lang, String text) throws XMLStreamException {
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        if (lang != null) {
            xml.writeAttribute("xml:lang", lang);
        }
        xml.writeCharacters(xmlText(text));
        xml.writeEndElement();
    }

    /**
     * Text as XML 1.0 can carry it. Input refuses control characters ({@link ControlCharacters}), but
     * text stored before that rule, or written straight into the database, may still hold some: the
     * feed leaves them out rather than become a document no reader can parse.
     */
    private static String xmlText(String text) {
        return text == null ? "" : ControlCharacters.removedFrom(text);
    }

    static String timestamp(OffsetDateTime time) {
        return time.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
