package org.mandato.catalog;

import java.time.LocalDate;

import org.mandato.web.LocalizedText;

/** A Summit of the Americas (numbered, or special); its dates are empty until it is held. */
public record Summit(long id, String slug, Integer ordinal, String place, String countryCode,
                     LocalDate startDate, LocalDate endDate, String website,
                     LocalizedText name, LocalizedText motto) {

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
