package org.mandato.catalog;

import java.util.ArrayList;
import java.util.List;

import org.mandato.extraction.DocumentTexts;
import org.mandato.web.FormErrors;

/**
 * The Secretariat's page for loading a summit document's text: the upload form, then the proposal
 * beside its source for correction. {@code form} is null until a file was read; {@code sections} are
 * the document's own; {@code existingParagraphs} above zero means an upload is the same document in
 * another language, aligned by number; {@code missing} and {@code extra} say how its numbers differ.
 */
public record DocumentLoadPage(Summit summit, Document document, List<Section> sections, int existingParagraphs,
                               String language, ProposalForm form, List<String> missing, List<String> extra,
                               FormErrors errors) {

    public DocumentLoadPage {
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    public boolean aligning() {
        return existingParagraphs > 0;
    }

    public boolean hasProposal() {
        return form != null;
    }

    public String action() {
        return CatalogAdminPages.documentPath(document) + "/load";
    }

    public String saveAction() {
        return action() + "/save";
    }

    public long maxMegabytes() {
        return DocumentTexts.maxMegabytes();
    }

    public String accepted() {
        return DocumentTexts.accepted();
    }

    public List<String> languages() {
        return CatalogForms.LANGUAGES;
    }

    /** The section codes a row may choose: the document's, then the proposal's new ones, each with its name. */
    public List<ProposalForm.SectionRow> sectionChoices() {
        List<ProposalForm.SectionRow> choices = new ArrayList<>();
        if (form != null) {
            choices.addAll(form.sections());
        }
        for (Section section : sections) {
            if (choices.stream().noneMatch(c -> c.code().equals(section.code()))) {
                choices.add(new ProposalForm.SectionRow(section.code(), section.name().text(language)));
            }
        }
        return choices;
    }

    /** The source paragraph no number took (a title, a preamble): shown, but not proposed. */
    public boolean unproposed(int sourceParagraph) {
        return form != null && form.rows().stream().noneMatch(r -> r.sourceParagraph() == sourceParagraph)
                && !isHeading(sourceParagraph);
    }

    /** The source paragraph is the heading of a proposed section ("A. Connectivity"). */
    public boolean isHeading(int sourceParagraph) {
        if (form == null || sourceParagraph < 0 || sourceParagraph >= form.source().size()) {
            return false;
        }
        String text = form.source().get(sourceParagraph).strip().toLowerCase(java.util.Locale.ROOT);
        return form.sections().stream().anyMatch(s -> !s.name().isBlank() && text.endsWith(s.name().toLowerCase(java.util.Locale.ROOT)));
    }
}
