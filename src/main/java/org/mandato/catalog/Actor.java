package org.mandato.catalog;

import org.mandato.web.LocalizedText;

/**
 * Someone who reports: an institution of the Joint Summit Working Group, or a country.
 * {@code code} is the stable identifier in URLs (an acronym, or the lower-case ISO 3166 code).
 */
public record Actor(long id, String code, ActorKind kind, String website, Integer jswgFrom, Integer jswgUntil,
                    LocalizedText name, LocalizedText shortName) {

    public boolean isInstitution() {
        return kind == ActorKind.INSTITUTION;
    }

    public String path() {
        return (isInstitution() ? "/institutions/" : "/countries/") + code;
    }

    /** The acronym where there is one (OAS, OEA), else the name. */
    public String label(String lang) {
        String acronym = shortName.text(lang);
        return acronym.isBlank() ? name.text(lang) : acronym;
    }

    public boolean isJswgMemberIn(int year) {
        return jswgFrom != null && jswgFrom <= year && (jswgUntil == null || year <= jswgUntil);
    }
}
