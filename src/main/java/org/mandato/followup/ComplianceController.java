package org.mandato.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.followup.Assessment.Stage;
import org.mandato.followup.ComplianceScores.By;
import org.mandato.followup.CompliancePages.Entry;
import org.mandato.followup.CompliancePages.OverviewPage;
import org.mandato.followup.CompliancePages.Row;
import org.mandato.followup.CompliancePages.Table;
import org.mandato.national.ReportingCycle;
import org.mandato.national.ReportingCycles;
import org.mandato.web.Language;
import org.mandato.web.NotFoundException;
import org.mandato.web.CsvFiles;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

/** The public compliance pages: averages by actor, mandate, document, summit and cycle, each with its CSV, and the assessments one by one. */
@Controller
class ComplianceController {

    private final Compliance compliance;
    private final ReportingCycles cycles;
    private final Catalog catalog;

    ComplianceController(Compliance compliance, ReportingCycles cycles, Catalog catalog) {
        this.compliance = compliance;
        this.cycles = cycles;
        this.catalog = catalog;
    }

    @GetMapping("/compliance")
    String overview(@RequestParam(required = false) String cycle, @RequestParam(required = false) String stage, Locale locale,
                    Model model) {
        model.addAttribute("page", overview(cycle, stage, locale));
        return "followup/compliance";
    }

    /** {@code by}: actor, mandate, document, summit, cycle, or assessment for every published assessment counted. */
    @GetMapping("/compliance.csv")
    ResponseEntity<String> csv(@RequestParam(defaultValue = "actor") String by, @RequestParam(required = false) String cycle,
                               @RequestParam(required = false) String stage, Locale locale) {
        if (by.equals("assessment")) {
            return assessmentsCsv(cycle(cycle), stage(stage));
        }
        By grouping = By.fromCode(by).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown grouping " + by));
        OverviewPage page = overview(cycle, stage, locale);
        List<List<String>> rows = new ArrayList<>();
        page.tables().stream().filter(t -> t.by() == grouping).map(Table::rows).flatMap(List::stream).forEach((Row row) ->
                rows.add(List.of(row.code(), row.label(), String.valueOf(row.average().count()), String.valueOf(row.average().sum()),
                        row.average().average().toPlainString(), row.average().percent().toPlainString())));
        return CsvFiles.download("compliance-by-" + grouping.code() + ".csv",
                List.of(grouping.code(), "label", "assessments", "score_sum", "average", "percent"), rows);
    }

    @GetMapping("/compliance/institutions/{code}")
    String institution(@PathVariable String code, Model model) {
        return actor(catalog.institution(code).orElseThrow(() -> new NotFoundException("institution " + code)), model);
    }

    @GetMapping("/compliance/countries/{code}")
    String country(@PathVariable String code, Model model) {
        return actor(catalog.country(code).orElseThrow(() -> new NotFoundException("country " + code)), model);
    }

    @GetMapping("/compliance/summits/{summit}/{document}/{paragraph}")
    String mandate(@PathVariable String summit, @PathVariable String document, @PathVariable String paragraph, Model model) {
        var found = catalog.document(summit, document).flatMap(d -> catalog.paragraph(d, paragraph))
                .orElseThrow(() -> new NotFoundException("paragraph " + summit + "/" + document + "/" + paragraph));
        model.addAttribute("page", compliance.mandate(found));
        return "followup/complianceMandate";
    }

    private String actor(Actor actor, Model model) {
        model.addAttribute("page", compliance.actor(actor));
        return "followup/complianceActor";
    }

    private OverviewPage overview(String cycleSlug, String stageCode, Locale locale) {
        ReportingCycle cycle = cycle(cycleSlug);
        Stage stage = stage(stageCode);
        var query = UriComponentsBuilder.newInstance();
        if (cycle != null) {
            query.queryParam("cycle", cycle.slug());
        }
        query.queryParam("stage", stage.code());
        return compliance.overview(cycle, stage, Language.of(locale).code(), query.build().getQuery());
    }

    private ReportingCycle cycle(String slug) {
        return slug == null || slug.isBlank() ? null
                : cycles.cycle(slug.strip()).orElseThrow(() -> new NotFoundException("cycle " + slug));
    }

    private static Stage stage(String code) {
        return code == null || code.isBlank() ? Stage.FINAL
                : Stage.fromCode(code.strip()).orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown stage " + code));
    }

    private ResponseEntity<String> assessmentsCsv(ReportingCycle cycle, Stage stage) {
        List<List<String>> rows = new ArrayList<>();
        for (Entry entry : compliance.published(cycle, stage)) {
            Assessment a = entry.assessment();
            rows.add(List.of(entry.cycle().slug(), entry.actor().code(), entry.actor().kind().code(), entry.paragraph().citation(),
                    entry.paragraph().path(), a.stage().code(), String.valueOf(a.score()), a.rationale(), String.join(" ", a.evidence()),
                    a.publishedAt() == null ? "" : a.publishedAt().toLocalDate().toString(),
                    entry.selfReported() == null ? "" : entry.selfReported().code(), entry.agreement().code()));
        }
        return CsvFiles.download("compliance-assessments.csv", List.of("cycle", "actor", "actor_kind", "mandate", "mandate_url", "stage", "score",
                "rationale", "evidence", "published_on", "self_reported", "agreement"), rows);
    }
}
