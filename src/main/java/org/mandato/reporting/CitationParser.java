package org.mandato.reporting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.ParagraphNumbers;
import org.mandato.catalog.Summit;
import org.springframework.stereotype.Component;

/**
 * Reads citations as people write them. Groups are separated by ";", each a document and one or
 * more numbers separated by ",":
 * <ul>
 * <li>the export form: {@code Port of Spain 2009 ¶17; VII Summit Migration ¶2};</li>
 * <li>the legacy site's form: {@code Port of Spain 17, 23; VII: Migration 2, 3} — a document may be
 * named by its citation label, that label without its year, or (for a summit with one document)
 * the summit's numeral; a bare number after a sectioned one stays in that section;</li>
 * <li>{@code -} or nothing: no citation.</li>
 * </ul>
 */
@Component
public class CitationParser {

    /** A citation that names no paragraph of the catalogue; carries a message key for forms. */
    public static class UnknownCitation extends IllegalArgumentException {
        private final String key;
        private final Object[] args;

        UnknownCitation(String message, String key, Object... args) {
            super(message);
            this.key = key;
            this.args = args;
        }

        public String key() {
            return key;
        }

        public Object[] args() {
            return args;
        }
    }

    private record Alias(String name, Document document) {}

    private final Catalog catalog;

    CitationParser(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The cited paragraphs in the order written, each once; an unknown one throws {@link UnknownCitation}. */
    public List<Paragraph> parse(String text) {
        if (text == null || text.isBlank() || text.strip().equals("-")) {
            return List.of();
        }
        List<Alias> aliases = aliases();
        LinkedHashSet<Paragraph> cited = new LinkedHashSet<>();
        for (String raw : text.split(";")) {
            String group = raw.strip();
            if (!group.isEmpty() && !group.equals("-")) {
                cited.addAll(resolveGroup(group, aliases));
            }
        }
        return List.copyOf(cited);
    }

    private List<Paragraph> resolveGroup(String group, List<Alias> aliases) {
        Alias alias = aliases.stream()
                .filter(a -> startsWithWord(group, a.name()))
                .findFirst()
                .orElseThrow(() -> new UnknownCitation("unknown document in citation '" + group + "'",
                        "citation.error.unknownDocument", group));
        String numbers = group.substring(alias.name().length()).strip();
        if (numbers.startsWith(":")) {
            numbers = numbers.substring(1).strip();
        }
        if (numbers.isEmpty() || numbers.equals("-")) {
            throw new UnknownCitation("citation '" + group + "' names no paragraph number", "citation.error.noNumber", group);
        }
        Map<String, Paragraph> byNumber = numbers(catalog.paragraphsOf(alias.document()));
        List<Paragraph> found = new ArrayList<>();
        String section = "";
        for (String item : numbers.split(",")) {
            String number = item.replace(ParagraphNumbers.PILCROW, " ").strip().replaceAll("\\s+", " ");
            if (number.isEmpty()) {
                continue;
            }
            int lastSpace = number.lastIndexOf(' ');
            if (lastSpace > 0) {
                section = number.substring(0, lastSpace);
            } else if (!section.isEmpty()) {
                number = section + " " + number;
            }
            String wanted = number;
            Optional<Paragraph> paragraph = Optional.ofNullable(byNumber.get(wanted));
            found.add(paragraph.orElseThrow(() -> new UnknownCitation(
                    "unknown paragraph '" + group + "': " + alias.document().citationLabel() + " has no paragraph " + wanted,
                    "citation.error.unknownParagraph", alias.document().citationLabel(), wanted)));
        }
        return found;
    }

    /**
     * The document's paragraphs by number, ignoring case (the first of equal numbers wins, as a
     * search in order would find it). Kept while the catalogue answers the same list object: an
     * import parses hundreds of thousands of citations against the same few documents.
     */
    private Map<String, Paragraph> numbers(List<Paragraph> paragraphs) {
        Map<String, Paragraph> known = numbersCache.get(paragraphs);
        if (known != null) {
            return known;
        }
        Map<String, Paragraph> byNumber = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        paragraphs.forEach(p -> byNumber.putIfAbsent(p.number(), p));
        if (numbersCache.size() >= 64) {
            numbersCache.clear(); // lists of older readings of the catalogue, not asked for again
        }
        numbersCache.put(paragraphs, byNumber);
        return byNumber;
    }

    /** Keyed by the list's identity: two readings of the catalogue are two lists, even if equal. */
    private final Map<List<Paragraph>, Map<String, Paragraph>> numbersCache =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** Every name a document may be cited by, longest first so that the most specific wins. */
    private List<Alias> aliases() {
        List<Document> documents = catalog.documents();
        AliasList known = aliases;
        if (known != null && known.documents() == documents) {
            return known.aliases();
        }
        List<Alias> built = aliasesOf(documents);
        aliases = new AliasList(documents, built);
        return built;
    }

    /**
     * The aliases of one reading of the catalogue: the catalogue answers the same list object until
     * it changes, so the aliases are built again exactly when the documents or summits may differ.
     */
    private record AliasList(List<Document> documents, List<Alias> aliases) {}

    private volatile AliasList aliases;

    private List<Alias> aliasesOf(List<Document> documents) {
        List<Alias> aliases = new ArrayList<>();
        for (Document document : documents) {
            aliases.add(new Alias(document.citationLabel(), document));
            String withoutYear = document.citationLabel().replaceFirst("\\s+(19|20)\\d\\d$", "");
            if (!withoutYear.equals(document.citationLabel()) && documents.stream()
                    .filter(d -> d.citationLabel().replaceFirst("\\s+(19|20)\\d\\d$", "").equals(withoutYear)).count() == 1) {
                aliases.add(new Alias(withoutYear, document));
            }
        }
        for (Summit summit : catalog.summits()) {
            List<Document> ofSummit = documents.stream().filter(d -> d.summitId() == summit.id()).toList();
            if (summit.ordinal() != null && ofSummit.size() == 1) {
                String numeral = summit.slug().toUpperCase(Locale.ROOT);
                aliases.add(new Alias(numeral + " Summit", ofSummit.get(0)));
                aliases.add(new Alias(numeral, ofSummit.get(0)));
            }
        }
        aliases.sort(Comparator.comparingInt((Alias a) -> a.name().length()).reversed());
        return aliases;
    }

    private static boolean startsWithWord(String text, String prefix) {
        if (!text.regionMatches(true, 0, prefix, 0, prefix.length())) {
            return false;
        }
        if (text.length() == prefix.length()) {
            return true;
        }
        char next = text.charAt(prefix.length());
        return Character.isWhitespace(next) || next == ':' || next == ParagraphNumbers.PILCROW.charAt(0);
    }
}
