package org.mandato.reporting;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mandato.accounts.SignedInUser;
import org.mandato.reporting.ReportingPages.WorkList;
import org.mandato.reporting.ReportingPages.WorkSection;
import org.mandato.web.NotFoundException;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reports a person works on, by where they stand ("My work", the Secretariat's desk): each list
 * counted in SQL and read a page at a time, most recently changed first. The Secretariat sees every
 * actor's reports, tens of thousands of them published: no list is ever read whole.
 */
@Service
@Transactional(readOnly = true)
class WorkLists {

    /** Reports shown in each list of the overview; the rest are a link away. */
    static final int PREVIEW = 10;
    /** Reports on each page of one list. */
    static final int PAGE = 50;

    private final JdbcClient jdbc;
    private final Reports reports;
    private final ReportSummaries summaries;

    WorkLists(JdbcClient jdbc, Reports reports, ReportSummaries summaries) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.summaries = summaries;
    }

    /** Every list's number of reports and its first few. */
    Map<WorkSection, WorkList> overview(SignedInUser user) {
        Long author = authorOf(user);
        Map<WorkSection, Long> counts = counts(author);
        Map<WorkSection, WorkList> lists = new EnumMap<>(WorkSection.class);
        for (WorkSection section : WorkSection.values()) {
            long total = counts.getOrDefault(section, 0L);
            lists.put(section, total == 0 ? new WorkList(section, 0, List.of(), Map.of(), 0, PREVIEW)
                    : read(author, section, total, 0, PREVIEW));
        }
        return lists;
    }

    /** One page of one list ({@code page} from 0); a page past the last is not found, the first always exists. */
    WorkList page(SignedInUser user, WorkSection section, int page) {
        Long author = authorOf(user);
        long total = counts(author).getOrDefault(section, 0L);
        if (page < 0 || (page > 0 && (long) page * PAGE >= total)) {
            throw new NotFoundException("page " + (page + 1) + " of /my/work/" + section.slug());
        }
        return read(author, section, total, page, PAGE);
    }

    /** The Secretariat reads every actor's reports; anyone else those of the actor their account is bound to. */
    private static Long authorOf(SignedInUser user) {
        return user.isSecretariat() ? null : user.actorId().orElseThrow();
    }

    /** Counting is a pass over every report of the actor (of every actor, for the Secretariat): kept for a moment like the listings' counts. */
    private Map<WorkSection, Long> counts(Long author) {
        return summaries.get(new Counts(author), () -> Map.copyOf(count(author)));
    }

    private record Counts(Long author) {}

    private Map<WorkSection, Long> count(Long author) {
        Map<WorkSection, Long> counts = new EnumMap<>(WorkSection.class);
        jdbc.sql("select status, return_comment is not null as returned, count(*) as reports from report"
                        + (author == null ? "" : " where author_id = :author") + " group by status, return_comment is not null")
                .param("author", author == null ? -1L : author)
                .query((RowCallbackHandler) rs -> {
                    ReportStatus status = ReportStatus.fromCode(rs.getString("status")).orElseThrow();
                    for (WorkSection section : WorkSection.values()) {
                        if (section.status() == status && (section.returned() == null || section.returned() == rs.getBoolean("returned"))) {
                            counts.merge(section, rs.getLong("reports"), Long::sum);
                        }
                    }
                });
        return counts;
    }

    private WorkList read(Long author, WorkSection section, long total, int page, int size) {
        Map<Long, String> comments = new HashMap<>();
        List<Long> ids = jdbc.sql("select id, return_comment from report where status = :status"
                        + (author == null ? "" : " and author_id = :author")
                        + (section.returned() == null ? "" : section.returned() ? " and return_comment is not null" : " and return_comment is null")
                        // The status leads the order as it leads index report_by_status_updated (V19), which H2 then reads in order.
                        + " order by status, updated_at desc, id desc limit :limit offset :offset")
                .param("status", section.status().code()).param("author", author == null ? -1L : author)
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, n) -> {
                    if (rs.getString("return_comment") != null) {
                        comments.put(rs.getLong("id"), rs.getString("return_comment"));
                    }
                    return rs.getLong("id");
                })
                .list();
        return new WorkList(section, total, reports.anyStatus(ids), Map.copyOf(comments), page, size);
    }
}
