package org.mandato.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the catalogue for pages and other modules. */
@Service
@Transactional(readOnly = true)
public class Catalog {

    private final SummitRepository summits;
    private final ParagraphRepository paragraphs;
    private final ThemeRepository themes;
    private final ActorRepository actors;
    private final CatalogCache cache;

    Catalog(SummitRepository summits, ParagraphRepository paragraphs, ThemeRepository themes, ActorRepository actors,
            CatalogCache cache) {
        this.summits = summits;
        this.paragraphs = paragraphs;
        this.themes = themes;
        this.actors = actors;
        this.cache = cache;
    }

    private CatalogCache.Snapshot snapshot() {
        return cache.current(() -> read(false), () -> read(true));
    }

    /** The catalogue as it is in the database; {@code whole}: every document's paragraphs and sections too. */
    private CatalogCache.Snapshot read(boolean whole) {
        List<Summit> allSummits = summits.findAll();
        List<Document> documents = summits.findAllDocuments();
        List<Theme> allThemes = themes.findAll();
        List<Actor> institutions = actors.findByKind(ActorKind.INSTITUTION);
        List<Actor> countries = actors.findByKind(ActorKind.COUNTRY);
        return whole
                ? new CatalogCache.Snapshot(allSummits, documents, allThemes, institutions, countries,
                        paragraphs.findAllByDocument(), summits.findAllSectionsByDocument(), paragraphs.findAllThemes())
                : new CatalogCache.Snapshot(allSummits, documents, allThemes, institutions, countries);
    }

    public List<Summit> summits() {
        return snapshot().summits();
    }

    public Optional<Summit> summit(String slug) {
        return summits().stream().filter(s -> s.slug().equals(slug)).findFirst();
    }

    public List<Document> documents() {
        return snapshot().documents();
    }

    public List<Document> documentsOf(Summit summit) {
        return documents().stream().filter(d -> d.summitId() == summit.id()).toList();
    }

    public Optional<Document> document(String summitSlug, String documentSlug) {
        return documents().stream()
                .filter(d -> d.summitSlug().equals(summitSlug) && d.slug().equals(documentSlug))
                .findFirst();
    }

    public List<Section> sectionsOf(Document document) {
        return snapshot().sections(document.id(), summits::findSections);
    }

    public List<Paragraph> paragraphsOf(Document document) {
        return snapshot().paragraphs(document.id(), paragraphs::findByDocument);
    }

    public Optional<Paragraph> paragraph(Document document, String slug) {
        return paragraphsOf(document).stream().filter(p -> p.slug().equals(slug)).findFirst();
    }

    /** The paragraph a citation names: the document's citation label and the paragraph number. */
    public Optional<Paragraph> paragraphByCitation(String citationLabel, String number) {
        return paragraphs.findByCitation(citationLabel, number);
    }

    /** The paragraphs with these ids, in the catalogue's order (summit, document, paragraph). */
    public List<Paragraph> paragraphs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Set<Long> wanted = new HashSet<>(ids);
        List<Paragraph> found = new ArrayList<>();
        for (Document document : documents()) {
            for (Paragraph paragraph : paragraphsOf(document)) {
                if (wanted.contains(paragraph.id())) {
                    found.add(paragraph);
                }
            }
        }
        return found;
    }

    /** Paragraphs tagged with the theme or one of its sub-themes, newest summit first. */
    public List<Paragraph> paragraphsAbout(Theme theme) {
        return snapshot().paragraphsAbout(theme.id(), id -> paragraphs.findByThemes(themeAndDescendants(theme)));
    }

    public List<Theme> themes() {
        return snapshot().themes();
    }

    /** The ids themes and actors had on the legacy site, by slug or code, for exports that must lose nothing. */
    public Map<String, Integer> legacyIds() {
        return themes.legacyIds();
    }

    public Optional<Theme> theme(String slug) {
        return Optional.ofNullable(snapshot().themesBySlug().get(slug));
    }

    public List<Theme> subThemes(Theme theme) {
        return themes().stream().filter(t -> Long.valueOf(theme.id()).equals(t.parentId())).toList();
    }

    public List<Theme> themesOf(Paragraph paragraph) {
        Set<Long> ids = new HashSet<>(themes.themeIdsOfParagraph(paragraph.id()));
        return themes().stream().filter(t -> ids.contains(t.id())).toList();
    }

    public Map<Long, List<Long>> themeIdsByParagraph(List<Long> paragraphIds) {
        return themes.themeIdsByParagraph(paragraphIds);
    }

    /** The ids of a theme and of all themes below it. */
    public Set<Long> themeAndDescendants(Theme theme) {
        List<Theme> all = themes();
        Set<Long> ids = new HashSet<>(List.of(theme.id()));
        List<Long> frontier = new ArrayList<>(ids);
        while (!frontier.isEmpty()) {
            Set<Long> parents = Set.copyOf(frontier);
            frontier.clear();
            for (Theme candidate : all) {
                if (candidate.parentId() != null && parents.contains(candidate.parentId()) && ids.add(candidate.id())) {
                    frontier.add(candidate.id());
                }
            }
        }
        return ids;
    }

    public List<Actor> institutions() {
        return snapshot().institutions();
    }

    public List<Actor> countries() {
        return snapshot().countries();
    }

    public Optional<Actor> institution(String code) {
        return institutions().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    public Optional<Actor> country(String code) {
        return countries().stream().filter(a -> a.code().equals(code)).findFirst();
    }

    /** An institution or a country, by its code. */
    public Optional<Actor> actor(String code) {
        return institution(code).or(() -> country(code));
    }

    public Optional<Actor> actor(long id) {
        return Optional.ofNullable(snapshot().actorsById().get(id));
    }
}
