package org.mandato.catalog;

import java.util.ArrayList;
import java.util.List;

import org.mandato.catalog.CatalogForms.FormInput;
import org.mandato.catalog.DocumentProposal.ProposedParagraph;
import org.mandato.catalog.DocumentProposal.ProposedSection;

/**
 * The proposal form as sent back by the Secretariat, exactly as typed: the language of the text,
 * the file it came from, the source's paragraphs ({@code source}, shown again beside the form), the sections
 * ({@code sectionCode-J}, {@code sectionName-J}) and the paragraphs ({@code number-I}, {@code section-I},
 * {@code text-I}, {@code source-I}, {@code leaveOut-I}). Counts are bounded before any row is read.
 */
public record ProposalForm(String language, String fileName, List<String> source, List<SectionRow> sections,
                           List<Row> rows, boolean tooMany) {

    /** The most paragraphs a form may send: the longest plan of action has a few hundred. */
    public static final int MAX_ROWS = 3000;
    public static final int MAX_SECTIONS = 200;
    /** The source is only shown again beside the form; more paragraphs than this are not. */
    static final int MAX_SOURCE_PARAGRAPHS = 20_000;

    public record SectionRow(String code, String name) {}

    /** {@code sourceParagraph}: the index of the source paragraph the row starts in, or -1. */
    public record Row(String number, String section, String text, int sourceParagraph, boolean leaveOut) {}

    public ProposalForm {
        source = List.copyOf(source);
        sections = List.copyOf(sections);
        rows = List.copyOf(rows);
    }

    static ProposalForm of(DocumentProposal proposal, String language, String fileName) {
        List<SectionRow> sections = proposal.sections().stream().map(s -> new SectionRow(s.code(), s.name())).toList();
        List<Row> rows = new ArrayList<>();
        for (ProposedParagraph p : proposal.paragraphs()) {
            rows.add(new Row(p.number(), p.sectionCode() == null ? "" : p.sectionCode(), p.text(), p.sourceParagraph(), false));
        }
        return new ProposalForm(language, fileName, proposal.source(), sections, rows, false);
    }

    /** The form as posted; with a count beyond the bounds no row is read, and the save refuses it. */
    static ProposalForm from(FormInput in) {
        int sectionCount = count(in.text("sections"), MAX_SECTIONS + 1);
        int rowCount = count(in.text("rows"), MAX_ROWS + 1);
        boolean tooMany = sectionCount > MAX_SECTIONS || rowCount > MAX_ROWS;
        if (tooMany) {
            sectionCount = 0;
            rowCount = 0;
        }
        List<SectionRow> sections = new ArrayList<>();
        for (int j = 0; j < sectionCount; j++) {
            sections.add(new SectionRow(in.text("sectionCode-" + j), in.text("sectionName-" + j)));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < rowCount; i++) {
            rows.add(new Row(in.text("number-" + i), in.text("section-" + i), in.text("text-" + i),
                    index(in.text("source-" + i)), !in.text("leaveOut-" + i).isEmpty()));
        }
        List<String> source = in.all("source");
        return new ProposalForm(in.text("language"), in.text("fileName"),
                source.subList(0, Math.min(source.size(), MAX_SOURCE_PARAGRAPHS)), sections, rows, tooMany);
    }

    public List<ProposedSection> proposedSections() {
        return sections.stream().map(s -> new ProposedSection(s.code(), s.name())).toList();
    }

    private static int index(String value) {
        return value.matches("\\d{1,6}") ? Integer.parseInt(value) : -1;
    }

    private static int count(String value, int bound) {
        if (!value.matches("\\d{1,9}")) {
            return 0;
        }
        return (int) Math.min(Long.parseLong(value), bound);
    }
}
