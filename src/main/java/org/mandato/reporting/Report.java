package org.mandato.reporting;

import java.time.LocalDate;
import java.util.List;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.LocalizedText;

/**
 * A report as pages show it: who filed it, its date, its text in each language it exists in
 * (marked with the original language), its themes, and the paragraphs it cites.
 */
public record Report(long id, Actor author, LocalDate date, ReportStatus status, LocalizedText title,
                     LocalizedText body, List<Theme> themes, List<Paragraph> citations) {

    public String path() {
        return "/reports/" + id;
    }

    /** Citations grouped by the document they cite, in catalogue order. */
    public List<CitationGroup> citationGroups() {
        return CitationGroup.of(citations);
    }
}
