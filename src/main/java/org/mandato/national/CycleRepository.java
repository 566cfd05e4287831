package org.mandato.national;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.web.LocalizedTexts;
import org.mandato.web.TextTables;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class CycleRepository {

    private final JdbcClient jdbc;

    CycleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every cycle, the latest due date first. */
    List<ReportingCycle> findAll() {
        LocalizedTexts names = LocalizedTexts.collect(
                jdbc.sql("select cycle_id, lang, name from reporting_cycle_text").query().listOfRows(), "cycle_id", "name");
        Map<Long, List<Long>> summits = new HashMap<>();
        jdbc.sql("select cycle_id, summit_id from reporting_cycle_summit order by summit_id")
                .query((rs, n) -> summits.computeIfAbsent(rs.getLong("cycle_id"), k -> new ArrayList<>()).add(rs.getLong("summit_id")))
                .list();
        return jdbc.sql("select id, slug, period_start, period_end, due_date, reminder_days from reporting_cycle order by due_date desc, id desc")
                .query((rs, n) -> new ReportingCycle(rs.getLong("id"), rs.getString("slug"), names.get(rs.getLong("id"), "name"),
                        rs.getObject("period_start", LocalDate.class), rs.getObject("period_end", LocalDate.class),
                        rs.getObject("due_date", LocalDate.class), List.copyOf(summits.getOrDefault(rs.getLong("id"), List.of())),
                        rs.getInt("reminder_days")))
                .list();
    }

    Optional<Long> idBySlug(String slug) {
        return jdbc.sql("select id from reporting_cycle where slug = :slug").param("slug", slug).query(Long.class).optional();
    }

    long insert(CycleForm.Checked cycle, OffsetDateTime now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into reporting_cycle (slug, period_start, period_end, due_date, reminder_days, created_at, updated_at)
                        values (:slug, :start, :end, :due, :reminderDays, :now, :now)
                        """)
                .param("slug", cycle.slug()).param("start", cycle.periodStart()).param("end", cycle.periodEnd())
                .param("due", cycle.dueDate()).param("now", now)
                .param("reminderDays", cycle.reminderDays() == null ? ReportingCycle.DEFAULT_REMINDER_DAYS : cycle.reminderDays())
                .update(keys, "id");
        long id = keys.getKeyAs(Long.class);
        replaceDetails(id, cycle);
        return id;
    }

    void update(long id, CycleForm.Checked cycle, OffsetDateTime now) {
        jdbc.sql("""
                        update reporting_cycle set slug = :slug, period_start = :start, period_end = :end, due_date = :due,
                               reminder_days = coalesce(:reminderDays, reminder_days), updated_at = :now where id = :id
                        """)
                .param("slug", cycle.slug()).param("start", cycle.periodStart()).param("end", cycle.periodEnd())
                .param("due", cycle.dueDate()).param("now", now).param("id", id)
                .param("reminderDays", cycle.reminderDays(), java.sql.Types.INTEGER)
                .update();
        replaceDetails(id, cycle);
    }

    private void replaceDetails(long id, CycleForm.Checked cycle) {
        new TextTables(jdbc).replace("reporting_cycle_text", "cycle_id", id, Map.of("name", cycle.names()));
        jdbc.sql("delete from reporting_cycle_summit where cycle_id = :id").param("id", id).update();
        for (long summit : cycle.summitIds()) {
            jdbc.sql("insert into reporting_cycle_summit (cycle_id, summit_id) values (:id, :summit)")
                    .param("id", id).param("summit", summit).update();
        }
    }
}
