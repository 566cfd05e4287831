package org.mandato.search;

import java.util.List;

/** The names of the index's fields, in one place. */
final class SearchFields {

    static final String KEY = "key";
    static final String KIND = "kind";
    static final String ID = "id";
    static final String PATH = "path";
    static final String DATE = "date";
    static final String YEAR = "year";
    static final String THEME = "theme";
    static final String INSTITUTION = "institution";
    static final String COUNTRY = "country";
    static final String SUMMIT = "summit";
    static final String DOCUMENT = "document";
    static final String NUMBER = "number";
    static final String ORIGINAL_LANGUAGE = "original_lang";
    static final String TITLED = "titled";
    /** The national report an entry belongs to: its entries are replaced together when it is published or withdrawn. */
    static final String NATIONAL_REPORT = "national_report";

    /** The acronyms of every title and text, case kept: where a glossary acronym is looked for. */
    static final String ACRONYMS = "acronyms";
    /**
     * The glossary concepts each title and text names, as "migrant-workers@fr" (the concept, and the
     * language of the text naming it): a query naming a concept finds them all in one term a language.
     */
    static final String CONCEPTS = "concepts";
    /** Every word of every title and text, unstemmed: the words "did you mean" proposes. */
    static final String SPELLING = "spelling";

    /** Facet dimensions, in the order the page shows them. */
    static final List<String> FACETS = List.of(KIND, THEME, INSTITUTION, COUNTRY, SUMMIT, DOCUMENT, YEAR);

    private SearchFields() {
    }

    static String title(String lang) {
        return "title_" + lang;
    }

    static String text(String lang) {
        return "text_" + lang;
    }

    /**
     * The names of the themes of a paragraph or report, in one language, and a paragraph's document
     * title and summit name: found by words too, at half a text's weight.
     */
    static String themeNames(String lang) {
        return "themes_" + lang;
    }

    static List<String> textFields(String lang) {
        return List.of(title(lang), text(lang), themeNames(lang));
    }
}
