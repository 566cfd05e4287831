package org.mandato.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandato.national.NationalReport.Entry;
import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;
import org.mandato.national.NationalReport.Sex;
import org.mandato.reporting.ReportStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class NationalReportRepository {

    private static final String PUBLISHED_IN_PERIOD = " and (:noFrom or cast(r.published_at as date) >= :from)"
            + " and (:noTo or cast(r.published_at as date) <= :to)";

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);

    private final JdbcClient jdbc;

    NationalReportRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Where a country's report for a cycle stands, without its entries (for the due-date view). */
    record Standing(long reportId, long cycleId, long countryId, ReportStatus status, OffsetDateTime submittedAt,
                    OffsetDateTime publishedAt, int entries) {}

    Optional<NationalReport> find(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    Optional<Long> idFor(long cycleId, long countryId) {
        return jdbc.sql("select id from national_report where cycle_id = :cycle and country_id = :country")
                .param("cycle", cycleId).param("country", countryId).query(Long.class).optional();
    }

    /** The ids of every national report (or of the published ones), oldest first. */
    List<Long> idsInIdOrder(boolean everything) {
        return jdbc.sql("select id from national_report where :everything or status = 'published' order by id")
                .param("everything", everything).query(Long.class).list();
    }

    /** Published reports, newest first; of one country when {@code countryId} is given. */
    List<NationalReport> findPublished(Long countryId) {
        return load(jdbc.sql("""
                        select id from national_report
                        where status = 'published' and (:anyCountry or country_id = :country)
                        order by published_at desc, id desc
                        """)
                .param("anyCountry", countryId == null).param("country", countryId == null ? -1L : countryId)
                .query(Long.class).list());
    }

    /** The newest published reports, at most {@code limit}. */
    List<NationalReport> findLatestPublished(int limit) {
        return load(jdbc.sql("select id from national_report where status = 'published' order by published_at desc, id desc limit :limit")
                .param("limit", limit).query(Long.class).list());
    }

    List<Standing> standings(Long countryId) {
        return jdbc.sql("""
                        select r.id, r.cycle_id, r.country_id, r.status, r.submitted_at, r.published_at,
                               (select count(*) from national_entry e where e.national_report_id = r.id) as entries
                        from national_report r
                        where :anyCountry or r.country_id = :country
                        """)
                .param("anyCountry", countryId == null).param("country", countryId == null ? -1L : countryId)
                .query((rs, n) -> new Standing(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("country_id"),
                        ReportStatus.fromCode(rs.getString("status")).orElseThrow(),
                        rs.getObject("submitted_at", OffsetDateTime.class), rs.getObject("published_at", OffsetDateTime.class),
                        rs.getInt("entries")))
                .list();
    }

    long insert(long cycleId, long countryId, String by, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into national_report (cycle_id, country_id, status, created_at, updated_at, updated_by, version)
                        values (:cycle, :country, 'draft', :now, :now, :by, 1)
                        """)
                .param("cycle", cycleId).param("country", countryId).param("now", now).param("by", by)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Moves the report to its next version if it is still at {@code version}; false when someone else got there first. */
    boolean touch(long id, int version, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        update national_report set version = version + 1, updated_at = :now, updated_by = :by
                        where id = :id and version = :version
                        """)
                .param("id", id).param("version", version).param("now", now).param("by", by)
                .update() == 1;
    }

    boolean changeStatus(long id, int version, ReportStatus from, ReportStatus to, String by, OffsetDateTime now,
                         String returnComment) {
        return jdbc.sql("""
                        update national_report
                        set status = :to, version = version + 1, updated_at = :now, updated_by = :by, return_comment = :comment,
                            submitted_at = case when :to = 'submitted' then :now else submitted_at end,
                            published_at = case when :to = 'published' then :now else published_at end
                        where id = :id and version = :version and status = :from
                        """)
                .param("to", to.code()).param("from", from.code()).param("now", now).param("by", by)
                .param("comment", returnComment).param("id", id).param("version", version)
                .update() == 1;
    }

    /** Keeps what the report said when it was returned, for the comparison on resubmission. */
    void keepReturnedContent(long id, String content) {
        jdbc.sql("update national_report set returned_content = :content where id = :id").param("content", content).param("id", id).update();
    }

    /** What the report said when it was last returned, if it ever was. */
    Optional<String> returnedContent(long id) {
        return jdbc.sql("select returned_content from national_report where id = :id").param("id", id).query(String.class).optional()
                .filter(java.util.Objects::nonNull);
    }

    /** Writes the entry for its paragraph, replacing any earlier entry for the same paragraph with its indicators. */
    long saveEntry(long reportId, EntryForm.Checked entry) {
        Optional<Long> existing = jdbc.sql("select id from national_entry where national_report_id = :report and paragraph_id = :paragraph")
                .param("report", reportId).param("paragraph", entry.paragraphId()).query(Long.class).optional();
        long entryId;
        if (existing.isPresent()) {
            entryId = existing.get();
            jdbc.sql("""
                            update national_entry set status = :status, goals = :goals, policies = :policies,
                                   limitations = :limitations, next_steps = :nextSteps where id = :id
                            """)
                    .param("status", entry.status().code()).param("goals", entry.goals()).param("policies", entry.policies())
                    .param("limitations", entry.limitations()).param("nextSteps", entry.nextSteps()).param("id", entryId)
                    .update();
            jdbc.sql("delete from indicator where entry_id = :id").param("id", entryId).update();
        } else {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into national_entry (national_report_id, paragraph_id, status, goals, policies, limitations, next_steps)
                            values (:report, :paragraph, :status, :goals, :policies, :limitations, :nextSteps)
                            """)
                    .param("report", reportId).param("paragraph", entry.paragraphId()).param("status", entry.status().code())
                    .param("goals", entry.goals()).param("policies", entry.policies()).param("limitations", entry.limitations())
                    .param("nextSteps", entry.nextSteps())
                    .update(keys, "id");
            entryId = keys.getKeyAs(Long.class);
        }
        int order = 0;
        for (Indicator indicator : entry.indicators()) {
            KeyHolder keys = new GeneratedKeyHolder();
            jdbc.sql("""
                            insert into indicator (entry_id, name, unit, baseline_value, baseline_year, target_value, target_year, sort_order)
                            values (:entry, :name, :unit, :baselineValue, :baselineYear, :targetValue, :targetYear, :order)
                            """)
                    .param("entry", entryId).param("name", indicator.name()).param("unit", indicator.unit())
                    .param("baselineValue", indicator.baselineValue()).param("baselineYear", indicator.baselineYear())
                    .param("targetValue", indicator.targetValue()).param("targetYear", indicator.targetYear())
                    .param("order", order++)
                    .update(keys, "id");
            long indicatorId = keys.getKeyAs(Long.class);
            for (Measurement value : indicator.values()) {
                jdbc.sql("""
                                insert into indicator_value (indicator_id, measured_on, sex, group_id, amount, note)
                                values (:indicator, :on, :sex, :group, :amount, :note)
                                """)
                        .param("indicator", indicatorId).param("on", value.measuredOn()).param("sex", value.sex().code())
                        .param("group", value.groupId()).param("amount", value.amount()).param("note", value.note())
                        .update();
            }
        }
        return entryId;
    }

    boolean deleteEntry(long reportId, long entryId) {
        return jdbc.sql("delete from national_entry where id = :entry and national_report_id = :report")
                .param("entry", entryId).param("report", reportId).update() == 1;
    }

    List<SelfReported> publishedEntries(Long cycleId) {
        return jdbc.sql("""
                        select r.id, r.cycle_id, r.country_id, e.paragraph_id, e.status, r.published_at
                        from national_report r join national_entry e on e.national_report_id = r.id
                        where r.status = 'published' and (:anyCycle or r.cycle_id = :cycle)
                        order by r.country_id, e.paragraph_id, r.cycle_id
                        """)
                .param("anyCycle", cycleId == null).param("cycle", cycleId == null ? -1L : cycleId)
                .query((rs, n) -> new SelfReported(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("country_id"),
                        rs.getLong("paragraph_id"), EntryStatus.fromCode(rs.getString("status")).orElseThrow(),
                        rs.getObject("published_at", OffsetDateTime.class).toLocalDate()))
                .list();
    }

    List<NationalReports.EntryAbout> publishedAbout(long paragraphId) {
        return jdbc.sql("""
                        select r.id, e.id as entry_id, r.cycle_id, r.country_id, e.status, r.published_at
                        from national_report r join national_entry e on e.national_report_id = r.id
                        where r.status = 'published' and e.paragraph_id = :paragraph
                        order by r.published_at desc, r.country_id
                        """)
                .param("paragraph", paragraphId)
                .query((rs, n) -> new NationalReports.EntryAbout(rs.getLong("id"), rs.getLong("entry_id"), rs.getLong("cycle_id"),
                        rs.getLong("country_id"), EntryStatus.fromCode(rs.getString("status")).orElseThrow(),
                        rs.getObject("published_at", OffsetDateTime.class).toLocalDate()))
                .list();
    }

    Set<Long> publishedParagraphIds(LocalDate from, LocalDate to) {
        return new HashSet<>(jdbc.sql("select distinct e.paragraph_id from national_report r "
                        + "join national_entry e on e.national_report_id = r.id where r.status = 'published'" + PUBLISHED_IN_PERIOD)
                .param("noFrom", from == null).param("from", from == null ? FIRST_DAY : from)
                .param("noTo", to == null).param("to", to == null ? LAST_DAY : to)
                .query(Long.class).list());
    }

    Map<Long, LocalDate> lastPublishedByCountry() {
        Map<Long, LocalDate> last = new HashMap<>();
        jdbc.sql("select country_id, max(published_at) as last from national_report where status = 'published' group by country_id")
                .query((rs, n) -> last.put(rs.getLong("country_id"), rs.getObject("last", OffsetDateTime.class).toLocalDate()))
                .list();
        return last;
    }

    /** Whole reports with their entries, indicators and values, in the order of {@code ids}. */
    private List<NationalReport> load(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Measurement>> values = new HashMap<>();
        jdbc.sql("""
                        select v.indicator_id, v.measured_on, v.sex, v.group_id, v.amount, v.note
                        from indicator_value v join indicator i on i.id = v.indicator_id
                        join national_entry e on e.id = i.entry_id
                        where e.national_report_id in (:ids)
                        order by v.measured_on, v.id
                        """)
                .param("ids", ids)
                .query((rs, n) -> values.computeIfAbsent(rs.getLong("indicator_id"), k -> new ArrayList<>()).add(new Measurement(
                        rs.getObject("measured_on", LocalDate.class), Sex.fromCode(rs.getString("sex")).orElseThrow(),
                        (Long) rs.getObject("group_id", Long.class), rs.getBigDecimal("amount").stripTrailingZeros(),
                        rs.getString("note"))))
                .list();
        Map<Long, List<Indicator>> indicators = new HashMap<>();
        jdbc.sql("""
                        select i.id, i.entry_id, i.name, i.unit, i.baseline_value, i.baseline_year, i.target_value, i.target_year
                        from indicator i join national_entry e on e.id = i.entry_id
                        where e.national_report_id in (:ids) order by i.entry_id, i.sort_order
                        """)
                .param("ids", ids)
                .query((rs, n) -> indicators.computeIfAbsent(rs.getLong("entry_id"), k -> new ArrayList<>()).add(new Indicator(
                        rs.getLong("id"), rs.getString("name"), rs.getString("unit"), plain(rs.getBigDecimal("baseline_value")),
                        (Integer) rs.getObject("baseline_year", Integer.class), plain(rs.getBigDecimal("target_value")),
                        (Integer) rs.getObject("target_year", Integer.class), values.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        Map<Long, List<Entry>> entries = new HashMap<>();
        jdbc.sql("""
                        select e.id, e.national_report_id, e.paragraph_id, e.status, e.goals, e.policies, e.limitations, e.next_steps
                        from national_entry e join paragraph p on p.id = e.paragraph_id
                        where e.national_report_id in (:ids) order by p.document_id, p.sort_order
                        """)
                .param("ids", ids)
                .query((rs, n) -> entries.computeIfAbsent(rs.getLong("national_report_id"), k -> new ArrayList<>()).add(new Entry(
                        rs.getLong("id"), rs.getLong("paragraph_id"), EntryStatus.fromCode(rs.getString("status")).orElseThrow(),
                        rs.getString("goals"), rs.getString("policies"), rs.getString("limitations"), rs.getString("next_steps"),
                        indicators.getOrDefault(rs.getLong("id"), List.of()))))
                .list();
        Map<Long, NationalReport> reports = new HashMap<>();
        jdbc.sql("""
                        select id, cycle_id, country_id, status, return_comment, version, updated_at, updated_by, submitted_at, published_at
                        from national_report where id in (:ids)
                        """)
                .param("ids", ids)
                .query((rs, n) -> reports.put(rs.getLong("id"), new NationalReport(rs.getLong("id"), rs.getLong("cycle_id"),
                        rs.getLong("country_id"), ReportStatus.fromCode(rs.getString("status")).orElseThrow(),
                        rs.getString("return_comment"), rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class),
                        rs.getString("updated_by"), rs.getObject("submitted_at", OffsetDateTime.class),
                        rs.getObject("published_at", OffsetDateTime.class), List.copyOf(entries.getOrDefault(rs.getLong("id"), List.of())))))
                .list();
        return ids.stream().map(reports::get).filter(java.util.Objects::nonNull).toList();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
