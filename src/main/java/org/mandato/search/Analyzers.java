package org.mandato.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.mandato.glossary.GlossaryConcept;

/**
 * One analyzer per language (stop words, accent folding, light stemming), chosen by field name:
 * {@code title_es} and {@code text_es} are Spanish, and so on. Keyword fields are lower-cased whole.
 * Accents are folded after stop words are removed and before stemming, so that "migracion" and
 * "migración" meet.
 */
final class Analyzers {

    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");

    private Analyzers() {
    }

    static Analyzer forLanguage(String lang) {
        try {
            CustomAnalyzer.Builder builder = CustomAnalyzer.builder(new StopWords()).withTokenizer("standard");
            if (lang.equals("fr")) {
                builder.addTokenFilter("elision");
            }
            builder.addTokenFilter("lowercase");
            builder.addTokenFilter("stop", new HashMap<>(Map.of("words", "mandato-stop-" + lang + ".txt", "ignoreCase", "true")));
            builder.addTokenFilter("asciiFolding");
            switch (lang) {
                case "en" -> builder.addTokenFilter("englishPossessive").addTokenFilter("porterStem");
                case "es" -> builder.addTokenFilter("spanishLightStem");
                case "pt" -> builder.addTokenFilter("portugueseLightStem");
                case "fr" -> builder.addTokenFilter("frenchLightStem");
                default -> throw new IllegalArgumentException("no analyzer for language " + lang);
            }
            return builder.build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Analyzer keyword() {
        try {
            return CustomAnalyzer.builder().withTokenizer("keyword").addTokenFilter("lowercase").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The index's analyzer: per-language text fields, keyword filter fields, the acronyms, the spelling words and the concepts named. */
    static Analyzer perField() {
        Map<String, Analyzer> byField = new HashMap<>();
        for (String lang : LANGUAGES) {
            Analyzer analyzer = forLanguage(lang);
            for (String field : SearchFields.textFields(lang)) {
                byField.put(field, analyzer);
            }
        }
        byField.put(SearchFields.ACRONYMS, acronyms());
        byField.put(SearchFields.SPELLING, spelling());
        byField.put(SearchFields.CONCEPTS, new org.apache.lucene.analysis.core.WhitespaceAnalyzer());
        return new PerFieldAnalyzerWrapper(keyword(), byField);
    }

    /**
     * The acronyms of a text, as written ({@code OIM}, {@code G20}; {@code NGOs} as {@code NGO}) and
     * nothing else: a glossary acronym is looked for here, so that {@code UN} never meets the French
     * article and {@code WHO} never the English pronoun.
     */
    static Analyzer acronyms() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                return new TokenStreamComponents(tokenizer, new AcronymFilter(tokenizer));
            }
        };
    }

    /**
     * Every word of a text in the four languages, lower-cased but neither stemmed, folded nor
     * stopped: the words "did you mean" proposes, as they are written.
     */
    static Analyzer spelling() {
        try {
            return CustomAnalyzer.builder().withTokenizer("standard").addTokenFilter("elision").addTokenFilter("lowercase").build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A word without the article elided before it ({@code l'OIM}, {@code d'OPS}) or the possessive
     * after it ({@code IOM's}), which the tokenizer keeps in one token.
     */
    static String withoutApostrophe(String word) {
        String text = word.replace('’', '\'');
        int apostrophe = text.indexOf('\'');
        if (apostrophe < 0) {
            return text;
        }
        if (text.endsWith("'s") && apostrophe == text.length() - 2) {
            return text.substring(0, apostrophe);
        }
        return apostrophe <= 3 ? text.substring(apostrophe + 1) : text;
    }

    /** Keeps the tokens that are acronyms, without a plural s ({@link GlossaryConcept#acronymOf}). */
    private static final class AcronymFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);

        AcronymFilter(TokenStream input) {
            super(input);
        }

        @Override
        public boolean incrementToken() throws IOException {
            int skipped = 0;
            while (input.incrementToken()) {
                String acronym = GlossaryConcept.acronymOf(withoutApostrophe(term.toString()));
                if (acronym != null) {
                    term.setEmpty().append(acronym);
                    increment.setPositionIncrement(increment.getPositionIncrement() + skipped);
                    return true;
                }
                skipped += increment.getPositionIncrement();
            }
            return false;
        }
    }

    static CharArraySet stopWords(String lang) {
        return switch (lang) {
            case "en" -> EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
            case "es" -> SpanishAnalyzer.getDefaultStopSet();
            case "pt" -> PortugueseAnalyzer.getDefaultStopSet();
            case "fr" -> FrenchAnalyzer.getDefaultStopSet();
            default -> CharArraySet.EMPTY_SET;
        };
    }

    /** Serves Lucene's own stop word lists to the custom analyzers under a file-like name. */
    private static final class StopWords implements org.apache.lucene.util.ResourceLoader {
        @Override
        public java.io.InputStream openResource(String resource) {
            String lang = resource.replace("mandato-stop-", "").replace(".txt", "");
            StringBuilder lines = new StringBuilder();
            for (Object word : stopWords(lang)) {
                lines.append((char[]) word).append('\n');
            }
            return new java.io.ByteArrayInputStream(lines.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }

        @Override
        public <T> Class<? extends T> findClass(String cname, Class<T> expectedType) {
            throw new UnsupportedOperationException(cname);
        }
    }
}
