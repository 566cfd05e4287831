package org.mandato.exchange;

import java.util.List;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Theme;
import org.mandato.web.FormErrors;

/** The model of the Secretariat's legacy import page: the choices, what was chosen, and the last result if any. */
public record LegacyImportPage(List<Theme> themes, List<Actor> institutions, String theme, String institution,
                               LegacyImportResult result) {

    public FormErrors errors() {
        return result == null ? new FormErrors() : result.errors();
    }

    public long maxMegabytes() {
        return LegacyImporter.maxMegabytes();
    }

    /** True after a real import that wrote what it found. */
    public boolean imported() {
        return result != null && !result.dryRun() && result.ok();
    }
}
