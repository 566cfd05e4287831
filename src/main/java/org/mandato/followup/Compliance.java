package org.mandato.followup;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.followup.Assessment.Stage;
import org.mandato.followup.ComplianceScores.Average;
import org.mandato.followup.ComplianceScores.By;
import org.mandato.followup.ComplianceScores.Scored;
import org.mandato.followup.CompliancePages.ActorPage;
import org.mandato.followup.CompliancePages.Entry;
import org.mandato.followup.CompliancePages.MandatePage;
import org.mandato.followup.CompliancePages.OverviewPage;
import org.mandato.followup.CompliancePages.Row;
import org.mandato.followup.CompliancePages.StageAverage;
import org.mandato.followup.CompliancePages.Table;
import org.mandato.national.EntryStatus;
import org.mandato.national.NationalReports;
import org.mandato.national.ReportingCycle;
import org.mandato.national.ReportingCycles;
import org.mandato.national.SelfReported;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the public reads of assessments: published ones only, averaged or one by one. */
@Service
@Transactional(readOnly = true)
public class Compliance {

    private final AssessmentRepository repository;
    private final ReportingCycles cycles;
    private final NationalReports nationalReports;
    private final Catalog catalog;

    Compliance(AssessmentRepository repository, ReportingCycles cycles, NationalReports nationalReports, Catalog catalog) {
        this.repository = repository;
        this.cycles = cycles;
        this.nationalReports = nationalReports;
        this.catalog = catalog;
    }

    /** The averages of {@code stage} in {@code cycle} (null: every cycle), labelled in {@code lang}. */
    public OverviewPage overview(ReportingCycle cycle, Stage stage, String lang, String query) {
        List<ReportingCycle> allCycles = cycles.all();
        ComplianceScores scores = ComplianceScores.of(repository.publishedScores(cycle == null ? null : cycle.id()), stage);
        List<Table> tables = new ArrayList<>();
        if (!scores.isEmpty()) {
            List<Actor> actors = new ArrayList<>(catalog.institutions());
            actors.addAll(catalog.countries());
            tables.add(table(By.ACTOR, scores, actors, Actor::id, Actor::code, a -> a.isInstitution() ? a.label(lang) : a.name().text(lang),
                    a -> "/compliance" + a.path()));
            tables.add(table(By.MANDATE, scores, catalog.paragraphs(scores.by(By.MANDATE).keySet()), Paragraph::id,
                    Paragraph::citation, Paragraph::citation, p -> "/compliance" + p.path()));
            tables.add(table(By.DOCUMENT, scores, catalog.documents(), Document::id, Document::citationLabel, Document::citationLabel,
                    Document::path));
            tables.add(table(By.SUMMIT, scores, catalog.summits(), Summit::id, Summit::slug, s -> s.name().text(lang), Summit::path));
            tables.add(table(By.CYCLE, scores, allCycles, ReportingCycle::id, ReportingCycle::slug, c -> c.name().text(lang),
                    c -> "/compliance?cycle=" + c.slug() + "&stage=" + stage.code()));
        }
        return new OverviewPage(allCycles, cycle, stage, scores.overall().orElse(null), tables, query);
    }

    public ActorPage actor(Actor actor) {
        List<Entry> entries = entries(repository.published(actor.id(), null));
        return new ActorPage(actor, averages(entries), entries, entries.stream().filter(e -> e.agreement().isDisagreement()).count());
    }

    public MandatePage mandate(Paragraph paragraph) {
        Document document = catalog.documents().stream().filter(d -> d.id() == paragraph.documentId()).findFirst().orElseThrow();
        List<Entry> entries = entries(repository.published(null, paragraph.id()));
        return new MandatePage(paragraph, document, repository.guidelines(List.of(paragraph.id())).get(paragraph.id()),
                averages(entries), entries, entries.stream().filter(e -> e.agreement().isDisagreement()).count());
    }

    /** Every published assessment of {@code cycle} (null: of every cycle) and {@code stage}, for the download. */
    public List<Entry> published(ReportingCycle cycle, Stage stage) {
        return entries(repository.published(null, null).stream()
                .filter(a -> a.stage() == stage && (cycle == null || a.cycleId() == cycle.id())).toList());
    }

    private List<Entry> entries(List<Assessment> assessments) {
        Map<String, EntryStatus> selfReported = new HashMap<>();
        if (!assessments.isEmpty()) {
            for (SelfReported entry : nationalReports.selfReported(null)) {
                selfReported.put(entry.cycleId() + "/" + entry.countryId() + "/" + entry.paragraphId(), entry.status());
            }
        }
        Map<Long, ReportingCycle> cyclesById = new HashMap<>();
        cycles.all().forEach(c -> cyclesById.put(c.id(), c));
        List<Long> paragraphIds = assessments.stream().map(Assessment::paragraphId).distinct().toList();
        Map<Long, Paragraph> paragraphs = new HashMap<>();
        catalog.paragraphs(paragraphIds).forEach(p -> paragraphs.put(p.id(), p));
        Map<Long, org.mandato.web.LocalizedText> guidelines = repository.guidelines(paragraphIds);
        Map<Long, Actor> actors = new HashMap<>();
        List<Entry> entries = new ArrayList<>();
        for (Assessment assessment : assessments) {
            Actor actor = actors.computeIfAbsent(assessment.actorId(), id -> catalog.actor(id).orElseThrow());
            EntryStatus status = actor.isInstitution() ? null
                    : selfReported.get(assessment.cycleId() + "/" + assessment.actorId() + "/" + assessment.paragraphId());
            entries.add(new Entry(assessment, cyclesById.get(assessment.cycleId()), actor, paragraphs.get(assessment.paragraphId()),
                    guidelines.get(assessment.paragraphId()), status,
                    actor.isInstitution() ? Agreement.NOT_REPORTED : Agreement.of(status, assessment.score())));
        }
        return entries;
    }

    private static List<StageAverage> averages(List<Entry> entries) {
        List<Scored> scored = entries.stream().map(e -> new Scored(e.assessment().cycleId(), e.assessment().actorId(),
                e.assessment().paragraphId(), 0, 0, e.assessment().stage(), e.assessment().score())).toList();
        List<StageAverage> averages = new ArrayList<>();
        for (Stage stage : List.of(Stage.FINAL, Stage.INTERIM)) {
            ComplianceScores.of(scored, stage).overall().ifPresent(a -> averages.add(new StageAverage(stage, a)));
        }
        return averages;
    }

    /** One row per item that has scores, in the items' order. */
    private static <T> Table table(By by, ComplianceScores scores, List<T> items, Function<T, Long> id, Function<T, String> code,
                                   Function<T, String> label, Function<T, String> href) {
        Map<Long, Average> averages = scores.by(by);
        Map<Long, Row> rows = new LinkedHashMap<>();
        for (T item : items) {
            Average average = averages.get(id.apply(item));
            if (average != null) {
                rows.put(id.apply(item), new Row(code.apply(item), label.apply(item), href.apply(item), average));
            }
        }
        return new Table(by, List.copyOf(rows.values()));
    }
}
