package org.mandato.search;

import org.mandato.glossary.Glossary;
import org.springframework.stereotype.Component;

/**
 * The glossary as search reads it ({@link GlossaryTerms}), built again only when the glossary
 * changes. The index records the concepts each text names, so a rebuild reads the glossary afresh
 * ({@link #fresh()}): a pack that loads a glossary logs a change the rebuild follows.
 */
@Component
class SearchGlossary {

    /** A reading of the glossary and its version (0 when there is none). */
    record Reading(long version, GlossaryTerms terms) {}

    private final Glossary glossary;
    private volatile Glossary.Version read;
    private volatile Reading reading = new Reading(0, GlossaryTerms.EMPTY);

    SearchGlossary(Glossary glossary) {
        this.glossary = glossary;
    }

    Reading current() {
        return of(glossary.version());
    }

    Reading fresh() {
        return of(glossary.reload());
    }

    private synchronized Reading of(Glossary.Version version) {
        if (version != read) {
            reading = new Reading(version.number(), new GlossaryTerms(version.concepts()));
            read = version;
        }
        return reading;
    }
}
