package org.mandato.followup;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

import org.mandato.accounts.TestUsers;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Small, hand-counted compliance data for tests: reporting cycles and published national reports
 * written straight into their tables, assessments through {@link Assessments} as the Secretariat.
 */
public final class ComplianceFixtures {

    private final JdbcClient jdbc;
    private final Assessments assessments;

    public ComplianceFixtures(JdbcClient jdbc, Assessments assessments) {
        this.jdbc = jdbc;
        this.assessments = assessments;
    }

    /** A cycle over the summits named by slug, due at the end of {@code year}; returns its id. */
    public long cycle(String slug, String nameEn, int year, String... summitSlugs) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reporting_cycle (slug, period_start, period_end, due_date, created_at, updated_at)
                        values (:slug, :start, :end, :due, :now, :now)
                        """)
                .param("slug", slug).param("start", LocalDate.of(year, 1, 1)).param("end", LocalDate.of(year, 12, 31))
                .param("due", LocalDate.of(year + 1, 3, 31)).param("now", OffsetDateTime.now())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        jdbc.sql("insert into reporting_cycle_text (cycle_id, lang, name) values (:id, 'en', :name)")
                .param("id", id).param("name", nameEn).update();
        for (String summit : summitSlugs) {
            jdbc.sql("insert into reporting_cycle_summit (cycle_id, summit_id) select :id, id from summit where slug = :slug")
                    .param("id", id).param("slug", summit).update();
        }
        return id;
    }

    /** The id of paragraph {@code number} of the document at {@code summit/document}. */
    public long paragraph(String documentPath, String number) {
        String[] parts = documentPath.split("/");
        return jdbc.sql("""
                        select p.id from paragraph p join document d on d.id = p.document_id join summit s on s.id = d.summit_id
                        where s.slug = :summit and d.slug = :document and p.number = :number
                        """)
                .param("summit", parts[0]).param("document", parts[1]).param("number", number).query(Long.class).single();
    }

    /**
     * A published national report of {@code country} in the cycle, with one entry per paragraph id and
     * status code. It is dated 2001, so that it is the oldest published report and tests that take the
     * newest one still find the demo pack's.
     */
    public void publishedNationalReport(long cycleId, String country, Map<Long, String> statusByParagraph) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into national_report (cycle_id, country_id, status, created_at, updated_at, published_at, updated_by, version)
                        select :cycle, id, 'published', :now, :now, :now, 'fixture', 1 from actor where code = :country
                        """)
                .param("cycle", cycleId).param("country", country).param("now", OffsetDateTime.parse("2001-01-01T12:00:00Z"))
                .update(keys, "id");
        long report = keys.getKeyAs(Long.class);
        statusByParagraph.forEach((paragraph, status) -> jdbc.sql("""
                        insert into national_entry (national_report_id, paragraph_id, status) values (:report, :paragraph, :status)
                        """)
                .param("report", report).param("paragraph", paragraph).param("status", status).update());
    }

    /** An assessment written as the Secretariat, published when asked; returns its id. */
    public long assess(String cycleSlug, String actor, long paragraph, String stage, int score, String rationale, boolean publish) {
        var form = new LinkedMultiValueMap<String, String>();
        form.add("cycle", cycleSlug);
        form.add("actor", actor);
        form.add("paragraph", String.valueOf(paragraph));
        form.add("stage", stage);
        form.add("score", String.valueOf(score));
        form.add("rationale", rationale);
        form.add("evidence", "https://example.org/evidence/" + actor + "/" + paragraph);
        long id = assessments.create(TestUsers.secretariat(), AssessmentForm.from(form));
        if (publish) {
            assessments.publish(TestUsers.secretariat(), id, 1);
        }
        return id;
    }

    /** Removes every assessment, guideline, national report and cycle, for a class that owns its database. */
    public void clear() {
        for (String table : new String[] {"assessment", "scoring_guideline", "indicator_value", "indicator", "national_entry",
                "national_report", "reporting_cycle_summit", "reporting_cycle_text", "reporting_cycle"}) {
            jdbc.sql("delete from " + table).update();
        }
    }
}
