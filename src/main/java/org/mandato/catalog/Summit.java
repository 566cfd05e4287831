package org.mandato.catalog;

import java.time.LocalDate;

import org.mandato.web.LocalizedText;

/**
 * A Summit of the Americas (numbered, or special); its dates are empty until it is held. {@code place}
 * is the place it is known by; {@code places} names it in each language that has a name of its own
 * for it (Puerto España, Port-d'Espagne).
 */
public record Summit(long id, String slug, Integer ordinal, String place, String countryCode,
                     LocalDate startDate, LocalDate endDate, String website,
                     LocalizedText name, LocalizedText motto, LocalizedText places) {

    /** A summit whose place has no name of its own in any language. */
    public Summit(long id, String slug, Integer ordinal, String place, String countryCode, LocalDate startDate,
                  LocalDate endDate, String website, LocalizedText name, LocalizedText motto) {
        this(id, slug, ordinal, place, countryCode, startDate, endDate, website, name, motto, LocalizedText.empty());
    }

    /** The place as a reader of {@code lang} calls it: its name in that language, else the place it is known by. */
    public String place(String lang) {
        return places.byLanguage().getOrDefault(lang, place);
    }

    public String path() {
        return "/summits/" + slug;
    }

    public boolean isHeld() {
        return startDate != null;
    }

    public Integer year() {
        return startDate == null ? null : startDate.getYear();
    }
}
