package org.mandato.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mandato.catalog.CatalogImport.ParagraphEntry;
import org.mandato.catalog.CatalogImport.SectionEntry;
import org.mandato.catalog.DocumentProposal.ProposedParagraph;
import org.mandato.catalog.DocumentProposal.ProposedSection;
import org.mandato.catalog.ProposalForm.Row;
import org.mandato.catalog.ProposalForm.SectionRow;
import org.mandato.web.FormErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saves the corrected proposal of a summit's document to the catalogue in one transaction, through
 * {@link CatalogImport}. A document without paragraphs gets the proposal's sections and paragraphs
 * with their text in the form's language. A document that has paragraphs is the same document in
 * another language: its paragraphs are matched by number and only that language's text (and its
 * sections' names) is filled; a number missing from the upload or not in the document is reported
 * and nothing is saved.
 */
@Service
@Transactional
class DocumentLoading {

    /** How many paragraphs the load wrote, and whether it filled another language of a document that had them. */
    record Loaded(int paragraphs, boolean aligned) {}

    /** The numbers of a document the upload lacks, and those it has that the document does not. */
    record Mismatch(List<String> missing, List<String> extra) {
        boolean isEmpty() {
            return missing.isEmpty() && extra.isEmpty();
        }
    }

    static final int MAX_TEXT = 100_000;
    private static final Pattern SECTIONED_NUMBER = Pattern.compile("^(.*\\S)\\s+(\\S+)$");

    private final Catalog catalog;
    private final CatalogImport writes;
    private final ApplicationEventPublisher events;

    DocumentLoading(Catalog catalog, CatalogImport writes, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.writes = writes;
        this.events = events;
    }

    /**
     * The proposal for a document that already has paragraphs, made to speak the document's terms:
     * its sections taken, in order, for the existing ones (when there are as many), and a number that
     * carries a section's name ("Educación 2") given the existing section's ("Education 2").
     */
    @Transactional(readOnly = true)
    public DocumentProposal alignedTo(Document document, DocumentProposal proposal) {
        List<Section> existing = catalog.sectionsOf(document);
        if (catalog.paragraphsOf(document).isEmpty() || existing.size() != proposal.sections().size() || existing.isEmpty()) {
            return proposal;
        }
        Map<String, String> prefixes = sectionPrefixes(document, existing);
        Map<String, Section> byProposedCode = new HashMap<>();
        List<ProposedSection> sections = new ArrayList<>();
        for (int i = 0; i < existing.size(); i++) {
            ProposedSection proposed = proposal.sections().get(i);
            byProposedCode.put(proposed.code(), existing.get(i));
            sections.add(new ProposedSection(existing.get(i).code(), proposed.name()));
        }
        List<ProposedParagraph> paragraphs = new ArrayList<>();
        for (ProposedParagraph p : proposal.paragraphs()) {
            Section section = p.sectionCode() == null ? null : byProposedCode.get(p.sectionCode());
            if (section == null) {
                paragraphs.add(p);
                continue;
            }
            String proposedName = proposal.sections().stream().filter(s -> s.code().equals(p.sectionCode()))
                    .findFirst().map(ProposedSection::name).orElse("");
            String prefix = prefixes.get(section.code());
            String number = p.number();
            String parent = p.parentNumber();
            if (prefix != null && number.startsWith(proposedName + " ")) {
                number = prefix + " " + number.substring(proposedName.length() + 1);
                parent = parent != null && parent.startsWith(proposedName + " ")
                        ? prefix + " " + parent.substring(proposedName.length() + 1) : parent;
            }
            paragraphs.add(new ProposedParagraph(number, section.code(), parent, p.text(), p.sourceParagraph()));
        }
        return new DocumentProposal(sections, paragraphs, proposal.source(), proposal.unnumbered());
    }

    /** How the numbers of an upload differ from the document's; empty for a document without paragraphs. */
    @Transactional(readOnly = true)
    public Mismatch mismatch(Document document, List<String> numbers) {
        List<String> existing = catalog.paragraphsOf(document).stream().map(Paragraph::number).toList();
        if (existing.isEmpty()) {
            return new Mismatch(List.of(), List.of());
        }
        Set<String> uploaded = new HashSet<>(numbers);
        Set<String> known = new HashSet<>(existing);
        return new Mismatch(existing.stream().filter(n -> !uploaded.contains(n)).toList(),
                numbers.stream().filter(n -> !known.contains(n)).distinct().toList());
    }

    /** Saves the form, all of it or (with {@link FormErrors.Invalid}) nothing. */
    public Loaded save(Document document, ProposalForm form) {
        FormErrors errors = new FormErrors();
        String language = form.language();
        if (!CatalogForms.LANGUAGES.contains(language)) {
            errors.add("language", "catalogAdmin.load.error.language");
        }
        if (form.tooMany() || form.rows().size() > ProposalForm.MAX_ROWS || form.sections().size() > ProposalForm.MAX_SECTIONS) {
            errors.add("rows", "catalogAdmin.load.error.tooMany", ProposalForm.MAX_ROWS, ProposalForm.MAX_SECTIONS);
            errors.throwIfAny();
        }
        List<Paragraph> existing = catalog.paragraphsOf(document);
        List<Section> existingSections = catalog.sectionsOf(document);
        boolean aligned = !existing.isEmpty();
        Set<String> sectionCodes = checkSections(form.sections(), existingSections, aligned, errors);
        List<Row> kept = checkRows(form.rows(), sectionCodes, errors);
        if (kept.isEmpty() && !errors.has("rows")) {
            errors.add("rows", "catalogAdmin.load.error.nothing");
        }
        if (aligned) {
            Mismatch mismatch = mismatch(document, kept.stream().map(Row::number).toList());
            if (!mismatch.missing().isEmpty()) {
                errors.add("rows", "catalogAdmin.load.error.missing", String.join(", ", mismatch.missing()));
            }
            for (int i = 0; i < form.rows().size(); i++) {
                Row row = form.rows().get(i);
                if (!row.leaveOut() && mismatch.extra().contains(row.number())) {
                    errors.add("number-" + i, "catalogAdmin.load.error.extra", row.number());
                }
            }
        }
        errors.throwIfAny();

        Summit summit = catalog.summits().stream().filter(s -> s.id() == document.summitId()).findFirst().orElseThrow();
        writeSections(summit, document, form.sections(), existingSections, language);
        if (aligned) {
            fillLanguage(summit, document, existing, kept, language);
        } else {
            create(summit, document, kept, language);
        }
        events.publishEvent(new CatalogChanged("document " + document.id() + " loaded in " + language));
        return new Loaded(kept.size(), aligned);
    }

    private Set<String> checkSections(List<SectionRow> sections, List<Section> existing, boolean aligned, FormErrors errors) {
        Set<String> codes = new HashSet<>(existing.stream().map(Section::code).toList());
        Set<String> existingCodes = Set.copyOf(codes);
        for (int j = 0; j < sections.size(); j++) {
            SectionRow section = sections.get(j);
            if (!section.code().matches("[a-z0-9-]{1,40}")) {
                errors.add("sectionName-" + j, "catalogAdmin.load.error.sectionCode", section.code());
            } else if (aligned && !existingCodes.contains(section.code())) {
                errors.add("sectionName-" + j, "catalogAdmin.load.error.newSection", section.name());
            }
            text("sectionName-" + j, section.name(), 300, errors);
            codes.add(section.code());
        }
        return codes;
    }

    private static List<Row> checkRows(List<Row> rows, Set<String> sectionCodes, FormErrors errors) {
        List<Row> kept = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row.leaveOut()) {
                continue;
            }
            kept.add(row);
            String field = "number-" + i;
            if (text(field, row.number(), 60, errors)) {
                String slug = slugOf(row.number());
                if (slug == null) {
                    errors.add(field, "catalogAdmin.error.paragraphNumber", row.number());
                } else if (slugs.containsKey(slug)) {
                    errors.add(field, "catalogAdmin.load.error.repeated", row.number(), slugs.get(slug));
                } else {
                    slugs.put(slug, row.number());
                }
            }
            text("text-" + i, row.text(), MAX_TEXT, errors);
            if (!row.section().isEmpty() && !sectionCodes.contains(row.section())) {
                errors.add("section-" + i, "catalogAdmin.error.unknownSection");
            }
        }
        return kept;
    }

    /** Required text of at most {@code max} characters, without control characters; true when it is fit. */
    private static boolean text(String field, String value, int max, FormErrors errors) {
        if (value.isBlank()) {
            errors.add(field, "catalogAdmin.load.error.required");
        } else if (value.length() > max) {
            errors.add(field, "catalogAdmin.load.error.tooLong", max);
        } else if (value.chars().anyMatch(c -> (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f))) {
            errors.add(field, "catalogAdmin.load.error.control");
        } else {
            return true;
        }
        return false;
    }

    private void writeSections(Summit summit, Document document, List<SectionRow> sections, List<Section> existing,
                               String language) {
        Map<String, Section> byCode = new HashMap<>();
        existing.forEach(s -> byCode.put(s.code(), s));
        int order = existing.size();
        for (SectionRow row : sections) {
            Section current = byCode.get(row.code());
            Map<String, String> names = new LinkedHashMap<>(current == null ? Map.of() : current.name().byLanguage());
            names.put(language, row.name());
            int sortOrder = current == null ? ++order : existing.indexOf(current) + 1;
            writes.section(new SectionEntry(summit.slug(), document.slug(), row.code(), names), sortOrder);
        }
    }

    private void create(Summit summit, Document document, List<Row> rows, String language) {
        Set<String> written = new HashSet<>();
        int order = 0;
        for (Row row : rows) {
            String parent = parentOf(row.number(), written);
            writes.paragraph(new ParagraphEntry(summit.slug(), document.slug(), row.number(),
                    row.section().isEmpty() ? null : row.section(), parent, List.of(), Map.of(),
                    Map.of(language, normalised(row.text()))), ++order);
            written.add(row.number());
        }
    }

    private void fillLanguage(Summit summit, Document document, List<Paragraph> existing, List<Row> rows, String language) {
        Map<String, Row> byNumber = new HashMap<>();
        rows.forEach(r -> byNumber.put(r.number(), r));
        Map<Long, String> numbers = new HashMap<>();
        existing.forEach(p -> numbers.put(p.id(), p.number()));
        Map<Long, String> sectionCodes = new HashMap<>();
        catalog.sectionsOf(document).forEach(s -> sectionCodes.put(s.id(), s.code()));
        for (int i = 0; i < existing.size(); i++) {
            Paragraph paragraph = existing.get(i);
            Map<String, String> text = new LinkedHashMap<>(paragraph.text().byLanguage());
            text.put(language, normalised(byNumber.get(paragraph.number()).text()));
            List<String> themes = catalog.themesOf(paragraph).stream().map(Theme::slug).toList();
            writes.paragraph(new ParagraphEntry(summit.slug(), document.slug(), paragraph.number(),
                    paragraph.sectionId() == null ? null : sectionCodes.get(paragraph.sectionId()),
                    paragraph.parentId() == null ? null : numbers.get(paragraph.parentId()), themes,
                    paragraph.title().byLanguage(), text), i + 1);
        }
    }

    /** "4.a" belongs to "4", "21.5" to "21", "Education 2.b" to "Education 2": when that number came before. */
    private static String parentOf(String number, Set<String> written) {
        int dot = number.lastIndexOf('.');
        if (dot <= 0) {
            return null;
        }
        String parent = number.substring(0, dot);
        return written.contains(parent) ? parent : null;
    }

    private static String slugOf(String number) {
        try {
            return ParagraphNumbers.slug(number);
        } catch (IllegalArgumentException noLetterOrDigit) {
            return null;
        }
    }

    /** Text as the form's textarea sends it, with the line ends of the web (CR LF) made plain. */
    private static String normalised(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }

    /** The name each section's numbers carry ("Education" of "Education 2"), where its paragraphs have one. */
    private Map<String, String> sectionPrefixes(Document document, List<Section> sections) {
        Map<Long, String> codes = new HashMap<>();
        sections.forEach(s -> codes.put(s.id(), s.code()));
        Map<String, String> prefixes = new HashMap<>();
        for (Paragraph paragraph : catalog.paragraphsOf(document)) {
            Matcher sectioned = SECTIONED_NUMBER.matcher(paragraph.number());
            Optional.ofNullable(paragraph.sectionId()).map(codes::get).filter(code -> sectioned.matches())
                    .ifPresent(code -> prefixes.putIfAbsent(code, sectioned.group(1)));
        }
        return prefixes;
    }
}
