package org.mandato.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.mandato.accounts.SignedInUser;
import org.mandato.reporting.ReportHistory.RevisionContent;
import org.mandato.reporting.ReportingPages.Comparison;
import org.mandato.reporting.ReportingPages.FieldComparison;
import org.mandato.reporting.ReportingPages.HistoryPage;
import org.mandato.web.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A report's history: every revision, and a readable comparison of any two. */
@Service
@Transactional(readOnly = true)
public class ReportTracing {

    private final ReportWorkflow workflow;
    private final ReportHistory history;

    ReportTracing(ReportWorkflow workflow, ReportHistory history) {
        this.workflow = workflow;
        this.history = history;
    }

    /** Compares {@code fromId} with {@code toId}; by default the last two revisions. */
    public HistoryPage history(SignedInUser user, long reportId, Long fromId, Long toId) {
        ReportWorkflow.ReportView view = workflow.view(user, reportId);
        List<Revision> revisions = history.revisions(reportId);
        Comparison comparison = null;
        if (revisions.size() >= 2 || (fromId != null && toId != null)) {
            Revision from = pick(revisions, fromId, revisions.size() - 2);
            Revision to = pick(revisions, toId, revisions.size() - 1);
            comparison = compare(reportId, from, to);
        }
        return new HistoryPage(view, revisions, comparison);
    }

    /**
     * For a report returned and sent again: the comparison of the version returned (the last move back
     * to draft) with the latest one, as an address of the history page; empty when it was never returned.
     */
    java.util.Optional<String> sinceReturned(long reportId) {
        List<Revision> revisions = history.revisions(reportId);
        Revision returned = null;
        for (Revision revision : revisions) {
            if ("status".equals(revision.kind()) && ReportStatus.DRAFT.code().equals(revision.status())) {
                returned = revision;
            }
        }
        if (returned == null || revisions.get(revisions.size() - 1).id() == returned.id()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of("/my/reports/" + reportId + "/history?from=" + returned.id() + "&to=" + revisions.get(revisions.size() - 1).id());
    }

    private static Revision pick(List<Revision> revisions, Long id, int fallbackIndex) {
        if (id == null) {
            return revisions.get(Math.max(0, fallbackIndex));
        }
        return revisions.stream().filter(r -> r.id() == id).findFirst()
                .orElseThrow(() -> new NotFoundException("revision " + id));
    }

    private Comparison compare(long reportId, Revision from, Revision to) {
        RevisionContent a = history.content(reportId, from.id()).orElseThrow();
        RevisionContent b = history.content(reportId, to.id()).orElseThrow();
        List<FieldComparison> fields = new ArrayList<>();
        fields.add(field("history.field.status", from.status(), to.status()));
        fields.add(field("history.field.date", a.date(), b.date()));
        fields.add(field("history.field.language", a.originalLanguage(), b.originalLanguage()));
        fields.add(field("history.field.themes", a.themes(), b.themes()));
        fields.add(field("history.field.citations", a.citations(), b.citations()));
        for (String lang : ReportForm.LANGUAGES) {
            String titleA = a.titles().get(lang);
            String titleB = b.titles().get(lang);
            if (titleA != null || titleB != null) {
                fields.add(field("history.field.title." + lang, nullToEmpty(titleA), nullToEmpty(titleB)));
            }
            String bodyA = a.bodies().get(lang);
            String bodyB = b.bodies().get(lang);
            if (bodyA != null || bodyB != null) {
                fields.add(field("history.field.body." + lang, nullToEmpty(bodyA), nullToEmpty(bodyB)));
            }
        }
        return new Comparison(from, to, fields);
    }

    private static FieldComparison field(String label, String before, String after) {
        boolean changed = !Objects.equals(before, after);
        return new FieldComparison(label, changed, TextDiff.compare(before, after));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
