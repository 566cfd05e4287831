package org.mandato.catalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mandato.catalog.ActorRepository.InstitutionValues;
import org.mandato.catalog.CatalogAdminPages.ParagraphRow;
import org.mandato.catalog.CatalogForms.DocumentForm;
import org.mandato.catalog.CatalogForms.InstitutionForm;
import org.mandato.catalog.CatalogForms.ParagraphForm;
import org.mandato.catalog.CatalogForms.SummitForm;
import org.mandato.catalog.CatalogForms.ThemeForm;
import org.mandato.catalog.ParagraphRepository.ParagraphValues;
import org.mandato.catalog.SummitRepository.DocumentValues;
import org.mandato.catalog.SummitRepository.SummitValues;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's changes to the catalogue, one entry per call and one transaction each. Entries
 * are found by id, so that a slug or a code can change. A form that does not fit throws
 * {@link org.mandato.web.FormErrors.Invalid} before anything is written; {@code id} null means a
 * new entry, and every save answers the entry's id.
 */
@Service
@Transactional
class CatalogEditing {

    private final Catalog catalog;
    private final SummitRepository summits;
    private final ParagraphRepository paragraphs;
    private final ThemeRepository themes;
    private final ActorRepository actors;
    private final ApplicationEventPublisher events;
    private final CatalogCache cache;

    CatalogEditing(Catalog catalog, SummitRepository summits, ParagraphRepository paragraphs, ThemeRepository themes,
                   ActorRepository actors, ApplicationEventPublisher events, CatalogCache cache) {
        this.events = events;
        this.cache = cache;
        this.catalog = catalog;
        this.summits = summits;
        this.paragraphs = paragraphs;
        this.themes = themes;
        this.actors = actors;
    }

    @Transactional(readOnly = true)
    public Optional<Summit> summit(long id) {
        return catalog.summits().stream().filter(s -> s.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Document> document(long id) {
        return catalog.documents().stream().filter(d -> d.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Paragraph> paragraph(long id) {
        return catalog.paragraphs(List.of(id)).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Theme> theme(long id) {
        return catalog.themes().stream().filter(t -> t.id() == id).findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Actor> institution(long id) {
        return catalog.actor(id).filter(Actor::isInstitution);
    }

    /** The paragraphs of a document, each with its section and themes, for the Secretariat's list. */
    @Transactional(readOnly = true)
    public List<ParagraphRow> paragraphRows(Document document) {
        List<Paragraph> all = catalog.paragraphsOf(document);
        Map<Long, Section> sections = catalog.sectionsOf(document).stream().collect(Collectors.toMap(Section::id, s -> s));
        Map<Long, Theme> themesById = catalog.themes().stream().collect(Collectors.toMap(Theme::id, t -> t));
        Map<Long, List<Long>> themeIds = catalog.themeIdsByParagraph(all.stream().map(Paragraph::id).toList());
        return all.stream()
                .map(p -> new ParagraphRow(p, p.sectionId() == null ? null : sections.get(p.sectionId()),
                        themeIds.getOrDefault(p.id(), List.of()).stream().map(themesById::get).toList()))
                .toList();
    }

    public long saveSummit(Long id, SummitForm form) {
        cache.written();
        FormChecks check = new FormChecks();
        String slug = check.slug("slug", form.slug(), 80);
        if (slug != null && takenByAnother(summits.summitIdBySlug(slug), id)) {
            check.add("slug", "catalogAdmin.error.summitSlugTaken", slug);
        }
        Integer ordinal = check.number("ordinal", form.ordinal(), 1, 99);
        String place = check.required("place", form.place(), 200);
        String country = check.countryCode("country", form.country());
        LocalDate start = check.date("startDate", form.startDate());
        LocalDate end = check.date("endDate", form.endDate());
        if (start != null && end != null && end.isBefore(start)) {
            check.add("endDate", "catalogAdmin.error.endBeforeStart", form.endDate(), form.startDate());
        } else if (end != null && form.startDate().isEmpty()) {
            check.add("startDate", "catalogAdmin.error.endWithoutStart");
        }
        String website = check.url("website", form.website(), 500);
        Map<String, String> name = check.texts("name", form.name(), 300, true);
        Map<String, String> motto = check.texts("motto", form.motto(), 500, false);
        Map<String, String> places = check.texts("places", form.places(), 200, false);
        check.throwIfAny();

        SummitValues values = new SummitValues(slug, ordinal, place, country, start, end, website);
        long saved = id == null ? summits.insertSummit(values) : update(id, () -> summits.updateSummit(id, values));
        summits.replaceSummitTexts(saved, name, motto, places);
        events.publishEvent(new CatalogChanged("summit " + saved));
        return saved;
    }

    public long saveDocument(long summitId, Long id, DocumentForm form) {
        cache.written();
        FormChecks check = new FormChecks();
        String slug = check.slug("slug", form.slug(), 80);
        if (slug != null && takenByAnother(summits.documentIdBySlug(summitId, slug), id)) {
            check.add("slug", "catalogAdmin.error.documentSlugTaken", slug);
        }
        String kind = check.required("kind", form.kind(), 40);
        if (kind != null && !CatalogForms.DOCUMENT_KINDS.contains(kind)) {
            check.add("kind", "catalogAdmin.error.kind");
        }
        LocalDate adoptedOn = check.date("adoptedOn", form.adoptedOn());
        String officialUrl = check.url("officialUrl", form.officialUrl(), 500);
        String citationLabel = check.required("citationLabel", form.citationLabel(), 120);
        if (citationLabel != null && takenByAnother(summits.documentIdByCitationLabel(citationLabel), id)) {
            check.add("citationLabel", "catalogAdmin.error.citationLabelTaken", citationLabel);
        }
        Map<String, String> title = check.texts("title", form.title(), 500, true);
        check.throwIfAny();

        DocumentValues values = new DocumentValues(slug, kind, adoptedOn, officialUrl, citationLabel);
        long saved = id == null ? summits.insertDocument(summitId, values) : update(id, () -> summits.updateDocument(id, values));
        summits.replaceDocumentTexts(saved, title);
        events.publishEvent(new CatalogChanged("document " + saved));
        return saved;
    }

    public long saveParagraph(Document document, Long id, ParagraphForm form) {
        cache.written();
        FormChecks check = new FormChecks();
        List<Paragraph> others = catalog.paragraphsOf(document).stream().filter(p -> !Objects.equals(p.id(), id)).toList();
        String number = check.required("number", form.number(), 60);
        String slug = number == null ? null : paragraphSlug(check, number, others);
        Long sectionId = null;
        if (!form.section().isEmpty()) {
            Set<Long> sections = catalog.sectionsOf(document).stream().map(Section::id).collect(Collectors.toSet());
            sectionId = FormChecks.id(form.section()).filter(sections::contains).orElse(null);
            if (sectionId == null) {
                check.add("section", "catalogAdmin.error.unknownSection");
            }
        }
        Long parentId = form.parentNumber().isEmpty() ? null
                : parentParagraph(check, form.parentNumber(), form.number(), id, others);
        Set<Long> knownThemes = catalog.themes().stream().map(Theme::id).collect(Collectors.toSet());
        List<Long> themeIds = new ArrayList<>();
        for (String value : form.themes()) {
            Optional<Long> themeId = FormChecks.id(value).filter(knownThemes::contains);
            if (themeId.isEmpty()) {
                check.add("themes", "catalogAdmin.error.unknownTheme");
                break;
            }
            themeIds.add(themeId.get());
        }
        Map<String, String> title = check.texts("title", form.title(), 500, false);
        Map<String, String> text = check.texts("text", form.text(), 100_000, false);
        check.throwIfAny();

        ParagraphValues values = new ParagraphValues(number, slug, sectionId, parentId);
        long saved = id == null ? paragraphs.insert(document.id(), values) : update(id, () -> paragraphs.update(id, values));
        paragraphs.replaceTexts(saved, title, text);
        paragraphs.replaceThemes(saved, themeIds.stream().distinct().toList());
        events.publishEvent(new CatalogChanged("paragraph " + saved));
        return saved;
    }

    public long saveTheme(Long id, ThemeForm form) {
        cache.written();
        FormChecks check = new FormChecks();
        String slug = check.slug("slug", form.slug(), 80);
        if (slug != null && takenByAnother(themes.idBySlug(slug), id)) {
            check.add("slug", "catalogAdmin.error.themeSlugTaken", slug);
        }
        Long parentId = form.parent().isEmpty() ? null : parentTheme(check, form.parent(), id);
        Map<String, String> name = check.texts("name", form.name(), 200, true);
        check.throwIfAny();

        long saved = id == null ? themes.insert(slug, parentId) : update(id, () -> themes.update(id, slug, parentId));
        themes.replaceTexts(saved, name);
        events.publishEvent(new CatalogChanged("theme " + saved));
        return saved;
    }

    public long saveInstitution(Long id, InstitutionForm form) {
        cache.written();
        FormChecks check = new FormChecks();
        String code = check.slug("code", form.code(), 40);
        if (code != null && takenByAnother(actors.idByCode(code), id)) {
            check.add("code", "catalogAdmin.error.codeTaken", code);
        }
        String website = check.url("website", form.website(), 500);
        Integer from = check.year("jswgFrom", form.jswgFrom());
        Integer until = check.year("jswgUntil", form.jswgUntil());
        if (from != null && until != null && until < from) {
            check.add("jswgUntil", "catalogAdmin.error.untilBeforeFrom", form.jswgUntil(), form.jswgFrom());
        } else if (until != null && form.jswgFrom().isEmpty()) {
            check.add("jswgFrom", "catalogAdmin.error.untilWithoutFrom");
        }
        Map<String, String> acronym = check.texts("acronym", form.acronym(), 80, false);
        Map<String, String> name = check.texts("name", form.name(), 300, true);
        check.throwIfAny();

        InstitutionValues values = new InstitutionValues(code, website, from, until);
        long saved = id == null ? actors.insertInstitution(values) : update(id, () -> actors.updateInstitution(id, values));
        actors.replaceTexts(saved, name, acronym);
        events.publishEvent(new CatalogChanged("institution " + saved));
        return saved;
    }

    /** The slug of a paragraph number, when the number makes one that no other paragraph of the document has. */
    private static String paragraphSlug(FormChecks check, String number, List<Paragraph> others) {
        String slug;
        try {
            slug = ParagraphNumbers.slug(number);
        } catch (IllegalArgumentException noLetterOrDigit) {
            check.add("number", "catalogAdmin.error.paragraphNumber", number);
            return null;
        }
        Optional<Paragraph> sameNumber = others.stream().filter(p -> p.number().equals(number)).findFirst();
        Optional<Paragraph> sameSlug = others.stream().filter(p -> p.slug().equals(slug)).findFirst();
        if (sameNumber.isPresent()) {
            check.add("number", "catalogAdmin.error.paragraphNumberTaken", number);
        } else if (sameSlug.isPresent()) {
            check.add("number", "catalogAdmin.error.paragraphSlugTaken", number, slug, sameSlug.get().number());
        } else if (slug.length() > 80) {
            check.add("number", "catalogAdmin.error.tooLong", FormChecks.label("number"), 80);
        }
        return slug;
    }

    /** The id of the paragraph numbered {@code number} in the same document, unless that would make a loop. */
    private static Long parentParagraph(FormChecks check, String number, String ownNumber, Long id, List<Paragraph> others) {
        if (number.equals(ownNumber)) {
            check.add("parentNumber", "catalogAdmin.error.parentIsSelf");
            return null;
        }
        Optional<Paragraph> parent = others.stream().filter(p -> p.number().equals(number)).findFirst();
        if (parent.isEmpty()) {
            check.add("parentNumber", "catalogAdmin.error.unknownParentParagraph", number);
            return null;
        }
        // Walk up from the chosen parent: meeting this paragraph means the chain would loop.
        Long ancestor = parent.get().parentId();
        for (int steps = 0; ancestor != null && steps <= others.size(); steps++) {
            if (ancestor.equals(id)) {
                check.add("parentNumber", "catalogAdmin.error.parentLoop", number);
                return null;
            }
            Long current = ancestor;
            ancestor = others.stream().filter(p -> p.id() == current).map(Paragraph::parentId).findFirst().orElse(null);
        }
        return parent.get().id();
    }

    /** The id of a top theme other than {@code id}; a theme with sub-themes cannot become one. */
    private Long parentTheme(FormChecks check, String value, Long id) {
        List<Theme> all = catalog.themes();
        Optional<Theme> parent = FormChecks.id(value).flatMap(pid -> all.stream().filter(t -> t.id() == pid).findFirst());
        if (parent.isEmpty()) {
            check.add("parent", "catalogAdmin.error.unknownParentTheme");
        } else if (parent.get().id() == Objects.requireNonNullElse(id, -1L)) {
            check.add("parent", "catalogAdmin.error.themeParentIsSelf");
        } else if (!parent.get().isTopLevel()) {
            check.add("parent", "catalogAdmin.error.parentNotTopLevel");
        } else if (id != null && all.stream().anyMatch(t -> id.equals(t.parentId()))) {
            check.add("parent", "catalogAdmin.error.hasSubThemes");
        } else {
            return parent.get().id();
        }
        return null;
    }

    private static boolean takenByAnother(Optional<Long> holder, Long id) {
        return holder.isPresent() && !holder.get().equals(id);
    }

    private static long update(long id, Runnable update) {
        update.run();
        return id;
    }
}
