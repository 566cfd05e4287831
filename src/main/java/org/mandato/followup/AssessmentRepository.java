package org.mandato.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.followup.Assessment.Stage;
import org.mandato.followup.Assessment.Status;
import org.mandato.followup.ComplianceScores.Scored;
import org.mandato.web.LocalizedText;
import org.mandato.web.LocalizedTexts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Assessments and scoring guidelines. Every change of an assessment checks and raises its version. */
@Repository
class AssessmentRepository {

    private static final String COLUMNS = """
            a.id, a.cycle_id, a.actor_id, a.paragraph_id, a.stage, a.score, a.rationale, a.evidence, a.status, a.assessed_by,
            a.updated_at, a.published_at, a.draft_reason, a.version""";

    private final JdbcClient jdbc;

    AssessmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the Secretariat's list narrows to; a null field does not narrow. */
    record Filter(Long cycleId, Long actorId, Long documentId, Stage stage, Status status) {}

    Optional<Assessment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from assessment a where a.id = :id").param("id", id).query(this::row).optional();
    }

    /** The Secretariat's list, most recently changed first. */
    List<Assessment> find(Filter filter) {
        return jdbc.sql("select " + COLUMNS + """
                         from assessment a join paragraph p on p.id = a.paragraph_id
                        where (:anyCycle or a.cycle_id = :cycle) and (:anyActor or a.actor_id = :actor)
                          and (:anyDocument or p.document_id = :document) and (:anyStage or a.stage = :stage)
                          and (:anyStatus or a.status = :status)
                        order by a.updated_at desc, a.id desc
                        """)
                .param("anyCycle", filter.cycleId() == null).param("cycle", orNone(filter.cycleId()))
                .param("anyActor", filter.actorId() == null).param("actor", orNone(filter.actorId()))
                .param("anyDocument", filter.documentId() == null).param("document", orNone(filter.documentId()))
                .param("anyStage", filter.stage() == null).param("stage", filter.stage() == null ? "" : filter.stage().code())
                .param("anyStatus", filter.status() == null).param("status", filter.status() == null ? "" : filter.status().code())
                .query(this::row).list();
    }

    /** Published assessments of one actor or of one mandate (the other null), newest cycle first. */
    List<Assessment> published(Long actorId, Long paragraphId) {
        return jdbc.sql("select " + COLUMNS + """
                         from assessment a join reporting_cycle c on c.id = a.cycle_id
                        where a.status = 'published' and (:anyActor or a.actor_id = :actor)
                          and (:anyParagraph or a.paragraph_id = :paragraph)
                        order by c.due_date desc, c.id desc, a.paragraph_id, a.actor_id, a.stage
                        """)
                .param("anyActor", actorId == null).param("actor", orNone(actorId))
                .param("anyParagraph", paragraphId == null).param("paragraph", orNone(paragraphId))
                .query(this::row).list();
    }

    /** Every published score of a cycle ({@code cycleId} null: of every cycle), with its document and summit. */
    List<Scored> publishedScores(Long cycleId) {
        return jdbc.sql("""
                        select a.cycle_id, a.actor_id, a.paragraph_id, p.document_id, d.summit_id, a.stage, a.score
                        from assessment a join paragraph p on p.id = a.paragraph_id join document d on d.id = p.document_id
                        where a.status = 'published' and (:anyCycle or a.cycle_id = :cycle)
                        order by a.cycle_id, a.actor_id, a.paragraph_id, a.stage
                        """)
                .param("anyCycle", cycleId == null).param("cycle", orNone(cycleId))
                .query((rs, n) -> new Scored(rs.getLong("cycle_id"), rs.getLong("actor_id"), rs.getLong("paragraph_id"),
                        rs.getLong("document_id"), rs.getLong("summit_id"), Stage.fromCode(rs.getString("stage")).orElseThrow(),
                        rs.getInt("score")))
                .list();
    }

    Optional<Long> idOf(long cycleId, long actorId, long paragraphId, Stage stage) {
        return jdbc.sql("""
                        select id from assessment
                        where cycle_id = :cycle and actor_id = :actor and paragraph_id = :paragraph and stage = :stage
                        """)
                .param("cycle", cycleId).param("actor", actorId).param("paragraph", paragraphId).param("stage", stage.code())
                .query(Long.class).optional();
    }

    long insert(AssessmentForm.Checked checked, String by, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into assessment (cycle_id, actor_id, paragraph_id, stage, score, rationale, evidence, status,
                                                assessed_by, created_at, updated_at, version)
                        values (:cycle, :actor, :paragraph, :stage, :score, :rationale, :evidence, 'draft', :by, :now, :now, 1)
                        """)
                .param("cycle", checked.cycleId()).param("actor", checked.actorId()).param("paragraph", checked.paragraphId())
                .param("stage", checked.stage().code()).param("score", checked.score()).param("rationale", checked.rationale())
                .param("evidence", evidence(checked.evidence())).param("by", by).param("now", now)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    /** Changes the score, rationale and evidence if the version is still {@code version}. */
    boolean update(long id, int version, AssessmentForm.Checked checked, String by, OffsetDateTime now) {
        return jdbc.sql("""
                        update assessment set score = :score, rationale = :rationale, evidence = :evidence, assessed_by = :by,
                               updated_at = :now, version = version + 1
                        where id = :id and version = :version
                        """)
                .param("score", checked.score()).param("rationale", checked.rationale())
                .param("evidence", evidence(checked.evidence())).param("by", by).param("now", now)
                .param("id", id).param("version", version)
                .update() == 1;
    }

    /** Moves a draft to published, or back with a reason, if the version and status are still the expected ones. */
    boolean changeStatus(long id, int version, Status from, Status to, String draftReason, OffsetDateTime now) {
        return jdbc.sql("""
                        update assessment set status = :to, draft_reason = :reason, updated_at = :now, version = version + 1,
                               published_at = case when :publishing then :now else published_at end
                        where id = :id and version = :version and status = :from
                        """)
                .param("to", to.code()).param("reason", draftReason).param("now", now)
                .param("publishing", to == Status.PUBLISHED).param("id", id).param("version", version).param("from", from.code())
                .update() == 1;
    }

    boolean deleteDraft(long id, int version) {
        return jdbc.sql("delete from assessment where id = :id and version = :version and status = 'draft'")
                .param("id", id).param("version", version).update() == 1;
    }

    Map<Long, LocalizedText> guidelines(List<Long> paragraphIds) {
        if (paragraphIds.isEmpty()) {
            return Map.of();
        }
        LocalizedTexts texts = LocalizedTexts.collect(jdbc.sql(
                        "select paragraph_id, lang, guideline from scoring_guideline where paragraph_id in (:ids)")
                .param("ids", paragraphIds).query().listOfRows(), "paragraph_id", "guideline");
        Map<Long, LocalizedText> byParagraph = new HashMap<>();
        paragraphIds.forEach(id -> byParagraph.put(id, texts.get(id, "guideline")));
        return byParagraph;
    }

    /** Sets one language's guideline of a mandate; blank text removes it. */
    void saveGuideline(long paragraphId, String lang, String guideline) {
        jdbc.sql("delete from scoring_guideline where paragraph_id = :paragraph and lang = :lang")
                .param("paragraph", paragraphId).param("lang", lang).update();
        if (!guideline.isBlank()) {
            jdbc.sql("insert into scoring_guideline (paragraph_id, lang, guideline) values (:paragraph, :lang, :guideline)")
                    .param("paragraph", paragraphId).param("lang", lang).param("guideline", guideline).update();
        }
    }

    private Assessment row(ResultSet rs, int n) throws SQLException {
        return new Assessment(rs.getLong("id"), rs.getLong("cycle_id"), rs.getLong("actor_id"), rs.getLong("paragraph_id"),
                Stage.fromCode(rs.getString("stage")).orElseThrow(), rs.getInt("score"), rs.getString("rationale"),
                Assessment.evidenceLines(rs.getString("evidence")), Status.fromCode(rs.getString("status")).orElseThrow(),
                rs.getString("assessed_by"), rs.getObject("updated_at", OffsetDateTime.class),
                rs.getObject("published_at", OffsetDateTime.class), rs.getString("draft_reason"), rs.getInt("version"));
    }

    private static String evidence(List<String> urls) {
        return urls.isEmpty() ? null : Assessment.evidenceText(urls);
    }

    private static long orNone(Long id) {
        return id == null ? -1L : id;
    }
}
