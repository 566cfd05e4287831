package org.mandato.exchange;

import org.springframework.core.io.InputStreamSource;

/**
 * A legacy page to import: the file's name (recorded on every report it brings), its size (checked
 * before anything is read), its content, and the operator's choices of theme (a slug or a name) and
 * institution (a code or an acronym), either of which may be blank when the page names its own.
 */
public record LegacyImportRequest(String fileName, long size, InputStreamSource content, String theme, String institution) {

    public LegacyImportRequest {
        theme = theme == null ? "" : theme.strip();
        institution = institution == null ? "" : institution.strip();
    }

    /** The file's own name, without the folders a browser or a shell may put before it, as recorded on reports. */
    public String sourceName() {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.length() > 500 ? name.substring(0, 500) : name;
    }
}
