package org.mandato.exchange;

import java.io.IOException;
import java.io.Writer;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Paragraph;
import org.mandato.reporting.ReportExport;
import org.mandato.reporting.ReportFilter;
import org.mandato.web.CsvFiles;
import org.mandato.web.NotFoundException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import tools.jackson.databind.SequenceWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads in the import format: report listings as CSV or JSON (exactly the filtered set a page
 * shows), the whole public data as a pack, the Secretariat's full pack, and the import of a pack.
 */
@Controller
class ExportController {

    private final PackExporter exporter;
    private final PackUploads uploads;
    private final ReportExport reports;
    private final Catalog catalog;
    private final Backups backups;
    private final JsonMapper json;

    ExportController(PackExporter exporter, PackUploads uploads, ReportExport reports, Catalog catalog, Backups backups,
                     JsonMapper json) {
        this.json = json;
        this.backups = backups;
        this.exporter = exporter;
        this.uploads = uploads;
        this.reports = reports;
        this.catalog = catalog;
    }

    /** The reports a listing shows, as reports.csv, written while they are read (a listing may hold a million). */
    @GetMapping("/export/reports.csv")
    void reportsCsv(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportFilter filter = filter(request);
        Writer out = CsvFiles.download(response, "reports.csv");
        exporter.reports(filter, out);
        out.flush();
    }

    /** The same rows as JSON, written while they are read. */
    @GetMapping(value = "/export/reports.json", produces = MediaType.APPLICATION_JSON_VALUE)
    void reportsJson(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ReportFilter filter = filter(request);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"reports.json\"");
        try (SequenceWriter rows = json.writer().writeValuesAsArray(response.getOutputStream())) {
            reports.published(filter, batch -> rows.writeAll(batch));
        }
    }

    /** A catalogue listing as its pack file: themes, institutions, countries, summits, documents, or one document's paragraphs. */
    @GetMapping({"/export/{listing:themes|institutions|countries|summits|documents|sections}.csv",
            "/export/paragraphs/{summit}/{document}.csv"})
    ResponseEntity<String> catalogueCsv(@org.springframework.web.bind.annotation.PathVariable(required = false) String listing,
                                        @org.springframework.web.bind.annotation.PathVariable(required = false) String summit,
                                        @org.springframework.web.bind.annotation.PathVariable(required = false) String document) {
        String file = listing != null ? listing + ".csv" : "paragraphs/" + summit + "-" + document + ".csv";
        String content = exporter.catalogueFile(file).orElseThrow(() -> new NotFoundException(file));
        return CsvFiles.download(file.replace('/', '-'), content);
    }

    @GetMapping("/export/pack.zip")
    void publicPack(HttpServletResponse response) throws IOException {
        zip(response, "Mandato public data", false);
    }

    @GetMapping("/secretariat/export/pack.zip")
    void fullPack(HttpServletResponse response) throws IOException {
        zip(response, "Mandato full export", true);
    }

    /** The whole database as one archive, for {@code java -jar mandato.jar restore FILE} into an empty database. */
    @GetMapping("/secretariat/backup.zip")
    void backup(HttpServletResponse response) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mandato-backup.zip\"");
        backups.write(response.getOutputStream());
    }

    /** Loads an uploaded pack in one transaction; the answer says what was loaded or names the file and line at fault. */
    @PostMapping(value = "/secretariat/import/pack", produces = MediaType.TEXT_PLAIN_VALUE)
    @ResponseBody
    ResponseEntity<String> importPack(@RequestParam("file") MultipartFile file) throws IOException {
        try (var upload = file.getInputStream()) {
            PackImporter.PackSummary summary = uploads.load(upload);
            return ResponseEntity.ok("Loaded '" + summary.name() + "': " + summary.rows() + " rows from " + summary.files() + " files\n");
        } catch (PackLoadException e) {
            return ResponseEntity.badRequest().body(e.getMessage() + "\n");
        }
    }

    private void zip(HttpServletResponse response, String name, boolean allReports) throws IOException {
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"mandato-pack.zip\"");
        exporter.zip(name, allReports, response.getOutputStream());
    }

    /** The same filters as the pages: theme (with sub-themes), institution, country, paragraph (summit/document/number). */
    private ReportFilter filter(HttpServletRequest request) {
        Set<Long> themes = Set.of();
        String theme = request.getParameter("theme");
        if (theme != null && !theme.isBlank()) {
            themes = catalog.themeAndDescendants(catalog.theme(theme).orElseThrow(() -> new NotFoundException("theme " + theme)));
        }
        Long author = null;
        String institution = request.getParameter("institution");
        String country = request.getParameter("country");
        if (institution != null && !institution.isBlank()) {
            author = catalog.institution(institution).map(Actor::id).orElseThrow(() -> new NotFoundException("institution " + institution));
        } else if (country != null && !country.isBlank()) {
            author = catalog.country(country).map(Actor::id).orElseThrow(() -> new NotFoundException("country " + country));
        }
        Long paragraph = null;
        String path = request.getParameter("paragraph");
        if (path != null && !path.isBlank()) {
            String[] parts = path.split("/");
            paragraph = parts.length == 3 ? catalog.document(parts[0], parts[1]).flatMap(d -> catalog.paragraph(d, parts[2]))
                    .map(Paragraph::id).orElse(null) : null;
            if (paragraph == null) {
                throw new NotFoundException("paragraph " + path);
            }
        }
        return new ReportFilter(themes, author, null, null, paragraph, null, null, null, null);
    }

}
