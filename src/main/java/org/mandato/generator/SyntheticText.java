package org.mandato.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.random.RandomGenerator;

/**
 * Titles and texts of synthetic reports, shared by the generator and the search benchmark so that
 * both measure the same kind of text. Words follow Zipf's law (the word of rank r is drawn with
 * weight 1/r) and depend on the report's themes: half the words come from the vocabulary tied to
 * one of its themes, half from the whole vocabulary of its language, so "migration" appears mostly
 * in reports about migration, as in real reports and unlike a uniform draw, where every word is in
 * nearly every report and no search can skip anything.
 * <p>The vocabularies are {@code generator/words-<lang>.txt}. A theme whose slug has no line there
 * borrows the line of a theme it shares a slug word with ("renewable-energy": "energy"), else one
 * chosen by its slug's hash, so that any catalogue's themes get words of their own, always the same.
 */
public final class SyntheticText {

    public static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");
    static final double THEME_SHARE = 0.5;

    private static final SyntheticText INSTANCE = new SyntheticText();

    private final Map<String, Vocabulary> vocabularies = new LinkedHashMap<>();
    private final Map<String, String> borrowed = new ConcurrentHashMap<>();

    private SyntheticText() {
        for (String lang : LANGUAGES) {
            vocabularies.put(lang, Vocabulary.read("generator/words-" + lang + ".txt"));
        }
    }

    public static SyntheticText instance() {
        return INSTANCE;
    }

    /** A text of about {@code words} words (a phrase may end it one or two over) in sentences of 8–15. */
    public String text(RandomGenerator random, String lang, Collection<String> themes, int words) {
        StringBuilder out = new StringBuilder();
        for (int done = 0; done < words; ) {
            int sentence = Math.min(words - done, 8 + random.nextInt(8));
            StringBuilder part = new StringBuilder();
            done += draw(random, lang, themes, sentence, part);
            out.append(out.isEmpty() ? "" : " ").append(capitalised(part.toString())).append('.');
        }
        return out.toString();
    }

    /** A capitalised title of about {@code words} words. */
    public String title(RandomGenerator random, String lang, Collection<String> themes, int words) {
        StringBuilder out = new StringBuilder();
        draw(random, lang, themes, words, out);
        return capitalised(out.toString());
    }

    /** Every word (not phrase) the vocabulary of a language can produce, for tests. */
    Set<String> words(String lang) {
        Set<String> words = new LinkedHashSet<>();
        for (String entry : vocabularies.get(lang).entries) {
            words.addAll(Arrays.asList(entry.split(" ")));
        }
        return words;
    }

    /** The entries tied to a theme in a language (after borrowing), for tests. */
    List<String> themeEntries(String lang, String theme) {
        Vocabulary vocabulary = vocabularies.get(lang);
        return Arrays.asList(vocabulary.groups.get(group(vocabulary, theme)).entries);
    }

    private int draw(RandomGenerator random, String lang, Collection<String> themes, int words, StringBuilder out) {
        Vocabulary vocabulary = vocabularies.get(lang);
        Ranked[] tied = themes.stream().map(theme -> vocabulary.groups.get(group(vocabulary, theme))).toArray(Ranked[]::new);
        int done = 0;
        while (done < words) {
            Ranked from = vocabulary.all;
            if (tied.length > 0 && random.nextDouble() < THEME_SHARE) {
                from = tied[random.nextInt(tied.length)];
            }
            int drawn = from.draw(random);
            out.append(out.isEmpty() ? "" : " ").append(from.entries[drawn]);
            done += from.wordCounts[drawn];
        }
        return done;
    }

    private String group(Vocabulary vocabulary, String theme) {
        if (vocabulary.groups.containsKey(theme)) {
            return theme;
        }
        // Every language's file has the same theme lines, so the borrowed line holds for all of them.
        return borrowed.computeIfAbsent(theme, slug -> {
            List<String> slugs = new ArrayList<>(vocabulary.groups.keySet());
            for (String word : slug.split("-")) {
                for (String candidate : slugs) {
                    if (word.length() > 3 && Arrays.asList(candidate.split("-")).contains(word)) {
                        return candidate;
                    }
                }
            }
            return slugs.get(Math.floorMod(slug.hashCode(), slugs.size()));
        });
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }

    /** Entries in rank order with their cumulative Zipf weights, drawn by a binary search. */
    private static final class Ranked {
        final String[] entries;
        final int[] wordCounts;
        private final double[] cumulative;

        Ranked(List<String> entries) {
            this.entries = entries.toArray(String[]::new);
            this.wordCounts = entries.stream().mapToInt(e -> e.split(" ").length).toArray();
            this.cumulative = new double[this.entries.length];
            double sum = 0;
            for (int rank = 1; rank <= this.entries.length; rank++) {
                sum += 1.0 / rank;
                cumulative[rank - 1] = sum;
            }
        }

        /** The index of an entry drawn with weight 1/rank. */
        int draw(RandomGenerator random) {
            int at = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
            return Math.min(at < 0 ? -at - 1 : at, entries.length - 1);
        }
    }

    private record Vocabulary(Ranked all, Map<String, Ranked> groups, List<String> entries) {

        /**
         * Overall rank: the general words first, then the themes' words in turns (each theme's
         * first word, then each one's second, ...), so that every theme's leading words are common.
         */
        static Vocabulary read(String resource) {
            Map<String, List<String>> lines = new LinkedHashMap<>();
            try (var in = SyntheticText.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing vocabulary " + resource);
                }
                for (String line : new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList()) {
                    int colon = line.indexOf(':');
                    if (line.isBlank() || line.startsWith("#") || colon < 0) {
                        continue;
                    }
                    List<String> entries = Arrays.stream(line.substring(colon + 1).trim().split("\\s+"))
                            .map(e -> e.replace('_', ' ')).distinct().toList();
                    lines.put(line.substring(0, colon).trim(), entries);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            LinkedHashSet<String> ranked = new LinkedHashSet<>(lines.getOrDefault("general", List.of()));
            Map<String, Ranked> groups = new LinkedHashMap<>();
            lines.forEach((slug, entries) -> {
                if (!slug.equals("general")) {
                    groups.put(slug, new Ranked(entries));
                }
            });
            int longest = lines.values().stream().mapToInt(List::size).max().orElse(0);
            for (int i = 0; i < longest; i++) {
                for (Map.Entry<String, List<String>> line : lines.entrySet()) {
                    if (!line.getKey().equals("general") && i < line.getValue().size()) {
                        ranked.add(line.getValue().get(i));
                    }
                }
            }
            List<String> entries = List.copyOf(ranked);
            return new Vocabulary(new Ranked(entries), groups, entries);
        }
    }
}
