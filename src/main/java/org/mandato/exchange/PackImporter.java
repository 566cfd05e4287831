package org.mandato.exchange;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.mandato.catalog.ActorKind;
import org.mandato.catalog.CatalogImport;
import org.mandato.catalog.CatalogImport.ActorEntry;
import org.mandato.catalog.CatalogImport.DocumentEntry;
import org.mandato.catalog.CatalogImport.ParagraphEntry;
import org.mandato.catalog.CatalogImport.SectionEntry;
import org.mandato.catalog.CatalogImport.SummitEntry;
import org.mandato.catalog.CatalogImport.ThemeEntry;
import org.mandato.glossary.GlossaryImport;
import org.mandato.national.NationalImport;
import org.mandato.reporting.ReportImport;
import org.mandato.reporting.ReportImport.ReportEntry;
import org.mandato.reporting.ReportStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a data pack (see {@code packs/summits-of-the-americas/FORMAT.md}) in one transaction:
 * either every row of every file is written, or nothing is and the error names file and line.
 */
@Service
public class PackImporter {

    private static final Logger log = LoggerFactory.getLogger(PackImporter.class);
    /** Report rows written per batch: large enough to amortise the statements, small enough to stay light. */
    static final int REPORT_BATCH = 1_000;
    private static final java.util.regex.Pattern PACK_PATH = java.util.regex.Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get();

    private final ResourceLoader resources;
    private final CatalogImport catalog;
    private final ReportImport reports;
    private final NationalImport national;
    private final ApplicationEventPublisher events;
    private final GlossaryImport glossary;

    PackImporter(ResourceLoader resources, CatalogImport catalog, ReportImport reports, NationalImport national,
                 ApplicationEventPublisher events, GlossaryImport glossary) {
        this.glossary = glossary;
        this.national = national;
        this.resources = resources;
        this.catalog = catalog;
        this.reports = reports;
        this.events = events;
    }

    /** Loads the pack at {@code location}, a folder as a Spring resource ("classpath:packs/x/", "file:/path/"). */
    @Transactional
    public PackSummary load(String location) {
        Resource folder = resources.getResource(location.endsWith("/") ? location : location + "/");
        Properties manifest = manifest(folder);
        List<String> files = Arrays.stream(manifest.getProperty("files", "").split(","))
                .map(String::strip).filter(f -> !f.isEmpty()).toList();
        if (files.isEmpty()) {
            throw new PackLoadException("pack.properties", 0, "'files' lists no file", null);
        }
        files.forEach(file -> packFile(folder, file));
        int rows = 0;
        for (String file : files) {
            rows += loadFile(folder, file);
        }
        String name = manifest.getProperty("name", location);
        log.info("Loaded pack '{}': {} rows from {} files", name, rows, files.size());
        events.publishEvent(new PackLoaded(name));
        return new PackSummary(name, files.size(), rows);
    }

    public record PackSummary(String name, int files, int rows) {}

    /** Published when a pack has been written, in the same transaction. */
    public record PackLoaded(String name) {}

    /**
     * A file the manifest lists, which must lie inside the pack: a relative path of plain names (no
     * "..", no scheme, no escapes a URL would decode), and on disk, symbolic links followed, still
     * under the pack's folder. A pack may come from an upload: it must never make the server read
     * another of its files.
     */
    private static Resource packFile(Resource folder, String file) {
        if (!PACK_PATH.matcher(file).matches() || Arrays.stream(file.split("/")).anyMatch(s -> s.equals(".") || s.equals(".."))) {
            throw new PackLoadException("pack.properties", 0, "'files' names '" + file + "', which is not a path inside the pack "
                    + "(folders and names of letters, digits, '.', '_' and '-', separated by '/')", null);
        }
        try {
            Resource resource = folder.createRelative(file);
            java.io.File root = onDisk(folder);
            if (root != null && resource.exists()) {
                if (!resource.getFile().toPath().toRealPath().startsWith(root.toPath().toRealPath())) {
                    throw new PackLoadException("pack.properties", 0, "'files' names '" + file
                            + "', which leads outside the pack (a symbolic link)", null);
                }
            }
            return resource;
        } catch (IOException e) {
            throw new PackLoadException(file, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** The folder on disk, or null for a pack inside the application's jar. */
    private static java.io.File onDisk(Resource folder) {
        try {
            return folder.getFile();
        } catch (IOException notOnDisk) {
            return null;
        }
    }

    private Properties manifest(Resource folder) {
        try (Reader reader = reader(packFile(folder, "pack.properties"))) {
            Properties properties = new Properties();
            properties.load(reader);
            return properties;
        } catch (IOException e) {
            throw new PackLoadException("pack.properties", 0, "cannot be read at " + folder.getDescription(), e);
        }
    }

    private int loadFile(Resource folder, String file) {
        PackFileKind kind;
        try {
            kind = PackFileKind.of(file);
        } catch (IllegalArgumentException e) {
            throw new PackLoadException(file, 0, e.getMessage(), e);
        }
        try (Reader reader = reader(packFile(folder, file)); CSVParser parser = FORMAT.parse(reader)) {
            List<String> header = parser.getHeaderNames();
            for (String column : kind.requiredColumns) {
                if (!header.contains(column)) {
                    throw new PackLoadException(file, 1, "missing column '" + column + "'", null);
                }
            }
            String unknown = kind.unknownColumn(header);
            if (unknown != null) {
                throw new PackLoadException(file, 1, "unknown column '" + unknown + "'", null);
            }
            Iterator<CSVRecord> records = parser.iterator();
            long nextLine = parser.getCurrentLineNumber() + 1;
            int count = 0;
            ReportRows pending = new ReportRows(file);
            while (true) {
                long line = nextLine;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw new PackLoadException(file, line, "not valid CSV (" + rootMessage(e) + ")", e);
                }
                nextLine = parser.getCurrentLineNumber() + 1;
                if (!record.isConsistent()) {
                    throw new PackLoadException(file, line, "has " + record.size() + " values but the header has "
                            + header.size() + " columns", null);
                }
                try {
                    if (kind == PackFileKind.REPORTS) {
                        pending.add(reportEntry(new PackRow(record)), line);
                    } else {
                        write(kind, new PackRow(record), count);
                    }
                } catch (IllegalArgumentException e) {
                    throw new PackLoadException(file, line, e.getMessage(), e);
                } catch (org.springframework.dao.DataIntegrityViolationException e) {
                    throw new PackLoadException(file, line, "conflicts with data already loaded (" + rootMessage(e) + ")", e);
                }
                if (pending.size() == REPORT_BATCH) {
                    pending.flush();
                }
                count++;
            }
            pending.flush();
            return count;
        } catch (IOException e) {
            throw new PackLoadException(file, 0, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private void write(PackFileKind kind, PackRow row, int order) {
        switch (kind) {
            case THEMES -> catalog.theme(new ThemeEntry(row.required("slug"), row.optional("parent"),
                    row.integer("legacy_id"), row.localized("name")), order);
            case INSTITUTIONS -> catalog.actor(new ActorEntry(ActorKind.INSTITUTION, row.required("code"),
                    row.optional("website"), row.integer("jswg_from"), row.integer("jswg_until"), row.integer("legacy_id"),
                    row.localized("name"), row.localized("acronym")), order);
            case COUNTRIES -> catalog.actor(new ActorEntry(ActorKind.COUNTRY, countryCode(row.required("code")),
                    null, null, null, null, row.localized("name"), java.util.Map.of()), order);
            case SUMMITS -> catalog.summit(new SummitEntry(row.required("slug"), row.integer("ordinal"),
                    summitPlace(row), row.optional("country"), row.date("start_date"), row.date("end_date"),
                    row.optional("website"), row.localized("name"), row.localized("motto"), row.localized("place")), order);
            case DOCUMENTS -> catalog.document(new DocumentEntry(row.required("summit"), row.required("slug"),
                    row.required("kind"), row.date("adopted_on"), row.optional("official_url"),
                    row.required("citation_label"), row.localized("title")), order);
            case SECTIONS -> {
                String[] document = documentPath(row);
                catalog.section(new SectionEntry(document[0], document[1], row.required("code"), row.localized("name")), order);
            }
            case PARAGRAPHS -> {
                String[] document = documentPath(row);
                catalog.paragraph(new ParagraphEntry(document[0], document[1], row.required("number"),
                        row.optional("section"), row.optional("parent"), row.list("themes"),
                        row.localized("title"), row.localized("text")), order);
            }
            case REPORTS -> reports.report(reportEntry(row));
            case CYCLES -> national.cycle(row.required("slug"), row.date("period_start"), row.date("period_end"), row.date("due_date"),
                    row.list("summits"), row.localized("name"));
            case GROUPS -> national.group(row.required("code"), row.localized("name"));
            case NATIONAL_ENTRIES -> national.entry(new NationalImport.EntryRow(row.required("cycle"), row.required("country"),
                    ReportStatus.fromCode(row.required("report_status")).orElseThrow(() -> new IllegalArgumentException(
                            "column 'report_status': '" + row.optional("report_status") + "' is not one of draft, submitted, published, withdrawn")),
                    row.date("submitted_on"), row.date("published_on"), row.required("document"), row.required("number"),
                    row.required("status"), row.optional("goals"), row.optional("policies"), row.optional("limitations"),
                    row.optional("next_steps")));
            case INDICATORS -> national.indicator(new NationalImport.IndicatorRow(row.required("cycle"), row.required("country"),
                    row.required("document"), row.required("number"), row.required("name"), row.required("unit"),
                    row.optional("baseline_value"), row.integer("baseline_year"), row.optional("target_value"),
                    row.integer("target_year"), row.optional("values")));
            case GLOSSARY -> glossary.concept(row.required("concept"), row.required("kind"), row.localized("terms"), order);
        }
    }

    private static ReportEntry reportEntry(PackRow row) {
        return new ReportEntry(row.required("key"), row.required("author").toLowerCase(Locale.ROOT),
                row.date("date"), row.required("original_language"),
                ReportStatus.fromCode(row.required("status")).orElseThrow(() -> new IllegalArgumentException(
                        "column 'status': '" + row.optional("status") + "' is not one of draft, submitted, published, withdrawn")),
                row.list("themes"), row.optional("citations"), row.localized("title"), row.localized("body"));
    }

    /** Report rows waiting to be written in one batch, with the line each came from. */
    private final class ReportRows {
        private final String file;
        private final List<ReportEntry> entries = new ArrayList<>();
        private final List<Long> lines = new ArrayList<>();

        ReportRows(String file) {
            this.file = file;
        }

        void add(ReportEntry entry, long line) {
            entries.add(entry);
            lines.add(line);
        }

        int size() {
            return entries.size();
        }

        void flush() {
            if (entries.isEmpty()) {
                return;
            }
            try {
                reports.reports(entries);
            } catch (ReportImport.InvalidEntry e) {
                throw new PackLoadException(file, lines.get(e.index()), e.getMessage(), e);
            } catch (org.springframework.dao.DataIntegrityViolationException e) {
                throw new PackLoadException(file, lines.get(0), "or a line up to " + lines.get(lines.size() - 1)
                        + " conflicts with data already loaded (" + rootMessage(e) + ")", e);
            }
            entries.clear();
            lines.clear();
        }
    }

    /**
     * The place a summit is known by: the {@code place} column, which packs written before the
     * {@code place_<lang>} columns have, else the English place, else the first language's.
     */
    private static String summitPlace(PackRow row) {
        if (row.optional("place") != null) {
            return row.optional("place");
        }
        Map<String, String> places = row.localized("place");
        if (places.isEmpty()) {
            throw new IllegalArgumentException("column 'place': a value is required (in 'place' or in a 'place_<language>' column)");
        }
        return places.getOrDefault("en", places.values().iterator().next());
    }

    private static String countryCode(String code) {
        if (!code.matches("[A-Za-z]{2}")) {
            throw new IllegalArgumentException("column 'code': '" + code + "' is not an ISO 3166 alpha-2 code");
        }
        return code.toLowerCase(Locale.ROOT);
    }

    private static String[] documentPath(PackRow row) {
        String document = row.required("document");
        String[] parts = document.split("/");
        if (parts.length != 2) {
            throw new IllegalArgumentException("column 'document': '" + document + "' is not summit-slug/document-slug");
        }
        return parts;
    }

    private static Reader reader(Resource resource) throws IOException {
        return new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
