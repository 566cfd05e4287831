package org.mandato.national;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.LocalizedText;

/**
 * The mandates a cycle asks about as the entry form offers them: by document, each with what tells it
 * apart (its title, or for an untitled paragraph its document and the start of its text) and its
 * themes, narrowed by what was typed in the search field. A mandate matches when every word typed
 * begins a word of its number, citation, title, text, document or themes, in any language, accents
 * and case aside; the page's script narrows the same way while one types.
 */
public record MandatePicker(String query, List<Group> groups, int total, int shown) {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int EXCERPT = 140;

    /** The mandates of one document that are shown. */
    public record Group(Document document, List<Choice> choices) {}

    /**
     * One mandate: {@code description} its title in the page's language, or for an untitled one its
     * document's title, number and the beginning of its text; {@code searchWords} what the search matches.
     */
    public record Choice(Paragraph paragraph, String description, boolean untitled, List<String> themes, String searchWords,
                         boolean chosen) {}

    /**
     * The picker for {@code mandates}; {@code chosen} (a paragraph id as posted, may be empty) stays shown
     * whatever the query, so that a choice is never lost by searching.
     */
    static MandatePicker of(Map<Document, List<Paragraph>> mandates, Map<Long, List<Theme>> themesByParagraph, String lang,
                            String query, String chosen) {
        List<String> wanted = words(query);
        List<Group> groups = new ArrayList<>();
        int total = 0;
        int shown = 0;
        for (var document : mandates.entrySet()) {
            List<Choice> choices = new ArrayList<>();
            for (Paragraph paragraph : document.getValue()) {
                total++;
                List<Theme> themes = themesByParagraph.getOrDefault(paragraph.id(), List.of());
                Choice choice = choice(document.getKey(), paragraph, themes, lang, chosen);
                if (choice.chosen() || matches(choice.searchWords(), wanted)) {
                    choices.add(choice);
                    shown++;
                }
            }
            if (!choices.isEmpty()) {
                groups.add(new Group(document.getKey(), List.copyOf(choices)));
            }
        }
        return new MandatePicker(query == null ? "" : query, List.copyOf(groups), total, shown);
    }

    public boolean narrowed() {
        return !words(query).isEmpty();
    }

    private static Choice choice(Document document, Paragraph paragraph, List<Theme> themes, String lang, String chosen) {
        String title = paragraph.title().isEmpty() ? "" : paragraph.title().text(lang);
        String description;
        if (!title.isBlank()) {
            description = title;
        } else {
            String text = paragraph.text().isEmpty() ? "" : paragraph.text().text(lang).strip();
            String excerpt = text.length() > EXCERPT ? text.substring(0, EXCERPT).strip() + "…" : text;
            description = document.title().text(lang) + ", ¶" + paragraph.number() + (excerpt.isEmpty() ? "" : ": " + excerpt);
        }
        Set<String> search = new LinkedHashSet<>();
        search.add(paragraph.number());
        search.add(paragraph.citation());
        search.add(document.citationLabel());
        addAll(search, document.title());
        addAll(search, paragraph.title());
        if (!paragraph.text().isEmpty()) {
            search.add(paragraph.text().text(lang));
        }
        themes.forEach(theme -> addAll(search, theme.name()));
        String words = String.join(" ", new LinkedHashSet<>(words(String.join(" ", search))));
        return new Choice(paragraph, description, title.isBlank(), themes.stream().map(t -> t.name().text(lang)).toList(), words,
                String.valueOf(paragraph.id()).equals(chosen));
    }

    private static void addAll(Set<String> search, LocalizedText text) {
        if (!text.isEmpty()) {
            search.addAll(text.byLanguage().values());
        }
    }

    /** Every word typed begins some word of the mandate. */
    static boolean matches(String searchWords, List<String> wanted) {
        if (wanted.isEmpty()) {
            return true;
        }
        List<String> have = Arrays.asList(searchWords.split(" "));
        return wanted.stream().allMatch(w -> have.stream().anyMatch(h -> h.startsWith(w)));
    }

    /** Lower case, without accents, split into words of letters and digits. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_WORD.split(plain)).filter(w -> !w.isEmpty()).toList();
    }
}
