package org.mandato.api;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.national.NationalReport;
import org.mandato.national.NationalReports;
import org.mandato.national.PopulationGroups;
import org.mandato.national.ReportingCycle;
import org.mandato.national.ReportingCycles;
import org.mandato.web.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reporting cycles and published national reports as JSON, with every indicator value. */
@RestController
@RequestMapping(value = "/api/v1", produces = "application/json")
class NationalApiController {

    record CycleJson(String slug, Map<String, String> name, String periodStart, String periodEnd, String dueDate, List<String> summits) {}

    record ValueJson(String date, String sex, String group, BigDecimal value, String note) {}

    record IndicatorJson(String name, String unit, BigDecimal baselineValue, Integer baselineYear, BigDecimal targetValue,
                         Integer targetYear, List<ValueJson> values) {}

    record EntryJson(long paragraphId, String document, String number, String citation, String status, String goals, String policies,
                     String limitations, String nextSteps, List<IndicatorJson> indicators) {}

    record NationalReportJson(long id, String cycle, String country, String publishedOn, String url, List<EntryJson> entries) {}

    private final ReportingCycles cycles;
    private final NationalReports reports;
    private final PopulationGroups groups;
    private final Catalog catalog;

    NationalApiController(ReportingCycles cycles, NationalReports reports, PopulationGroups groups, Catalog catalog) {
        this.cycles = cycles;
        this.reports = reports;
        this.groups = groups;
        this.catalog = catalog;
    }

    @GetMapping("/cycles")
    List<CycleJson> cycles(HttpServletRequest request) {
        ApiRequest.of(request, Set.of());
        Map<Long, String> summits = new HashMap<>();
        catalog.summits().forEach(s -> summits.put(s.id(), s.slug()));
        return cycles.all().stream().map(c -> new CycleJson(c.slug(), c.name().byLanguage(), c.periodStart().toString(),
                c.periodEnd().toString(), c.dueDate().toString(), c.summitIds().stream().map(summits::get).toList())).toList();
    }

    /** Published national reports, newest first, optionally of one cycle and one country. */
    @GetMapping("/national-reports")
    ResponseEntity<List<NationalReportJson>> nationalReports(HttpServletRequest request) {
        ApiRequest params = ApiRequest.of(request, Set.of("cycle", "country", "page", "per_page"));
        String cycleSlug = params.text("cycle");
        Long cycleId = cycleSlug == null ? null : cycles.cycle(cycleSlug).map(ReportingCycle::id)
                .orElseThrow(() -> new ApiRequest.BadParameter("cycle", "no reporting cycle '" + cycleSlug + "'"));
        String countryCode = params.text("country");
        Long countryId = countryCode == null ? null : catalog.country(countryCode.toLowerCase(java.util.Locale.ROOT)).map(Actor::id)
                .orElseThrow(() -> new ApiRequest.BadParameter("country", "no country '" + countryCode + "'"));
        List<NationalReport> matching = reports.published().stream()
                .filter(r -> cycleId == null || r.cycleId() == cycleId)
                .filter(r -> countryId == null || r.countryId() == countryId)
                .toList();
        int page = params.page();
        int perPage = params.perPage();
        Json json = new Json();
        List<NationalReportJson> body = matching.stream().skip((long) page * perPage).limit(perPage).map(json::report).toList();
        return ResponseEntity.ok().headers(Paging.headers(request, matching.size(), page + 1, perPage)).body(body);
    }

    @GetMapping("/national-reports/{id}")
    NationalReportJson nationalReport(@PathVariable long id, HttpServletRequest request) {
        ApiRequest.of(request, Set.of());
        return reports.published(id).map(new Json()::report)
                .orElseThrow(() -> new NotFoundException("no published national report " + id));
    }

    /** Looks up the catalogue once per request, not once per entry. */
    private final class Json {
        private final Map<Long, String> cycleSlugs = new HashMap<>();
        private final Map<Long, Actor> countries = new HashMap<>();
        private final Map<Long, Document> documents = new HashMap<>();
        private final Map<Long, String> groupCodes = new HashMap<>();

        Json() {
            cycles.all().forEach(c -> cycleSlugs.put(c.id(), c.slug()));
            catalog.countries().forEach(c -> countries.put(c.id(), c));
            catalog.documents().forEach(d -> documents.put(d.id(), d));
            groups.all().forEach(g -> groupCodes.put(g.id(), g.code()));
        }

        NationalReportJson report(NationalReport report) {
            Map<Long, Paragraph> paragraphs = new HashMap<>();
            catalog.paragraphs(report.entries().stream().map(NationalReport.Entry::paragraphId).toList()).forEach(p -> paragraphs.put(p.id(), p));
            List<EntryJson> entries = report.entries().stream().map(e -> {
                Paragraph p = paragraphs.get(e.paragraphId());
                Document d = documents.get(p.documentId());
                return new EntryJson(p.id(), d.summitSlug() + "/" + d.slug(), p.number(), p.citation(), e.status().code(), e.goals(),
                        e.policies(), e.limitations(), e.nextSteps(), e.indicators().stream().map(this::indicator).toList());
            }).toList();
            return new NationalReportJson(report.id(), cycleSlugs.get(report.cycleId()), countries.get(report.countryId()).code(),
                    report.publishedOn().map(Object::toString).orElse(null), report.path(), entries);
        }

        private IndicatorJson indicator(NationalReport.Indicator i) {
            return new IndicatorJson(i.name(), i.unit(), i.baselineValue(), i.baselineYear(), i.targetValue(), i.targetYear(),
                    i.values().stream().map(v -> new ValueJson(v.measuredOn().toString(), v.sex().code(),
                            v.groupId() == null ? null : groupCodes.get(v.groupId()), v.amount(), v.note())).toList());
        }
    }
}
