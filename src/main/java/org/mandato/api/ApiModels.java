package org.mandato.api;

import java.util.List;
import java.util.Map;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.reporting.Report;
import org.mandato.web.LocalizedText;

/** What the API answers: plain records with texts by language, URLs of the matching pages. */
final class ApiModels {

    private ApiModels() {
    }

    /** {@code places}: the place's name in each language that names it (Puerto España); {@code place} is the one it is known by. */
    record SummitJson(String slug, Integer ordinal, Map<String, String> name, Map<String, String> motto, String place,
                      Map<String, String> places, String country, String startDate, String endDate, String url) {
        static SummitJson of(Summit s) {
            return new SummitJson(s.slug(), s.ordinal(), texts(s.name()), texts(s.motto()), s.place(), texts(s.places()),
                    s.countryCode(), string(s.startDate()), string(s.endDate()), s.path());
        }
    }

    record DocumentJson(String summit, String slug, String kind, Map<String, String> title, String adoptedOn,
                        String officialUrl, String citationLabel, String url) {
        static DocumentJson of(Document d) {
            return new DocumentJson(d.summitSlug(), d.slug(), d.kind(), texts(d.title()), string(d.adoptedOn()),
                    d.officialUrl(), d.citationLabel(), d.path());
        }
    }

    record ParagraphJson(long id, String document, String number, String citation, Map<String, String> title,
                         Map<String, String> text, List<String> themes, String url) {
        static ParagraphJson of(Paragraph p, List<String> themes) {
            return new ParagraphJson(p.id(), p.citationLabel(), p.number(), p.citation(), texts(p.title()), texts(p.text()),
                    themes, p.path());
        }
    }

    record ThemeJson(String slug, String parent, Map<String, String> name, String url) {
        static ThemeJson of(Theme t, String parentSlug) {
            return new ThemeJson(t.slug(), parentSlug, texts(t.name()), t.path());
        }
    }

    record ActorJson(String code, String kind, Map<String, String> name, Map<String, String> acronym, String website,
                     Integer jswgFrom, Integer jswgUntil, String url) {
        static ActorJson of(Actor a) {
            return new ActorJson(a.code(), a.kind().code(), texts(a.name()), texts(a.shortName()), a.website(), a.jswgFrom(),
                    a.jswgUntil(), a.path());
        }
    }

    record ReportJson(long id, String status, String author, String authorKind, String date, String originalLanguage,
                      Map<String, String> title, Map<String, String> body, List<String> themes, List<String> citations,
                      String url) {
        static ReportJson of(Report r) {
            return new ReportJson(r.id(), r.status().code(), r.author().code(), r.author().kind().code(), r.date().toString(),
                    r.body().originalLanguage(), texts(r.title()), texts(r.body()), r.themes().stream().map(Theme::slug).toList(),
                    r.citations().stream().map(Paragraph::citation).toList(), r.path());
        }
    }

    private static Map<String, String> texts(LocalizedText text) {
        return new java.util.TreeMap<>(text.byLanguage());
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
