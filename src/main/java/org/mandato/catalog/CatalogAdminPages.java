package org.mandato.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.mandato.catalog.CatalogForms.DocumentForm;
import org.mandato.catalog.CatalogForms.InstitutionForm;
import org.mandato.catalog.CatalogForms.ParagraphForm;
import org.mandato.catalog.CatalogForms.SummitForm;
import org.mandato.catalog.CatalogForms.ThemeForm;
import org.mandato.web.Breadcrumb;
import org.mandato.web.FormErrors;
import org.mandato.web.Site;

/** The models of the Secretariat's catalogue screens, under {@code /secretariat/catalog}. */
public final class CatalogAdminPages {

    public static final String ROOT = "/secretariat/catalog";

    private CatalogAdminPages() {
    }

    /** Home › Secretariat › Catalogue, then {@code steps}; the index itself passes none. */
    public static List<Breadcrumb> trail(Site site, Breadcrumb... steps) {
        List<Breadcrumb> trail = new ArrayList<>(List.of(
                Breadcrumb.link(site.t("nav.home"), "/"),
                Breadcrumb.link(site.t("nav.secretariat"), "/secretariat"),
                steps.length == 0 ? Breadcrumb.here(site.t("catalogAdmin.index.title"))
                        : Breadcrumb.link(site.t("catalogAdmin.index.title"), ROOT)));
        trail.addAll(Arrays.asList(steps));
        return trail;
    }

    public static String summitsPath() {
        return ROOT + "/summits";
    }

    public static String summitPath(Summit summit) {
        return ROOT + "/summits/" + summit.id();
    }

    public static String documentsPath(Summit summit) {
        return summitPath(summit) + "/documents";
    }

    public static String documentPath(Document document) {
        return ROOT + "/documents/" + document.id();
    }

    public static String paragraphsPath(Document document) {
        return documentPath(document) + "/paragraphs";
    }

    public static String paragraphPath(Paragraph paragraph) {
        return ROOT + "/paragraphs/" + paragraph.id();
    }

    public static String themesPath() {
        return ROOT + "/themes";
    }

    public static String institutionsPath() {
        return ROOT + "/institutions";
    }

    public record IndexPage(List<Summit> summits, int themeCount, int institutionCount) {}

    public record SummitsPage(List<Summit> summits, boolean saved) {}

    /** {@code summit} is null for a new one. */
    public record SummitFormPage(Summit summit, SummitForm form, FormErrors errors) {
        public boolean isNew() {
            return summit == null;
        }

        public String action() {
            return isNew() ? summitsPath() + "/new" : summitPath(summit);
        }
    }

    public record DocumentsPage(Summit summit, List<Document> documents, boolean saved) {}

    /** {@code document} is null for a new one. */
    public record DocumentFormPage(Summit summit, Document document, DocumentForm form, FormErrors errors) {
        public boolean isNew() {
            return document == null;
        }

        public String action() {
            return isNew() ? documentsPath(summit) + "/new" : documentPath(document);
        }

        public List<String> kinds() {
            return CatalogForms.DOCUMENT_KINDS;
        }
    }

    public record ParagraphsPage(Summit summit, Document document, List<ParagraphRow> paragraphs, boolean saved) {}

    /** One paragraph of the list, with the section it is in (or null) and its themes. */
    public record ParagraphRow(Paragraph paragraph, Section section, List<Theme> themes) {}

    /** {@code paragraph} is null for a new one; {@code themes} in display order, sub-themes after their parent. */
    public record ParagraphFormPage(Summit summit, Document document, Paragraph paragraph, ParagraphForm form,
                                    List<Section> sections, List<Theme> themes, FormErrors errors, boolean kept) {
        public boolean isNew() {
            return paragraph == null;
        }

        public String action() {
            return isNew() ? paragraphsPath(document) + "/new" : paragraphPath(paragraph);
        }
    }

    /** Every theme in display order, sub-themes after their parent. */
    public record ThemesPage(List<Theme> themes, boolean saved) {}

    /** {@code theme} is null for a new one; {@code parents} are the top themes it may go under. */
    public record ThemeFormPage(Theme theme, ThemeForm form, List<Theme> parents, FormErrors errors) {
        public boolean isNew() {
            return theme == null;
        }

        public String action() {
            return isNew() ? themesPath() + "/new" : themesPath() + "/" + theme.id();
        }
    }

    public record InstitutionsPage(List<Actor> institutions, boolean saved) {}

    /** {@code institution} is null for a new one. */
    public record InstitutionFormPage(Actor institution, InstitutionForm form, FormErrors errors) {
        public boolean isNew() {
            return institution == null;
        }

        public String action() {
            return isNew() ? institutionsPath() + "/new" : institutionsPath() + "/" + institution.id();
        }
    }
}
