package org.mandato.catalog;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mandato.web.Language;
import org.mandato.web.LocalizedText;
import org.springframework.util.MultiValueMap;

/**
 * What the Secretariat's catalogue forms say, exactly as typed: every value is text, so that a
 * rejected form shows again what was sent. {@link CatalogEditing} turns them into rows or errors.
 * Each field's HTML id and parameter name are the same ("slug", "name-en"), and so is the field
 * a {@link org.mandato.web.FormErrors} problem names.
 */
public final class CatalogForms {

    /** The languages catalogue texts are written in; every form offers a field for each. */
    public static final List<String> LANGUAGES = Arrays.stream(Language.values()).map(Language::code).toList();

    /** The kinds of document a summit adopts (see the pack format). */
    public static final List<String> DOCUMENT_KINDS =
            List.of("declaration", "plan-of-action", "mandates-for-action", "commitment", "political-commitment");

    private CatalogForms() {
    }

    public record SummitForm(String slug, String ordinal, String place, String country, String startDate,
                             String endDate, String website, Map<String, String> name, Map<String, String> motto,
                             Map<String, String> places) {

        static SummitForm empty() {
            return new SummitForm("", "", "", "", "", "", "", texts(null), texts(null), texts(null));
        }

        static SummitForm of(Summit summit) {
            return new SummitForm(summit.slug(), asText(summit.ordinal()), summit.place(), asText(summit.countryCode()),
                    asText(summit.startDate()), asText(summit.endDate()), asText(summit.website()),
                    texts(summit.name()), texts(summit.motto()), texts(summit.places()));
        }

        static SummitForm from(FormInput in) {
            return new SummitForm(in.text("slug"), in.text("ordinal"), in.text("place"), in.text("country"),
                    in.text("startDate"), in.text("endDate"), in.text("website"), in.texts("name"), in.texts("motto"),
                    in.texts("places"));
        }
    }

    public record DocumentForm(String slug, String kind, String adoptedOn, String officialUrl, String citationLabel,
                               Map<String, String> title) {

        static DocumentForm empty() {
            return new DocumentForm("", "", "", "", "", texts(null));
        }

        static DocumentForm of(Document document) {
            return new DocumentForm(document.slug(), document.kind(), asText(document.adoptedOn()),
                    asText(document.officialUrl()), document.citationLabel(), texts(document.title()));
        }

        static DocumentForm from(FormInput in) {
            return new DocumentForm(in.text("slug"), in.text("kind"), in.text("adoptedOn"), in.text("officialUrl"),
                    in.text("citationLabel"), in.texts("title"));
        }
    }

    /** {@code section} and each of {@code themes} are ids as sent by the form's select and checkboxes. */
    public record ParagraphForm(String number, String section, String parentNumber, List<String> themes,
                                Map<String, String> title, Map<String, String> text) {

        public boolean hasTheme(long themeId) {
            return themes.contains(String.valueOf(themeId));
        }

        public boolean inSection(long sectionId) {
            return section.equals(String.valueOf(sectionId));
        }

        static ParagraphForm empty() {
            return new ParagraphForm("", "", "", List.of(), texts(null), texts(null));
        }

        static ParagraphForm of(Paragraph paragraph, String parentNumber, List<Theme> themes) {
            return new ParagraphForm(paragraph.number(), asText(paragraph.sectionId()), asText(parentNumber),
                    themes.stream().map(t -> String.valueOf(t.id())).toList(),
                    texts(paragraph.title()), texts(paragraph.text()));
        }

        static ParagraphForm from(FormInput in) {
            return new ParagraphForm(in.text("number"), in.text("section"), in.text("parentNumber"), in.all("themes"),
                    in.texts("title"), in.texts("text"));
        }
    }

    /** {@code parent} is the id of the parent theme as sent by the form's select; empty for a top theme. */
    public record ThemeForm(String slug, String parent, Map<String, String> name) {

        public boolean hasParent(long themeId) {
            return parent.equals(String.valueOf(themeId));
        }

        static ThemeForm empty() {
            return new ThemeForm("", "", texts(null));
        }

        static ThemeForm of(Theme theme) {
            return new ThemeForm(theme.slug(), asText(theme.parentId()), texts(theme.name()));
        }

        static ThemeForm from(FormInput in) {
            return new ThemeForm(in.text("slug"), in.text("parent"), in.texts("name"));
        }
    }

    public record InstitutionForm(String code, String website, String jswgFrom, String jswgUntil,
                                  Map<String, String> acronym, Map<String, String> name) {

        static InstitutionForm empty() {
            return new InstitutionForm("", "", "", "", texts(null), texts(null));
        }

        static InstitutionForm of(Actor institution) {
            return new InstitutionForm(institution.code(), asText(institution.website()), asText(institution.jswgFrom()),
                    asText(institution.jswgUntil()), texts(institution.shortName()), texts(institution.name()));
        }

        static InstitutionForm from(FormInput in) {
            return new InstitutionForm(in.text("code"), in.text("website"), in.text("jswgFrom"), in.text("jswgUntil"),
                    in.texts("acronym"), in.texts("name"));
        }
    }

    /** The parameters of a posted form; a missing one reads as empty text, every value without surrounding blanks. */
    record FormInput(MultiValueMap<String, String> parameters) {

        String text(String name) {
            String value = parameters.getFirst(name);
            return value == null ? "" : value.strip();
        }

        List<String> all(String name) {
            List<String> values = parameters.get(name);
            return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        }

        /** The fields "{field}-en", "{field}-es"...: language → text. */
        Map<String, String> texts(String field) {
            return byLanguage(lang -> text(field + "-" + lang));
        }
    }

    private static Map<String, String> texts(LocalizedText text) {
        return byLanguage(lang -> text == null ? "" : text.byLanguage().getOrDefault(lang, ""));
    }

    private static Map<String, String> byLanguage(Function<String, String> textIn) {
        Map<String, String> texts = new LinkedHashMap<>();
        LANGUAGES.forEach(lang -> texts.put(lang, textIn.apply(lang)));
        return texts;
    }

    private static String asText(Object value) {
        return value == null ? "" : value.toString();
    }
}
