package org.mandato.catalog;

import org.mandato.catalog.CatalogPages.ActorListPage;
import org.mandato.catalog.CatalogPages.DocumentPage;
import org.mandato.catalog.CatalogPages.SectionGroup;
import org.mandato.catalog.CatalogPages.SummitEntry;
import org.mandato.catalog.CatalogPages.SummitListPage;
import org.mandato.catalog.CatalogPages.SummitPage;
import org.mandato.catalog.CatalogPages.ThemeEntry;
import org.mandato.catalog.CatalogPages.ThemeListPage;
import org.mandato.web.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The catalogue's public pages: summits, their documents, and the lists of themes and actors. */
@Controller
class CatalogController {

    private final Catalog catalog;

    CatalogController(Catalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping("/summits")
    String summits(Model model) {
        var entries = catalog.summits().stream().map(s -> new SummitEntry(s, catalog.documentsOf(s))).toList();
        model.addAttribute("page", new SummitListPage(entries));
        return "catalog/summits";
    }

    @GetMapping("/summits/{summit}")
    String summit(@PathVariable String summit, Model model) {
        Summit found = catalog.summit(summit).orElseThrow(() -> new NotFoundException("summit " + summit));
        model.addAttribute("page", new SummitPage(found, catalog.documentsOf(found)));
        return "catalog/summit";
    }

    @GetMapping("/summits/{summit}/{document}")
    String document(@PathVariable String summit, @PathVariable String document, Model model) {
        Summit foundSummit = catalog.summit(summit).orElseThrow(() -> new NotFoundException("summit " + summit));
        Document found = catalog.document(summit, document).orElseThrow(() -> new NotFoundException("document " + document));
        var paragraphs = catalog.paragraphsOf(found);
        model.addAttribute("page", new DocumentPage(foundSummit, found,
                SectionGroup.of(catalog.sectionsOf(found), paragraphs), paragraphs.size()));
        return "catalog/document";
    }

    @GetMapping("/themes")
    String themes(Model model) {
        var all = catalog.themes();
        var entries = all.stream()
                .filter(Theme::isTopLevel)
                .map(t -> new ThemeEntry(t, all.stream().filter(c -> Long.valueOf(t.id()).equals(c.parentId())).toList()))
                .toList();
        model.addAttribute("page", new ThemeListPage(entries));
        return "catalog/themes";
    }

    @GetMapping("/institutions")
    String institutions(Model model) {
        model.addAttribute("page", new ActorListPage(true, catalog.institutions()));
        return "catalog/actors";
    }

    @GetMapping("/countries")
    String countries(Model model) {
        model.addAttribute("page", new ActorListPage(false, catalog.countries()));
        return "catalog/actors";
    }
}
