package org.mandato.glossary;

import java.util.List;
import java.util.Map;

/**
 * One concept of the glossary: a stable slug ({@code migrant-workers}), its kind ({@link #TERM} or
 * {@link #ACRONYM}), and its terms by language, the preferred one first.
 */
public record GlossaryConcept(String slug, String kind, Map<String, List<String>> terms) {

    public static final String TERM = "term";
    public static final String ACRONYM = "acronym";

    public GlossaryConcept {
        terms = Map.copyOf(terms);
    }

    public boolean isAcronym() {
        return kind.equals(ACRONYM);
    }

    /** The terms of one language, preferred first; none when the language has no term for it. */
    public List<String> terms(String lang) {
        return terms.getOrDefault(lang, List.of());
    }

    /** The preferred term of a language, or null. */
    public String preferred(String lang) {
        List<String> inLanguage = terms(lang);
        return inLanguage.isEmpty() ? null : inLanguage.get(0);
    }

    /**
     * Whether a word is an acronym, to be matched only as written: capitals and digits, with two
     * capitals or a capital and a digit ({@code IOM}, {@code G20}), or such a word with a plural s
     * ({@code SDGs}); for
     * {@code UN} is also the French word {@code un}, and {@code WHO} an English one.
     */
    public static boolean isAcronym(String word) {
        return acronymOf(word) != null;
    }

    /** The acronym a word writes, without a plural s ({@code NGOs} is {@code NGO}); null when the word is not one. */
    public static String acronymOf(String word) {
        String singular = word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        int capitals = 0;
        int digits = 0;
        for (int i = 0; i < singular.length(); i++) {
            char c = singular.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (Character.isDigit(c)) {
                digits++;
            } else {
                return null;
            }
        }
        return capitals >= 2 || (capitals == 1 && digits > 0) ? singular : null;
    }
}
