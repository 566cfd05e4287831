package org.mandato.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The models of the catalogue's own pages. */
public final class CatalogPages {

    private CatalogPages() {
    }

    public record SummitListPage(List<SummitEntry> summits) {}

    public record SummitEntry(Summit summit, List<Document> documents) {}

    public record SummitPage(Summit summit, List<Document> documents) {}

    public record DocumentPage(Summit summit, Document document, List<SectionGroup> groups, int paragraphCount) {}

    /** Consecutive paragraphs of one section; {@code section} is null for paragraphs outside any. */
    public record SectionGroup(Section section, List<Paragraph> paragraphs) {

        static List<SectionGroup> of(List<Section> sections, List<Paragraph> paragraphs) {
            List<SectionGroup> groups = new ArrayList<>();
            List<Long> sectionsWithParagraphs = paragraphs.stream().map(Paragraph::sectionId).distinct().toList();
            Long current = null;
            List<Paragraph> run = new ArrayList<>();
            for (Paragraph paragraph : paragraphs) {
                if (!run.isEmpty() && !Objects.equals(current, paragraph.sectionId())) {
                    groups.add(new SectionGroup(find(sections, current), List.copyOf(run)));
                    run.clear();
                }
                current = paragraph.sectionId();
                run.add(paragraph);
            }
            if (!run.isEmpty()) {
                groups.add(new SectionGroup(find(sections, current), List.copyOf(run)));
            }
            // A section whose paragraphs are not loaded yet is still listed, so readers see the document's shape.
            for (Section section : sections) {
                if (!sectionsWithParagraphs.contains(section.id())) {
                    groups.add(new SectionGroup(section, List.of()));
                }
            }
            return groups;
        }

        private static Section find(List<Section> sections, Long id) {
            return id == null ? null : sections.stream().filter(s -> s.id() == id).findFirst().orElse(null);
        }
    }

    public record ThemeListPage(List<ThemeEntry> themes) {}

    public record ThemeEntry(Theme theme, List<Theme> subThemes) {}

    public record ActorListPage(boolean institutions, List<Actor> actors) {}
}
