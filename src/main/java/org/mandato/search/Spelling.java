package org.mandato.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * "Did you mean": for a word that no title or text holds in any language, the nearest word the
 * index does hold (at most two edits away, Lucene's {@link DirectSpellChecker} over the unstemmed
 * words of {@link SearchFields#SPELLING}), the most frequent of the nearest. A word that differs
 * only by its accents is not a misspelling: accents never matter to search.
 */
final class Spelling {

    /** Shorter words have too many neighbours two edits away for a guess to be worth showing. */
    static final int SHORTEST_WORD = 4;

    private Spelling() {
    }

    /** Whether any language's reading of the word is in its titles or texts (or it is an acronym written so). */
    static boolean known(IndexReader reader, String word) {
        try {
            for (String lang : Analyzers.LANGUAGES) {
                var tokens = GlossaryTerms.tokens(lang, word);
                if (tokens.isEmpty()) {
                    // A stop word of this language: nothing to look for, nothing misspelt.
                    return true;
                }
                for (String field : java.util.List.of(SearchFields.text(lang), SearchFields.title(lang))) {
                    boolean all = true;
                    for (String token : tokens) {
                        if (reader.docFreq(new Term(field, token)) == 0) {
                            all = false;
                            break;
                        }
                    }
                    if (all) {
                        return true;
                    }
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's nearest word for one that none of its texts hold; empty when there is none or the word is held. */
    static Optional<String> correction(IndexReader reader, String word) {
        if (!worthCorrecting(word) || known(reader, word)) {
            return Optional.empty();
        }
        String lower = word.toLowerCase(Locale.ROOT);
        DirectSpellChecker checker = new DirectSpellChecker();
        try {
            SuggestWord[] suggestions = checker.suggestSimilar(new Term(SearchFields.SPELLING, lower), 5, reader,
                    SuggestMode.SUGGEST_MORE_POPULAR);
            for (SuggestWord suggestion : suggestions) {
                if (!folded(suggestion.string).equals(folded(lower))) {
                    return Optional.of(suggestion.string);
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean worthCorrecting(String word) {
        return word.length() >= SHORTEST_WORD && word.chars().allMatch(Character::isLetter);
    }

    static String folded(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
