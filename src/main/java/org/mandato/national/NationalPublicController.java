package org.mandato.national;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.national.NationalPages.ListPage;
import org.mandato.national.NationalPages.ReportPage;
import org.mandato.national.NationalReport.Entry;
import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.web.CsvFiles;
import org.mandato.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The public side: published national reports, their indicators as tables, charts and CSV. */
@Controller
class NationalPublicController {

    private final NationalReports reports;
    private final ReportingCycles cycles;
    private final PopulationGroups groups;
    private final Catalog catalog;

    private final NationalReportPages pages;

    NationalPublicController(NationalReports reports, ReportingCycles cycles, PopulationGroups groups, Catalog catalog,
                             NationalReportPages pages) {
        this.pages = pages;
        this.reports = reports;
        this.cycles = cycles;
        this.groups = groups;
        this.catalog = catalog;
    }

    @GetMapping("/national-reports")
    String list(Model model) {
        Map<Long, List<NationalReport>> byCycle = new LinkedHashMap<>();
        reports.published().forEach(r -> byCycle.computeIfAbsent(r.cycleId(), k -> new java.util.ArrayList<>()).add(r));
        Map<Long, Actor> countries = new HashMap<>();
        catalog.countries().forEach(c -> countries.put(c.id(), c));
        byCycle.values().forEach(list -> list.sort(java.util.Comparator.comparing(r -> countries.get(r.countryId()).code())));
        model.addAttribute("page", new ListPage(cycles.all().stream().filter(c -> byCycle.containsKey(c.id())).toList(), byCycle, countries));
        return "national/list";
    }

    @GetMapping("/national-reports/{id}")
    String report(@PathVariable long id, Model model) {
        model.addAttribute("page", page(published(id)));
        return "national/report";
    }

    /** Every value of every indicator of the report, one row each, with its mandate. */
    @GetMapping(value = "/national-reports/{id}.csv", produces = "text/csv")
    ResponseEntity<String> csv(@PathVariable long id) {
        ReportPage page = page(published(id));
        List<List<Object>> rows = new ArrayList<>();
        for (Entry entry : page.report().entries()) {
            Paragraph paragraph = page.paragraphs().get(entry.paragraphId());
            for (Indicator indicator : entry.indicators()) {
                for (Measurement value : indicator.values()) {
                    rows.add(Arrays.asList(page.country().code(), page.cycle().slug(), paragraph.citation(), entry.status().code(),
                            indicator.name(), indicator.unit(), plain(indicator.baselineValue()), indicator.baselineYear(),
                            plain(indicator.targetValue()), indicator.targetYear(), value.measuredOn(), value.sex().code(),
                            value.groupId() == null ? "" : page.groups().get(value.groupId()).code(),
                            value.amount().toPlainString(), value.note()));
                }
            }
        }
        return CsvFiles.download("national-report-" + page.country().code() + "-" + page.cycle().slug() + ".csv",
                List.of("country", "cycle", "paragraph", "status", "indicator", "unit", "baseline_value", "baseline_year",
                        "target_value", "target_year", "date", "sex", "group", "value", "note"), rows);
    }

    private NationalReport published(long id) {
        return reports.published(id).orElseThrow(() -> new NotFoundException("national report " + id));
    }

    private ReportPage page(NationalReport report) {
        return pages.page(report);
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
