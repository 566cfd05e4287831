package org.mandato.search;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.national.NationalReport;
import org.mandato.national.ReportingCycle;
import org.mandato.reporting.Report;

/** Turns paragraphs, published reports and published national report entries into index documents; nothing else writes documents. */
final class SearchDocuments {

    static final FacetsConfig FACETS = facetsConfig();

    private SearchDocuments() {
    }

    /** What a paragraph's document needs from the catalogue beyond the paragraph itself. */
    record ParagraphContext(org.mandato.catalog.Document document, Summit summit, List<Theme> themes) {}

    static Document paragraph(Paragraph paragraph, ParagraphContext context, GlossaryTerms glossary) {
        Document doc = new Document();
        common(doc, "paragraph", paragraph.id(), paragraph.path());
        LocalDate date = context.document().adoptedOn() != null ? context.document().adoptedOn() : context.summit().startDate();
        dated(doc, date);
        for (String lang : Analyzers.LANGUAGES) {
            text(doc, SearchFields.title(lang), paragraph.title().byLanguage().get(lang));
            text(doc, SearchFields.text(lang), paragraph.text().byLanguage().get(lang));
        }
        themes(doc, context.themes(), context.document().title(), context.summit().name());
        keyword(doc, SearchFields.SUMMIT, context.summit().slug());
        keyword(doc, SearchFields.DOCUMENT, context.document().citationLabel());
        doc.add(new StoredField(SearchFields.NUMBER, paragraph.number()));
        doc.add(new StringField(SearchFields.TITLED, paragraph.title().isEmpty() ? "no" : "yes", Field.Store.NO));
        return withFacets(doc, glossary);
    }

    static Document report(Report report, Map<Long, Summit> summitsById,
                           Function<Long, org.mandato.catalog.Document> documentsById, GlossaryTerms glossary) {
        Document doc = new Document();
        common(doc, "report", report.id(), report.path());
        dated(doc, report.date());
        for (String lang : Analyzers.LANGUAGES) {
            text(doc, SearchFields.title(lang), report.title().byLanguage().get(lang));
            text(doc, SearchFields.text(lang), report.body().byLanguage().get(lang));
        }
        doc.add(new StoredField(SearchFields.ORIGINAL_LANGUAGE, nullToEmpty(report.body().originalLanguage())));
        themes(doc, report.themes());
        Actor author = report.author();
        keyword(doc, author.isInstitution() ? SearchFields.INSTITUTION : SearchFields.COUNTRY, author.code());
        Set<String> summits = new LinkedHashSet<>();
        Set<String> documents = new LinkedHashSet<>();
        for (Paragraph cited : report.citations()) {
            var document = documentsById.apply(cited.documentId());
            documents.add(document.citationLabel());
            summits.add(summitsById.get(document.summitId()).slug());
        }
        summits.forEach(s -> keyword(doc, SearchFields.SUMMIT, s));
        documents.forEach(d -> keyword(doc, SearchFields.DOCUMENT, d));
        return withFacets(doc, glossary);
    }

    /** What a national report entry's document needs besides the entry: its report, country, cycle and mandate. */
    record NationalContext(NationalReport report, Actor country, ReportingCycle cycle, Paragraph paragraph,
                           org.mandato.catalog.Document document, Summit summit, List<Theme> themes) {}

    /**
     * One entry of a published national report: what a government says it aims at, does and lacks for
     * one mandate. Its texts carry no language, so it is indexed in the language its words show.
     */
    static Document nationalEntry(NationalReport.Entry entry, NationalContext context, GlossaryTerms glossary) {
        Document doc = new Document();
        common(doc, "national", entry.id(), context.report().entryPath(entry.id()));
        doc.add(new StringField(SearchFields.NATIONAL_REPORT, String.valueOf(context.report().id()), Field.Store.NO));
        dated(doc, context.report().publishedOn().orElse(null));
        String text = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(entry.goals(), entry.policies(), entry.limitations(), entry.nextSteps()),
                        entry.indicators().stream().map(NationalReport.Indicator::name))
                .filter(part -> part != null && !part.isBlank()).map(SearchDocuments::asSentence).collect(Collectors.joining("\n\n"));
        String lang = TextLanguage.of(text);
        text(doc, SearchFields.text(lang), text);
        doc.add(new StoredField(SearchFields.ORIGINAL_LANGUAGE, lang));
        for (String titleLang : Analyzers.LANGUAGES) {
            text(doc, SearchFields.title(titleLang), context.country().name().text(titleLang) + " · " + context.cycle().name().text(titleLang));
        }
        themes(doc, context.themes());
        keyword(doc, SearchFields.COUNTRY, context.country().code());
        keyword(doc, SearchFields.SUMMIT, context.summit().slug());
        keyword(doc, SearchFields.DOCUMENT, context.document().citationLabel());
        doc.add(new StoredField(SearchFields.NUMBER, context.paragraph().number()));
        return withFacets(doc, glossary);
    }

    private static Document withFacets(Document doc, GlossaryTerms glossary) {
        searchAids(doc, glossary);
        try {
            return FACETS.build(doc);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void common(Document doc, String kind, long id, String path) {
        doc.add(new StringField(SearchFields.KEY, kind + ":" + id, Field.Store.YES));
        keyword(doc, SearchFields.KIND, kind);
        doc.add(new StoredField(SearchFields.ID, id));
        doc.add(new StoredField(SearchFields.PATH, path));
    }

    private static void dated(Document doc, LocalDate date) {
        if (date == null) {
            return;
        }
        doc.add(new NumericDocValuesField(SearchFields.DATE, date.toEpochDay()));
        doc.add(new StoredField(SearchFields.DATE, date.toString()));
        keyword(doc, SearchFields.YEAR, String.valueOf(date.getYear()));
    }

    /**
     * The themes as filters, and their names as words, with the names of what a paragraph belongs to
     * ({@code context}: its document's title, its summit's name), so that "Lima Commitment" finds the
     * paragraphs of the Lima Commitment whatever their own titles say.
     */
    private static void themes(Document doc, Collection<Theme> themes, org.mandato.web.LocalizedText... context) {
        for (Theme theme : themes) {
            keyword(doc, SearchFields.THEME, theme.slug());
        }
        // A name goes to the field of its own language only: read by another language's analyzer it
        // would be noise, and every copy is one more clause to score for each query word.
        for (String lang : Analyzers.LANGUAGES) {
            String names = java.util.stream.Stream.concat(themes.stream().map(t -> nameIn(t, lang)),
                            java.util.Arrays.stream(context).map(text -> text.byLanguage().get(lang)))
                    .filter(n -> n != null && !n.isBlank())
                    .collect(Collectors.joining(" · "));
            if (!names.isBlank()) {
                doc.add(new TextField(SearchFields.themeNames(lang), names, Field.Store.NO));
            }
        }
    }

    /** A theme's name in one language, or null; a theme named in none of the four is found by its name in all. */
    private static String nameIn(Theme theme, String lang) {
        Map<String, String> names = theme.name().byLanguage();
        if (Analyzers.LANGUAGES.stream().noneMatch(l -> names.get(l) != null && !names.get(l).isBlank())) {
            return theme.name().text(lang);
        }
        return names.get(lang);
    }

    /**
     * Three more readings of every title and text: the acronyms as written, where a glossary acronym
     * typed is looked for (so that {@code UN} never meets the French {@code un}); the glossary
     * concepts it names, each with the language of the text naming it; and every word unstemmed,
     * where "did you mean" finds its proposals. None is stored; the words are indexed without
     * frequencies, for a spelling proposal needs only how many documents hold a word.
     */
    private static void searchAids(Document doc, GlossaryTerms glossary) {
        StringBuilder all = new StringBuilder();
        java.util.Set<String> concepts = new java.util.LinkedHashSet<>();
        for (var field : doc.getFields()) {
            String name = field.name();
            if ((name.startsWith("title_") || name.startsWith("text_")) && field.stringValue() != null) {
                all.append(field.stringValue()).append('\n');
                concepts.addAll(glossary.tag(name.substring(name.indexOf('_') + 1), field.stringValue()));
            }
        }
        if (!all.isEmpty()) {
            doc.add(new Field(SearchFields.ACRONYMS, all.toString(), ACRONYM));
            doc.add(new Field(SearchFields.SPELLING, all.toString(), SPELLING_WORDS));
        }
        if (!concepts.isEmpty()) {
            doc.add(new Field(SearchFields.CONCEPTS, String.join(" ", concepts), CONCEPT));
        }
    }

    private static final FieldType ACRONYM = indexedOnly(IndexOptions.DOCS_AND_FREQS, false);
    private static final FieldType SPELLING_WORDS = indexedOnly(IndexOptions.DOCS, true);
    /** Whether a text names a concept, not how often or in how long a text: a long report names many. */
    private static final FieldType CONCEPT = indexedOnly(IndexOptions.DOCS, true);

    private static FieldType indexedOnly(IndexOptions options, boolean omitNorms) {
        FieldType type = new FieldType();
        type.setTokenized(true);
        type.setIndexOptions(options);
        type.setOmitNorms(omitNorms);
        type.freeze();
        return type;
    }

    /**
     * Titles and texts keep their words' offsets in the postings, so that snippets are cut from the
     * index rather than by analysing each result's text again.
     */
    private static final FieldType TEXT = textWithOffsets();

    private static FieldType textWithOffsets() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static void text(Document doc, String field, String value) {
        if (value != null && !value.isBlank()) {
            doc.add(new Field(field, value, TEXT));
        }
    }

    /** A filter field (matched lower-case, whole) that is also a facet (shown as written). */
    private static void keyword(Document doc, String dimension, String value) {
        doc.add(new StringField(dimension, value.toLowerCase(Locale.ROOT), Field.Store.NO));
        doc.add(new StoredField(dimension, value));
        doc.add(new SortedSetDocValuesFacetField(dimension, value));
    }

    /** Snippets run line breaks together: a part without closing punctuation (an indicator's name) gets a full stop. */
    private static String asSentence(String part) {
        String text = part.strip();
        return text.matches("(?s).*[.!?;:…)]$") ? text : text + ".";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (String dimension : SearchFields.FACETS) {
            config.setMultiValued(dimension, true);
        }
        return config;
    }

}
