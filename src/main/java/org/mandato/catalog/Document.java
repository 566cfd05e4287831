package org.mandato.catalog;

import java.time.LocalDate;

import org.mandato.web.LocalizedText;

/**
 * A document a summit adopted. {@code citationLabel} is the short name citations use, the same in
 * every language ("Port of Spain 2009").
 */
public record Document(long id, long summitId, String summitSlug, String slug, String kind, LocalDate adoptedOn,
                       String officialUrl, String citationLabel, LocalizedText title) {

    public String path() {
        return "/summits/" + summitSlug + "/" + slug;
    }
}
