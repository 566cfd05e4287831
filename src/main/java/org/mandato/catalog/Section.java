package org.mandato.catalog;

import org.mandato.web.LocalizedText;

/** A named part of a document ("Migration" in the VII Summit mandates). */
public record Section(long id, long documentId, String code, LocalizedText name) {
}
