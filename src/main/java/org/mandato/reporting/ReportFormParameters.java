package org.mandato.reporting;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Reads the editor's fields from request parameters (or from a form kept across a lost session). */
final class ReportFormParameters {

    private ReportFormParameters() {
    }

    static ReportForm read(Function<String, String> one, Function<String, String[]> many) {
        Map<String, String> titles = new LinkedHashMap<>();
        Map<String, String> bodies = new LinkedHashMap<>();
        for (String lang : ReportForm.LANGUAGES) {
            titles.put(lang, orEmpty(one.apply("title-" + lang)));
            bodies.put(lang, orEmpty(one.apply("body-" + lang)));
        }
        String[] themes = many.apply("themes");
        List<String> themeIds = themes == null ? List.of() : Arrays.stream(themes).filter(t -> !t.isBlank()).toList();
        Integer version = null;
        String rawVersion = one.apply("version");
        if (rawVersion != null && !rawVersion.isBlank()) {
            try {
                version = Integer.valueOf(rawVersion.strip());
            } catch (NumberFormatException e) {
                version = -1;
            }
        }
        return new ReportForm(orEmpty(one.apply("date")), orEmpty(one.apply("originalLanguage")), titles, bodies,
                themeIds, orEmpty(one.apply("citations")), one.apply("author"), version);
    }

    /** Adds the paragraph picked by document and number to the typed citations. */
    static ReportForm withPicked(ReportForm form, String citationLabel, String number) {
        if (citationLabel == null || citationLabel.isBlank() || number == null || number.isBlank()) {
            return form;
        }
        return withCitation(form, org.mandato.catalog.ParagraphNumbers.citation(citationLabel.strip(), number.strip()));
    }

    /** Adds one citation, in the export form, to the typed citations. */
    static ReportForm withCitation(ReportForm form, String citation) {
        if (citation == null || citation.isBlank()) {
            return form;
        }
        String picked = citation.strip();
        String citations = form.citations().isBlank() ? picked : form.citations().strip() + "; " + picked;
        return new ReportForm(form.date(), form.originalLanguage(), form.titles(), form.bodies(), form.themeIds(), citations,
                form.author(), form.version());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
