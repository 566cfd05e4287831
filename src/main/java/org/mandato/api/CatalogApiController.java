package org.mandato.api;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.mandato.api.ApiModels.ActorJson;
import org.mandato.api.ApiModels.DocumentJson;
import org.mandato.api.ApiModels.ParagraphJson;
import org.mandato.api.ApiModels.SummitJson;
import org.mandato.api.ApiModels.ThemeJson;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Theme;
import org.mandato.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue as JSON: summits, documents, paragraphs, themes, institutions and countries. */
@RestController
@RequestMapping(value = "/api/v1", produces = "application/json")
class CatalogApiController {

    private final Catalog catalog;

    CatalogApiController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/summits")
    List<SummitJson> summits(HttpServletRequest request) {
        ApiRequest.of(request, Set.of());
        return catalog.summits().stream().map(SummitJson::of).toList();
    }

    @GetMapping("/summits/{slug}")
    SummitJson summit(@PathVariable String slug, HttpServletRequest request) {
        ApiRequest.of(request, Set.of());
        return catalog.summit(slug).map(SummitJson::of).orElseThrow(() -> new NotFoundException("no summit " + slug));
    }

    @GetMapping("/documents")
    List<DocumentJson> documents(HttpServletRequest request) {
        String summit = ApiRequest.of(request, Set.of("summit")).text("summit");
        return catalog.documents().stream()
                .filter(d -> summit == null || d.summitSlug().equals(summit))
                .map(DocumentJson::of).toList();
    }

    /** Paragraphs of one document ({@code summit-slug/document-slug}) or of all, optionally about a theme. */
    @GetMapping("/paragraphs")
    ResponseEntity<List<ParagraphJson>> paragraphs(HttpServletRequest request) {
        ApiRequest params = ApiRequest.of(request, Set.of("document", "theme", "page", "per_page"));
        List<Paragraph> paragraphs = paragraphsOf(params.text("document"), params.text("theme"));
        int page = params.page();
        int perPage = params.perPage();
        List<Paragraph> slice = paragraphs.stream().skip((long) page * perPage).limit(perPage).toList();
        Map<Long, List<Long>> themeIds = catalog.themeIdsByParagraph(slice.stream().map(Paragraph::id).toList());
        Map<Long, String> slugs = catalog.themes().stream().collect(Collectors.toMap(Theme::id, Theme::slug));
        List<ParagraphJson> body = slice.stream()
                .map(p -> ParagraphJson.of(p, themeIds.getOrDefault(p.id(), List.of()).stream().map(slugs::get).toList()))
                .toList();
        return ResponseEntity.ok().headers(Paging.headers(request, paragraphs.size(), page + 1, perPage)).body(body);
    }

    @GetMapping("/themes")
    List<ThemeJson> themes(HttpServletRequest request) {
        ApiRequest.of(request, Set.of());
        List<Theme> themes = catalog.themes();
        Map<Long, String> slugs = themes.stream().collect(Collectors.toMap(Theme::id, Theme::slug));
        return themes.stream().map(t -> ThemeJson.of(t, t.parentId() == null ? null : slugs.get(t.parentId()))).toList();
    }

    @GetMapping("/institutions")
    List<ActorJson> institutions(HttpServletRequest request) {
        ApiRequest.of(request, Set.of());
        return catalog.institutions().stream().map(ActorJson::of).toList();
    }

    @GetMapping("/countries")
    List<ActorJson> countries(HttpServletRequest request) {
        ApiRequest.of(request, Set.of());
        return catalog.countries().stream().map(ActorJson::of).toList();
    }

    private List<Paragraph> paragraphsOf(String documentPath, String themeSlug) {
        List<Paragraph> paragraphs;
        if (documentPath != null) {
            String[] parts = documentPath.split("/");
            Document document = parts.length == 2 ? catalog.document(parts[0], parts[1]).orElse(null) : null;
            if (document == null) {
                throw new ApiRequest.BadParameter("document", "no document '" + documentPath + "' (write summit-slug/document-slug)");
            }
            paragraphs = catalog.paragraphsOf(document);
        } else {
            paragraphs = catalog.documents().stream().flatMap(d -> catalog.paragraphsOf(d).stream()).toList();
        }
        if (themeSlug != null) {
            Theme theme = catalog.theme(themeSlug).orElseThrow(() -> new ApiRequest.BadParameter("theme", "no theme '" + themeSlug + "'"));
            Set<Long> about = catalog.paragraphsAbout(theme).stream().map(Paragraph::id).collect(Collectors.toSet());
            paragraphs = paragraphs.stream().filter(p -> about.contains(p.id())).toList();
        }
        return paragraphs;
    }

}
