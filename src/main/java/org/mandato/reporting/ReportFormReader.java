package org.mandato.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;

/** Turns an editor's form into report content, or into field errors that name what is wrong. */
@Component
class ReportFormReader {

    static final LocalDate EARLIEST = LocalDate.of(1994, 1, 1);

    private final Catalog catalog;
    private final CitationParser citations;
    private final Clock clock;

    ReportFormReader(Catalog catalog, CitationParser citations, Clock clock) {
        this.catalog = catalog;
        this.citations = citations;
        this.clock = clock;
    }

    ReportContent read(ReportForm form) {
        FormErrors errors = new FormErrors();
        LocalDate date = date(form.date(), errors);
        String language = form.originalLanguage();
        if (language == null || !ReportForm.LANGUAGES.contains(language)) {
            errors.add("originalLanguage", "report.error.language");
            language = "en";
        }
        if (form.body(language).isBlank()) {
            errors.add("body-" + language, "report.error.bodyRequired");
        }
        for (String lang : ReportForm.LANGUAGES) {
            if (form.body(lang).length() > ReportForm.MAX_BODY_LENGTH) {
                errors.add("body-" + lang, "report.error.bodyTooLong", ReportForm.MAX_BODY_LENGTH, form.body(lang).length());
            }
            if (form.title(lang).length() > ReportForm.MAX_TITLE_LENGTH) {
                errors.add("title-" + lang, "report.error.titleTooLong", ReportForm.MAX_TITLE_LENGTH);
            }
            if (!form.title(lang).isBlank() && form.body(lang).isBlank() && !lang.equals(language)) {
                errors.add("body-" + lang, "report.error.translationBody");
            }
        }
        for (String lang : form.titles().keySet()) {
            if (!ReportForm.LANGUAGES.contains(lang)) {
                errors.add("title-" + lang, "report.error.unknownLanguage", lang);
            }
        }
        for (String lang : form.bodies().keySet()) {
            if (!ReportForm.LANGUAGES.contains(lang)) {
                errors.add("body-" + lang, "report.error.unknownLanguage", lang);
            }
        }
        for (String lang : ReportForm.LANGUAGES) {
            ControlCharacters.check(errors, "title-" + lang, label("editor.title", lang), form.title(lang));
            ControlCharacters.check(errors, "body-" + lang, label("editor.body", lang), form.body(lang));
        }
        ControlCharacters.check(errors, "citations", new DefaultMessageSourceResolvable("editor.citations"), form.citations());
        Set<Long> themeIds = themes(form, errors);
        Set<Long> paragraphIds = new HashSet<>();
        try {
            citations.parse(form.citations()).forEach(p -> paragraphIds.add(p.id()));
        } catch (CitationParser.UnknownCitation unknown) {
            errors.add("citations", unknown.key(), unknown.args());
        }
        errors.throwIfAny();
        return new ReportContent(date, language, form.titles(), form.bodies(), themeIds, paragraphIds);
    }

    private LocalDate date(String text, FormErrors errors) {
        LocalDate today = LocalDate.now(clock);
        if (text == null || text.isBlank()) {
            errors.add("date", "report.error.dateRequired");
            return today;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (date.isAfter(today)) {
                errors.add("date", "report.error.dateFuture", text.strip());
            } else if (date.isBefore(EARLIEST)) {
                errors.add("date", "report.error.dateTooEarly", text.strip());
            }
            return date;
        } catch (DateTimeParseException e) {
            errors.add("date", "report.error.dateFormat", text.strip());
            return today;
        }
    }

    private Set<Long> themes(ReportForm form, FormErrors errors) {
        Set<Long> known = new HashSet<>(catalog.themes().stream().map(Theme::id).toList());
        Set<Long> chosen = new HashSet<>();
        for (String raw : form.themeIds()) {
            if (raw == null) {
                errors.add("themes", "report.error.unknownTheme", "null");
                continue;
            }
            try {
                long id = Long.parseLong(raw.strip());
                if (known.contains(id)) {
                    chosen.add(id);
                } else {
                    errors.add("themes", "report.error.unknownTheme", raw);
                }
            } catch (NumberFormatException e) {
                errors.add("themes", "report.error.unknownTheme", raw);
            }
        }
        if (chosen.isEmpty() && !errors.has("themes")) {
            errors.add("themes", "report.error.themeRequired");
        }
        return chosen;
    }

    /** The label of a field in one language, as the editor shows it ("Text in Spanish"). */
    private static DefaultMessageSourceResolvable label(String key, String lang) {
        return new DefaultMessageSourceResolvable(new String[] {key},
                new Object[] {new DefaultMessageSourceResolvable("language.name." + lang)});
    }

    /** The citations of stored content in the export form, to fill the editor's citation field. */
    String citationText(Set<Long> paragraphIds) {
        return String.join("; ", catalog.paragraphs(paragraphIds).stream().map(Paragraph::citation).toList());
    }

}
