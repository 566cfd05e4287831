package org.mandato.search;

import java.util.Locale;

import org.apache.lucene.analysis.CharArraySet;

/**
 * Which of the four languages a text is written in, for texts that do not say so (a national
 * report's entries): the language whose stop words the text uses most. Those few hundred words make
 * up a third of any running text, so a sentence or two is enough, and the index needs nothing else.
 */
final class TextLanguage {

    private TextLanguage() {
    }

    /** The language of {@code text}; English when no word tells (an empty text, a list of numbers). */
    static String of(String text) {
        String best = "en";
        int bestCount = 0;
        String[] words = text == null ? new String[0] : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        for (String lang : Analyzers.LANGUAGES) {
            CharArraySet stopWords = Analyzers.stopWords(lang);
            int count = 0;
            for (String word : words) {
                if (!word.isEmpty() && stopWords.contains(word)) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = lang;
                bestCount = count;
            }
        }
        return best;
    }
}
