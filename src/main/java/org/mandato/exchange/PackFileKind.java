package org.mandato.exchange;

import java.util.Set;

/** The files a pack may hold, told apart by name, with the columns each one takes. */
enum PackFileKind {
    THEMES(Set.of("slug"), Set.of("parent", "legacy_id"), Set.of("name")),
    INSTITUTIONS(Set.of("code"), Set.of("website", "jswg_from", "jswg_until", "legacy_id"), Set.of("acronym", "name")),
    COUNTRIES(Set.of("code"), Set.of(), Set.of("name")),
    SUMMITS(Set.of("slug"), Set.of("place", "ordinal", "country", "start_date", "end_date", "website"), Set.of("name", "motto", "place")),
    DOCUMENTS(Set.of("summit", "slug", "kind", "citation_label"), Set.of("adopted_on", "official_url"), Set.of("title")),
    SECTIONS(Set.of("document", "code"), Set.of(), Set.of("name")),
    PARAGRAPHS(Set.of("document", "number"), Set.of("section", "parent", "themes"), Set.of("title", "text")),
    REPORTS(Set.of("key", "author", "date", "original_language", "status"), Set.of("themes", "citations"), Set.of("title", "body")),
    CYCLES(Set.of("slug", "period_start", "period_end", "due_date"), Set.of("summits"), Set.of("name")),
    GROUPS(Set.of("code"), Set.of(), Set.of("name")),
    NATIONAL_ENTRIES(Set.of("cycle", "country", "report_status", "document", "number", "status"),
            Set.of("submitted_on", "published_on", "goals", "policies", "limitations", "next_steps"), Set.of()),
    INDICATORS(Set.of("cycle", "country", "document", "number", "name", "unit"),
            Set.of("baseline_value", "baseline_year", "target_value", "target_year", "values"), Set.of()),
    GLOSSARY(Set.of("concept", "kind"), Set.of(), Set.of("terms"));

    final Set<String> requiredColumns;
    final Set<String> optionalColumns;
    final Set<String> localizedFields;

    PackFileKind(Set<String> requiredColumns, Set<String> optionalColumns, Set<String> localizedFields) {
        this.requiredColumns = requiredColumns;
        this.optionalColumns = optionalColumns;
        this.localizedFields = localizedFields;
    }

    static PackFileKind of(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        if (path.startsWith("paragraphs/")) {
            return PARAGRAPHS;
        }
        if (name.startsWith("reports")) {
            return REPORTS;
        }
        if (name.startsWith("national-entries")) {
            return NATIONAL_ENTRIES;
        }
        if (name.startsWith("indicators")) {
            return INDICATORS;
        }
        for (PackFileKind kind : values()) {
            if (name.equals(kind.name().toLowerCase(java.util.Locale.ROOT) + ".csv")) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no kind of pack file is named like this (themes.csv, institutions.csv, "
                + "countries.csv, summits.csv, documents.csv, sections.csv, paragraphs/*.csv, reports*.csv, cycles.csv, groups.csv, national-entries*.csv, indicators*.csv, glossary.csv)");
    }

    /** The first column of the header this kind of file does not take, if any. */
    String unknownColumn(Iterable<String> header) {
        for (String column : header) {
            var localized = PackRow.LOCALIZED_COLUMN.matcher(column);
            boolean isLocalized = localized.matches() && localizedFields.contains(localized.group(1));
            if (!isLocalized && !requiredColumns.contains(column) && !optionalColumns.contains(column)) {
                return column;
            }
        }
        return null;
    }
}
