package org.mandato.catalog;

import org.mandato.web.LocalizedText;

/** A subject used to browse mandates and reports; sub-themes have a parent. */
public record Theme(long id, String slug, Long parentId, LocalizedText name) {

    public String path() {
        return "/themes/" + slug;
    }

    public boolean isTopLevel() {
        return parentId == null;
    }
}
