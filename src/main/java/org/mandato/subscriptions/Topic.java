package org.mandato.subscriptions;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.mandato.catalog.Catalog;
import org.mandato.web.Site;

/**
 * What a subscription follows: a theme (by slug), a paragraph (by id), an institution or a country
 * (by code). {@link #key()} is how a published item names the topics it is about ("theme:migration").
 */
record Topic(String kind, String id) {

    static final List<String> KINDS = List.of("theme", "paragraph", "institution", "country");

    String key() {
        return kind + ":" + id;
    }

    /** The topic a form names, if the catalogue has it. */
    static Optional<Topic> find(Catalog catalog, String kind, String id) {
        if (kind == null || id == null || id.length() > 200) {
            return Optional.empty();
        }
        return switch (kind) {
            case "theme" -> catalog.theme(id).map(t -> new Topic(kind, t.slug()));
            case "paragraph" -> parseId(id).flatMap(p -> catalog.paragraphs(List.of(p)).stream().findFirst())
                    .map(p -> new Topic(kind, String.valueOf(p.id())));
            case "institution" -> catalog.institution(id).map(a -> new Topic(kind, a.code()));
            case "country" -> catalog.country(id.toLowerCase(Locale.ROOT)).map(a -> new Topic(kind, a.code()));
            default -> Optional.empty();
        };
    }

    /** The topic's name in the reader's language: the theme's or actor's name, the paragraph's citation. */
    String label(Catalog catalog, Site texts) {
        return switch (kind) {
            case "theme" -> catalog.theme(id).map(t -> texts.text(t.name())).orElse(id);
            case "paragraph" -> parseId(id).flatMap(p -> catalog.paragraphs(List.of(p)).stream().findFirst())
                    .map(p -> p.citation()).orElse(id);
            default -> catalog.actor(id).map(a -> texts.text(a.name())).orElse(id);
        };
    }

    /** The topic's public page. */
    String path(Catalog catalog) {
        return switch (kind) {
            case "theme" -> "/themes/" + id;
            case "paragraph" -> parseId(id).flatMap(p -> catalog.paragraphs(List.of(p)).stream().findFirst())
                    .map(p -> p.path()).orElse("/summits");
            case "institution" -> "/institutions/" + id;
            default -> "/countries/" + id;
        };
    }

    private static Optional<Long> parseId(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
