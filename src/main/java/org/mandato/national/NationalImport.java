package org.mandato.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.catalog.Summit;
import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.reporting.ReportStatus;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes cycles, population groups, national entries and indicators that arrive from a data pack,
 * matched on their natural keys (cycle slug, group code, cycle + country + mandate, indicator name), so
 * loading the same pack twice changes nothing. The caller holds the transaction; bad data throws
 * {@link IllegalArgumentException} naming the column.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
public class NationalImport {

    static final String IMPORTER = "import";

    /** One entry row: the report it belongs to (with its status and dates) and what it says on one mandate. */
    public record EntryRow(String cycle, String country, ReportStatus reportStatus, LocalDate submittedOn, LocalDate publishedOn,
                           String document, String number, String status, String goals, String policies, String limitations,
                           String nextSteps) {}

    /** One indicator row; {@code values} holds value lines as typed in the entry form. */
    public record IndicatorRow(String cycle, String country, String document, String number, String name, String unit,
                               String baselineValue, Integer baselineYear, String targetValue, Integer targetYear, String values) {}

    private final JdbcClient jdbc;
    private final CycleRepository cycles;
    private final ReportingCycles readCycles;
    private final PopulationGroups groups;
    private final NationalReportRepository reports;
    private final Catalog catalog;
    private final MessageSource messages;

    NationalImport(JdbcClient jdbc, CycleRepository cycles, ReportingCycles readCycles, PopulationGroups groups,
                   NationalReportRepository reports, Catalog catalog, MessageSource messages) {
        this.jdbc = jdbc;
        this.cycles = cycles;
        this.readCycles = readCycles;
        this.groups = groups;
        this.reports = reports;
        this.catalog = catalog;
        this.messages = messages;
    }

    public void cycle(String slug, LocalDate start, LocalDate end, LocalDate due, List<String> summitSlugs, Map<String, String> names) {
        refuseControlCharacters("name", names);
        List<String> summitIds = new ArrayList<>();
        for (String summitSlug : summitSlugs) {
            summitIds.add(String.valueOf(catalog.summit(summitSlug).map(Summit::id)
                    .orElseThrow(() -> new IllegalArgumentException("column 'summits': unknown summit '" + summitSlug + "'"))));
        }
        // A pack has no reminder days: a cycle already here keeps its own, a new one gets the default.
        String reminderDays = readCycles.cycle(slug).map(c -> String.valueOf(c.reminderDays())).orElse("");
        CycleForm form = new CycleForm(slug, CycleForm.names(names), text(start), text(end), text(due), summitIds, reminderDays);
        if (readCycles.cycle(slug).map(CycleForm::of).filter(form::equals).isPresent()) {
            return;
        }
        try {
            readCycles.load(cycles.idBySlug(slug).orElse(null), form);
        } catch (FormErrors.Invalid invalid) {
            throw new IllegalArgumentException(describe(invalid.errors()));
        }
    }

    public void group(String code, Map<String, String> names) {
        refuseControlCharacters("name", names);
        Long id = groups.idsByCode().get(code);
        try {
            groups.save(id, code, names);
        } catch (FormErrors.Invalid invalid) {
            throw new IllegalArgumentException(describe(invalid.errors()));
        }
    }

    public void entry(EntryRow row) {
        ControlCharacters.refuse("column 'goals'", row.goals());
        ControlCharacters.refuse("column 'policies'", row.policies());
        ControlCharacters.refuse("column 'limitations'", row.limitations());
        ControlCharacters.refuse("column 'next_steps'", row.nextSteps());
        long reportId = report(row.cycle(), row.country(), row.reportStatus(), row.submittedOn(), row.publishedOn());
        Paragraph paragraph = paragraph(row.document(), row.number());
        EntryStatus status = EntryStatus.fromCode(row.status() == null ? "" : row.status()).orElseThrow(() -> new IllegalArgumentException(
                "column 'status': '" + row.status() + "' is not one of not_started, in_progress, completed, not_applicable"));
        var existing = reports.find(reportId).orElseThrow().entries().stream().filter(e -> e.paragraphId() == paragraph.id()).findFirst();
        List<Indicator> keep = existing.map(NationalReport.Entry::indicators).orElse(List.of());
        var checked = new EntryForm.Checked(paragraph.id(), status, row.goals(), row.policies(), row.limitations(), row.nextSteps(), keep);
        if (existing.isEmpty() || !sameEntry(existing.get(), checked)) {
            reports.saveEntry(reportId, checked);
        }
    }

    public void indicator(IndicatorRow row) {
        ControlCharacters.refuse("column 'name'", row.name());
        ControlCharacters.refuse("column 'unit'", row.unit());
        ControlCharacters.refuse("column 'values'", row.values());
        Actor country = country(row.country());
        ReportingCycle cycle = cycle(row.cycle());
        long reportId = reports.idFor(cycle.id(), country.id()).orElseThrow(() -> new IllegalArgumentException(
                "columns 'cycle', 'country': no national entry of " + row.country() + " in " + row.cycle() + " comes before this row"));
        Paragraph paragraph = paragraph(row.document(), row.number());
        NationalReport report = reports.find(reportId).orElseThrow();
        NationalReport.Entry entry = report.entries().stream().filter(e -> e.paragraphId() == paragraph.id()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("columns 'document', 'number': the national report has no entry for "
                        + paragraph.citation()));
        if (row.name() == null || row.unit() == null) {
            throw new IllegalArgumentException("columns 'name', 'unit': an indicator needs a name and a unit");
        }
        FormErrors errors = new FormErrors();
        BigDecimal baseline = Numbers.amount(nullToEmpty(row.baselineValue()), "baseline_value", errors);
        BigDecimal target = Numbers.amount(nullToEmpty(row.targetValue()), "target_value", errors);
        List<Measurement> values = EntryForm.values(nullToEmpty(row.values()), "values", groups.idsByCode(), errors);
        if (!errors.isEmpty()) {
            throw new IllegalArgumentException(describe(errors));
        }
        Indicator indicator = new Indicator(0, row.name(), row.unit(), baseline, row.baselineYear(), target, row.targetYear(), values);
        if (entry.indicators().stream().anyMatch(i -> sameIndicator(i, indicator))) {
            return;
        }
        List<Indicator> indicators = new ArrayList<>(entry.indicators().stream().filter(i -> !i.name().equals(row.name())).toList());
        indicators.add(indicator);
        reports.saveEntry(reportId, new EntryForm.Checked(paragraph.id(), entry.status(), entry.goals(), entry.policies(),
                entry.limitations(), entry.nextSteps(), indicators));
    }

    /** Rows stored earlier are left alone when nothing changed, so loading a pack twice keeps every id. */
    private static boolean sameEntry(NationalReport.Entry stored, EntryForm.Checked checked) {
        return new EntryForm.Checked(stored.paragraphId(), stored.status(), stored.goals(), stored.policies(), stored.limitations(),
                stored.nextSteps(), stored.indicators()).equals(checked);
    }

    /** Amounts are compared as stored and as parsed, both without trailing zeros; only the id may differ. */
    private static boolean sameIndicator(Indicator stored, Indicator wanted) {
        return new Indicator(wanted.id(), stored.name(), stored.unit(), stored.baselineValue(), stored.baselineYear(),
                stored.targetValue(), stored.targetYear(), stored.values()).equals(wanted);
    }

    private long report(String cycleSlug, String countryCode, ReportStatus status, LocalDate submittedOn, LocalDate publishedOn) {
        ReportingCycle cycle = cycle(cycleSlug);
        Actor country = country(countryCode);
        if (status == ReportStatus.PUBLISHED && publishedOn == null) {
            throw new IllegalArgumentException("column 'published_on': a published report needs its publication date");
        }
        OffsetDateTime submitted = moment(submittedOn != null ? submittedOn : publishedOn);
        OffsetDateTime published = status == ReportStatus.PUBLISHED || status == ReportStatus.WITHDRAWN ? moment(publishedOn) : null;
        OffsetDateTime changed = published != null ? published : submitted != null ? submitted : moment(cycle.periodEnd());
        java.util.Optional<Long> stored = reports.idFor(cycle.id(), country.id());
        if (stored.isPresent() && standsAsExported(reports.find(stored.get()).orElseThrow(), status, submittedOn, publishedOn)) {
            return stored.get();
        }
        long id = stored.orElseGet(() -> reports.insert(cycle.id(), country.id(), IMPORTER, changed));
        jdbc.sql("""
                        update national_report set status = :status, submitted_at = :submitted, published_at = :published,
                               updated_at = :changed, updated_by = :by where id = :id
                        """)
                .param("status", status.code())
                // A draft with a submission day was submitted once and returned: it keeps that day, as the workflow does.
                .param("submitted", status == ReportStatus.DRAFT ? moment(submittedOn) : submitted)
                .param("published", published).param("changed", changed).param("by", IMPORTER).param("id", id)
                .update();
        return id;
    }

    /**
     * The stored report already has the status and the days a pack exported from it states: loading
     * that pack again leaves it alone, the hour of its submission and who last changed it included.
     */
    private static boolean standsAsExported(NationalReport stored, ReportStatus status, LocalDate submittedOn, LocalDate publishedOn) {
        return stored.status() == status && java.util.Objects.equals(day(stored.submittedAt()), submittedOn)
                && java.util.Objects.equals(day(stored.publishedAt()), publishedOn);
    }

    private static LocalDate day(OffsetDateTime moment) {
        return moment == null ? null : moment.toLocalDate();
    }

    private ReportingCycle cycle(String slug) {
        return readCycles.cycle(slug == null ? "" : slug)
                .orElseThrow(() -> new IllegalArgumentException("column 'cycle': unknown reporting cycle '" + slug + "'"));
    }

    private Actor country(String code) {
        return catalog.country(code == null ? "" : code.toLowerCase(java.util.Locale.ROOT))
                .orElseThrow(() -> new IllegalArgumentException("column 'country': unknown country '" + code + "'"));
    }

    private Paragraph paragraph(String documentPath, String number) {
        String[] parts = documentPath == null ? new String[0] : documentPath.split("/");
        Document document = parts.length == 2 ? catalog.document(parts[0], parts[1]).orElse(null) : null;
        if (document == null) {
            throw new IllegalArgumentException("column 'document': '" + documentPath + "' is not a document (write summit/document)");
        }
        return catalog.paragraphsOf(document).stream().filter(p -> p.number().equals(number)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("column 'number': " + document.citationLabel() + " has no paragraph '"
                        + number + "'"));
    }

    /** Texts per language come from the columns {@code <field>_<lang>}. */
    private static void refuseControlCharacters(String field, Map<String, String> texts) {
        texts.forEach((lang, text) -> ControlCharacters.refuse("column '" + field + "_" + lang + "'", text));
    }

    private String describe(FormErrors errors) {
        return String.join("; ", errors.all().stream()
                .map(p -> p.field() + ": " + messages.getMessage(p.key(), p.args(), p.key(), java.util.Locale.ENGLISH)).toList());
    }

    private static OffsetDateTime moment(LocalDate day) {
        return day == null ? null : day.atTime(12, 0).atOffset(ZoneOffset.UTC);
    }

    private static String text(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
