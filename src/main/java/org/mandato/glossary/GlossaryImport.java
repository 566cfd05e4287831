package org.mandato.glossary;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes glossary concepts found by their slug, within the caller's transaction (a pack load): a
 * concept that exists gets the kind and terms given, a new one is added; loading twice changes
 * nothing. A bad value throws {@link IllegalArgumentException} naming the column, which rolls the
 * whole load back.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class GlossaryImport {

    static final int MAX_TERM_LENGTH = 300;
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final GlossaryRepository repository;
    private final Glossary glossary;

    GlossaryImport(GlossaryRepository repository, Glossary glossary) {
        this.repository = repository;
        this.glossary = glossary;
    }

    /**
     * One concept: {@code terms} by language, each cell the terms separated by {@code ;} (preferred
     * first), as a pack's {@code terms_<lang>} columns hold them.
     */
    public void concept(String slug, String kind, Map<String, String> terms, int sortOrder) {
        if (!SLUG.matcher(slug).matches() || slug.length() > 120) {
            throw new IllegalArgumentException("column 'concept': '" + slug + "' is not a slug (lower-case letters, digits and hyphens, at most 120)");
        }
        if (!kind.equals(GlossaryConcept.TERM) && !kind.equals(GlossaryConcept.ACRONYM)) {
            throw new IllegalArgumentException("column 'kind': '" + kind + "' is not one of term, acronym");
        }
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        terms.forEach((lang, cell) -> {
            List<String> inLanguage = java.util.Arrays.stream(cell.split(";")).map(String::strip).filter(t -> !t.isEmpty()).toList();
            for (String term : inLanguage) {
                if (term.length() > MAX_TERM_LENGTH) {
                    throw new IllegalArgumentException("column 'terms_" + lang + "': a term is longer than " + MAX_TERM_LENGTH + " characters");
                }
                if (term.chars().anyMatch(Character::isISOControl)) {
                    throw new IllegalArgumentException("column 'terms_" + lang + "': '" + term.replaceAll("\\p{Cntrl}", "?") + "' holds a control character");
                }
            }
            if (!inLanguage.isEmpty()) {
                byLanguage.put(lang, inLanguage.stream().distinct().toList());
            }
        });
        if (byLanguage.isEmpty()) {
            throw new IllegalArgumentException("columns 'terms_<language>': a concept needs a term in at least one language");
        }
        repository.save(new GlossaryConcept(slug, kind, byLanguage), sortOrder);
        glossary.written();
    }
}
