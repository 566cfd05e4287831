package org.mandato.search;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How typed words are read (docs/CONFIGURATION.md): {@code rankedRecall}, several words without
 * operators find the documents holding most of them, best first, rather than only those holding
 * all; {@code glossary}, a query that names a concept of the glossary also looks for its terms in
 * the other languages; {@code spelling}, a word found nowhere in the index is also read as the
 * index's nearest word. All three on by default; all three off is the search of before issue 18
 * (the "before" of bench/search-quality.sh).
 */
record QueryPolicy(boolean rankedRecall, boolean glossary, boolean spelling) {

    static final QueryPolicy FULL = new QueryPolicy(true, true, true);
    static final QueryPolicy STRICT = new QueryPolicy(false, false, false);

    /** The policy the settings choose. */
    @Component
    static class Settings {
        private final QueryPolicy policy;

        Settings(@Value("${mandato.search.ranked-recall:true}") boolean rankedRecall,
                 @Value("${mandato.search.glossary:true}") boolean glossary,
                 @Value("${mandato.search.spelling:true}") boolean spelling) {
            this.policy = new QueryPolicy(rankedRecall, glossary, spelling);
        }

        QueryPolicy policy() {
            return policy;
        }
    }
}
