package org.mandato.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Section;
import org.mandato.catalog.Theme;
import org.mandato.glossary.Glossary;
import org.mandato.national.NationalExport;
import org.mandato.national.NationalImport;
import org.mandato.reporting.ReportExport;
import org.mandato.reporting.ReportFilter;
import org.mandato.web.CsvFiles;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the catalogue and the reports as a data pack, in exactly the format {@link PackImporter}
 * reads (FORMAT.md): an export imported into an empty database exports again to the same bytes.
 */
@Service
@Transactional(propagation = Propagation.NOT_SUPPORTED)
public class PackExporter {

    /** Every text column is written for these languages, always in this order. */
    static final List<String> LANGUAGES = List.of("en", "es", "pt", "fr");

    private final Catalog catalog;
    private final ReportExport reports;
    private final NationalExport national;
    private final Glossary glossary;

    PackExporter(Catalog catalog, ReportExport reports, NationalExport national, Glossary glossary) {
        this.glossary = glossary;
        this.catalog = catalog;
        this.reports = reports;
        this.national = national;
    }

    /** One file of a pack: its path, and how to write it. */
    private record PackFile(String path, Content content) {}

    private interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * The pack's files in load order, the manifest first: the catalogue's built whole (it is small),
     * the reports and national reports written as they are read. {@code allReports} includes drafts
     * (Secretariat only).
     */
    private List<PackFile> pack(String name, boolean allReports) {
        Map<String, Integer> legacy = catalog.legacyIds();
        List<PackFile> files = new ArrayList<>();
        files.add(text("themes.csv", themes(legacy)));
        files.add(text("institutions.csv", institutions(legacy)));
        files.add(text("countries.csv", countries()));
        files.add(text("summits.csv", summits()));
        files.add(text("documents.csv", documents()));
        files.add(text("sections.csv", sections()));
        for (Document document : catalog.documents()) {
            files.add(text("paragraphs/" + document.summitSlug() + "-" + document.slug() + ".csv", paragraphs(document)));
        }
        files.add(new PackFile("reports.csv", out -> {
            CsvFiles.Rows rows = CsvFiles.rows(out, REPORT_HEADER);
            Consumer<List<ReportExport.Row>> batch = written -> written.forEach(r -> rows.add(reportRow(r)));
            if (allReports) {
                reports.everything(batch);
            } else {
                reports.publishedInIdOrder(batch);
            }
            rows.finish();
        }));
        files.add(text("cycles.csv", cycles()));
        files.add(text("groups.csv", groups()));
        files.add(new PackFile("national-entries.csv", out -> {
            CsvFiles.Rows rows = CsvFiles.rows(out, ENTRY_HEADER);
            national.eachReport(allReports, report -> report.entries().forEach(r -> rows.add(entryRow(r))));
            rows.finish();
        }));
        files.add(new PackFile("indicators.csv", out -> {
            CsvFiles.Rows rows = CsvFiles.rows(out, INDICATOR_HEADER);
            national.eachReport(allReports, report -> report.indicators().forEach(r -> rows.add(indicatorRow(r))));
            rows.finish();
        }));
        files.add(text("glossary.csv", glossary()));
        String manifest = "name=" + name + "\nfiles=" + String.join(",", files.stream().map(PackFile::path).toList()) + "\n";
        files.add(0, text("pack.properties", manifest));
        return files;
    }

    private static PackFile text(String path, String content) {
        return new PackFile(path, out -> out.write(content));
    }

    /** The pack's files by path, in load order, each whole in memory: for tests and small databases. */
    public Map<String, String> files(String name, boolean allReports) {
        Map<String, String> files = new LinkedHashMap<>();
        for (PackFile file : pack(name, allReports)) {
            StringWriter out = new StringWriter();
            write(file, out);
            files.put(file.path(), out.toString());
        }
        return files;
    }

    /** One catalogue file of the pack (themes.csv, …, paragraphs/v-port-of-spain-declaration.csv), if it exists. */
    public java.util.Optional<String> catalogueFile(String path) {
        return switch (path) {
            case "themes.csv" -> java.util.Optional.of(themes(catalog.legacyIds()));
            case "institutions.csv" -> java.util.Optional.of(institutions(catalog.legacyIds()));
            case "countries.csv" -> java.util.Optional.of(countries());
            case "summits.csv" -> java.util.Optional.of(summits());
            case "documents.csv" -> java.util.Optional.of(documents());
            case "sections.csv" -> java.util.Optional.of(sections());
            case "glossary.csv" -> java.util.Optional.of(glossary());
            default -> catalog.documents().stream()
                    .filter(d -> path.equals("paragraphs/" + d.summitSlug() + "-" + d.slug() + ".csv"))
                    .findFirst().map(this::paragraphs);
        };
    }

    /** The pack as a zip written to {@code out} as its reports are read. */
    public void zip(String name, boolean allReports, OutputStream out) {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            for (PackFile file : pack(name, allReports)) {
                ZipEntry entry = new ZipEntry(file.path());
                entry.setTime(0);
                zip.putNextEntry(entry);
                write(file, text);
                text.flush();
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(PackFile file, Writer out) {
        try {
            file.content().writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final List<String> REPORT_HEADER = header(List.of("key", "author", "date", "original_language", "status", "themes",
            "citations"), "title", "body");
    private static final List<String> ENTRY_HEADER = List.of("cycle", "country", "report_status", "submitted_on", "published_on",
            "document", "number", "status", "goals", "policies", "limitations", "next_steps");
    private static final List<String> INDICATOR_HEADER = List.of("cycle", "country", "document", "number", "name", "unit",
            "baseline_value", "baseline_year", "target_value", "target_year", "values");

    /** The published reports matching a listing's filter as reports.csv, written to {@code out} as they are read. */
    public void reports(ReportFilter filter, Writer out) {
        CsvFiles.Rows rows = CsvFiles.rows(out, REPORT_HEADER);
        reports.published(filter, batch -> batch.forEach(r -> rows.add(reportRow(r))));
        rows.finish();
    }

    private static List<String> reportRow(ReportExport.Row r) {
        return row(List.of(r.key(), r.author(), r.date(), nullToEmpty(r.originalLanguage()), r.status(), r.themes(), r.citations()),
                r.titles(), r.bodies());
    }

    private static List<String> entryRow(NationalImport.EntryRow r) {
        return List.of(r.cycle(), r.country(), r.reportStatus().code(), string(r.submittedOn()), string(r.publishedOn()), r.document(),
                r.number(), r.status(), nullToEmpty(r.goals()), nullToEmpty(r.policies()), nullToEmpty(r.limitations()),
                nullToEmpty(r.nextSteps()));
    }

    private static List<String> indicatorRow(NationalImport.IndicatorRow r) {
        return List.of(r.cycle(), r.country(), r.document(), r.number(), r.name(), r.unit(), nullToEmpty(r.baselineValue()),
                number(r.baselineYear()), nullToEmpty(r.targetValue()), number(r.targetYear()), nullToEmpty(r.values()));
    }

    private String cycles() {
        return csv(header(List.of("slug", "period_start", "period_end", "due_date", "summits"), "name"), national.cycles().stream()
                .map(c -> row(List.of(c.slug(), string(c.start()), string(c.end()), string(c.due()), String.join(";", c.summits())),
                        c.names())).toList());
    }

    private String groups() {
        return csv(header(List.of("code"), "name"), national.groups().stream()
                .map(g -> row(List.of(g.code()), g.name().byLanguage())).toList());
    }

    /** The glossary: one concept a row, each language's terms in one cell separated by "; ", preferred first. */
    private String glossary() {
        return csv(header(List.of("concept", "kind"), "terms"), glossary.concepts().stream()
                .map(c -> row(List.of(c.slug(), c.kind()), LANGUAGES.stream().filter(lang -> !c.terms(lang).isEmpty())
                        .collect(Collectors.toMap(lang -> lang, lang -> String.join("; ", c.terms(lang)))))).toList());
    }

    private String themes(Map<String, Integer> legacy) {
        List<Theme> themes = catalog.themes();
        Map<Long, String> slugs = themes.stream().collect(Collectors.toMap(Theme::id, Theme::slug));
        return csv(header(List.of("slug", "parent", "legacy_id"), "name"), themes.stream()
                .map(t -> row(List.of(t.slug(), t.parentId() == null ? "" : slugs.get(t.parentId()),
                        number(legacy.get("theme:" + t.slug()))), t.name().byLanguage())).toList());
    }

    private String institutions(Map<String, Integer> legacy) {
        return csv(header(List.of("code", "website", "jswg_from", "jswg_until", "legacy_id"), "acronym", "name"),
                catalog.institutions().stream().map(a -> row(List.of(a.code(), nullToEmpty(a.website()), number(a.jswgFrom()),
                        number(a.jswgUntil()), number(legacy.get("actor:" + a.code()))), a.shortName().byLanguage(),
                        a.name().byLanguage())).toList());
    }

    private String countries() {
        return csv(header(List.of("code"), "name"), catalog.countries().stream()
                .map(a -> row(List.of(a.code().toUpperCase(java.util.Locale.ROOT)), a.name().byLanguage())).toList());
    }

    private String summits() {
        return csv(header(List.of("slug", "ordinal", "place", "country", "start_date", "end_date", "website"), "name", "motto", "place"),
                catalog.summits().stream().map(s -> row(List.of(s.slug(), number(s.ordinal()), s.place(), nullToEmpty(s.countryCode()),
                        string(s.startDate()), string(s.endDate()), nullToEmpty(s.website())), s.name().byLanguage(),
                        s.motto().byLanguage(), s.places().byLanguage())).toList());
    }

    private String documents() {
        return csv(header(List.of("summit", "slug", "kind", "adopted_on", "official_url", "citation_label"), "title"),
                catalog.documents().stream().map(d -> row(List.of(d.summitSlug(), d.slug(), d.kind(), string(d.adoptedOn()),
                        nullToEmpty(d.officialUrl()), d.citationLabel()), d.title().byLanguage())).toList());
    }

    private String sections() {
        List<List<String>> rows = new ArrayList<>();
        for (Document document : catalog.documents()) {
            for (Section section : catalog.sectionsOf(document)) {
                rows.add(row(List.of(document.summitSlug() + "/" + document.slug(), section.code()), section.name().byLanguage()));
            }
        }
        return csv(header(List.of("document", "code"), "name"), rows);
    }

    private String paragraphs(Document document) {
        List<Paragraph> paragraphs = catalog.paragraphsOf(document);
        Map<Long, String> sections = catalog.sectionsOf(document).stream().collect(Collectors.toMap(Section::id, Section::code));
        Map<Long, String> numbers = paragraphs.stream().collect(Collectors.toMap(Paragraph::id, Paragraph::number));
        Map<Long, List<Long>> themeIds = catalog.themeIdsByParagraph(paragraphs.stream().map(Paragraph::id).toList());
        Map<Long, Theme> themes = catalog.themes().stream().collect(Collectors.toMap(Theme::id, Function.identity()));
        List<Theme> order = catalog.themes();
        String path = document.summitSlug() + "/" + document.slug();
        return csv(header(List.of("document", "number", "section", "parent", "themes"), "title", "text"), paragraphs.stream()
                .map(p -> row(List.of(path, p.number(), p.sectionId() == null ? "" : sections.get(p.sectionId()),
                        p.parentId() == null ? "" : numbers.get(p.parentId()),
                        order.stream().filter(t -> themeIds.getOrDefault(p.id(), List.of()).contains(t.id()))
                                .map(Theme::slug).collect(Collectors.joining(";"))),
                        p.title().byLanguage(), p.text().byLanguage())).toList());
    }

    private static List<String> header(List<String> columns, String... localizedFields) {
        List<String> header = new ArrayList<>(columns);
        for (String field : localizedFields) {
            LANGUAGES.forEach(lang -> header.add(field + "_" + lang));
        }
        return header;
    }

    @SafeVarargs
    private static List<String> row(List<String> values, Map<String, String>... texts) {
        List<String> row = new ArrayList<>(values);
        for (Map<String, String> byLanguage : texts) {
            LANGUAGES.forEach(lang -> row.add(nullToEmpty(byLanguage.get(lang))));
        }
        return row;
    }

    private static String csv(List<String> header, List<List<String>> rows) {
        return CsvFiles.write(header, rows);
    }

    private static String number(Integer value) {
        return value == null ? "" : value.toString();
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

}
