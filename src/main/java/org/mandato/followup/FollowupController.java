package org.mandato.followup;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Summit;
import org.mandato.catalog.Theme;
import org.mandato.followup.FollowupPages.CoveragePage;
import org.mandato.followup.FollowupPages.Scope;
import org.mandato.web.NotFoundException;
import org.mandato.web.CsvFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The coverage and freshness pages, each with its numbers as CSV. */
@Controller
class FollowupController {

    private final Followup followup;
    private final Catalog catalog;

    FollowupController(Followup followup, Catalog catalog) {
        this.followup = followup;
        this.catalog = catalog;
    }

    @GetMapping("/coverage")
    String coverage(@RequestParam(required = false) String summit, @RequestParam(required = false) String document,
                    @RequestParam(required = false) String theme, @RequestParam(required = false) String from,
                    @RequestParam(required = false) String to, Model model) {
        model.addAttribute("page", followup.coverage(scope(summit, document, theme, from, to)));
        return "followup/coverage";
    }

    @GetMapping("/coverage.csv")
    ResponseEntity<String> coverageCsv(@RequestParam(required = false) String summit, @RequestParam(required = false) String document,
                                       @RequestParam(required = false) String theme, @RequestParam(required = false) String from,
                                       @RequestParam(required = false) String to) {
        CoveragePage page = followup.coverage(scope(summit, document, theme, from, to));
        List<String> header = new ArrayList<>(List.of("institution"));
        page.heatMap().themes().forEach(t -> header.add(t.slug()));
        header.add("reports");
        List<List<String>> rows = new ArrayList<>();
        page.heatMap().rows().forEach(r -> {
            List<String> row = new ArrayList<>(List.of(r.institution().code()));
            r.counts().forEach(c -> row.add(String.valueOf(c)));
            row.add(String.valueOf(r.total()));
            rows.add(row);
        });
        rows.add(List.of());
        rows.add(List.of("orphan paragraph", "url"));
        page.orphans().forEach(p -> rows.add(List.of(p.citation(), p.path())));
        return CsvFiles.download("coverage.csv", header, rows);
    }

    @GetMapping("/freshness")
    String freshness(Model model) {
        model.addAttribute("page", followup.freshness());
        return "followup/freshness";
    }

    @GetMapping("/freshness.csv")
    ResponseEntity<String> freshnessCsv() {
        var page = followup.freshness();
        List<List<String>> rows = new ArrayList<>();
        java.util.stream.Stream.concat(page.institutions().stream(), page.countries().stream())
                .forEach(r -> rows.add(List.of(r.actor().code(), r.actor().kind().code(),
                        r.lastReport() == null ? "" : r.lastReport().toString(), r.light())));
        return CsvFiles.download("freshness.csv", List.of("actor", "kind", "last_published_report", "light"), rows);
    }

    private Scope scope(String summitSlug, String documentPath, String themeSlug, String from, String to) {
        Summit summit = blank(summitSlug) ? null
                : catalog.summit(summitSlug).orElseThrow(() -> new NotFoundException("summit " + summitSlug));
        Document document = null;
        if (!blank(documentPath)) {
            String[] parts = documentPath.split("/");
            document = (parts.length == 2 ? catalog.document(parts[0], parts[1]) : java.util.Optional.<Document>empty())
                    .orElseThrow(() -> new NotFoundException("document " + documentPath));
        }
        Theme theme = blank(themeSlug) ? null : catalog.theme(themeSlug).orElseThrow(() -> new NotFoundException("theme " + themeSlug));
        StringBuilder query = new StringBuilder();
        for (String[] pair : new String[][] {{"summit", summitSlug}, {"document", documentPath}, {"theme", themeSlug}, {"from", from}, {"to", to}}) {
            if (!blank(pair[1])) {
                query.append(query.isEmpty() ? "" : "&").append(pair[0]).append('=')
                        .append(java.net.URLEncoder.encode(pair[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return new Scope(summit, document, theme, date(from), date(to), query.toString());
    }

    private static LocalDate date(String text) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a date: " + text);
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
