package org.mandato.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportStore.StoredReport;
import org.mandato.web.FormErrors;
import org.mandato.web.ForbiddenException;
import org.mandato.web.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a report: draft → submitted → published, returned to draft with a comment, or
 * withdrawn. Who may do what is decided here, for pages and any later API alike: a report one may
 * not see answers 404, an action one may not take 403.
 */
@Service
@Transactional
public class ReportWorkflow {

    private final ReportStore store;
    private final ReportFormReader reader;
    private final Reports reports;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportWorkflow(ReportStore store, ReportFormReader reader, Reports reports, Catalog catalog,
                   ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.reader = reader;
        this.reports = reports;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** A report as its writers and reviewers see it, with what this person may do next. */
    public record ReportView(Report report, int version, String returnComment, boolean canEdit, boolean canSubmit,
                             boolean canReview, boolean canWithdraw) {}

    /** The actor a new report of this person is filed for; the Secretariat names one in the form. */
    public Actor authorFor(SignedInUser user, String requestedAuthor) {
        if (user.isSecretariat()) {
            return catalog.actor(requestedAuthor == null ? "" : requestedAuthor.strip())
                    .orElseThrow(() -> new FormErrors.Invalid(new FormErrors().add("author", "report.error.author")));
        }
        Actor own = catalog.actor(user.actorId().orElseThrow(() -> new ForbiddenException("no actor"))).orElseThrow();
        if (requestedAuthor != null && !requestedAuthor.isBlank() && !requestedAuthor.strip().equals(own.code())) {
            throw new ForbiddenException(user.getUsername() + " may not file for " + requestedAuthor);
        }
        return own;
    }

    public long create(SignedInUser user, ReportForm form) {
        Actor author = authorFor(user, form.author());
        ReportContent content = reader.read(form);
        return store.insert(author.id(), content, ReportStatus.DRAFT, null, user.getUsername(), OffsetDateTime.now(clock));
    }

    /** The stored report as an editor form, for a person allowed to edit it. */
    @Transactional(readOnly = true)
    public ReportForm formFor(SignedInUser user, long id) {
        StoredReport stored = editable(user, id);
        ReportContent content = stored.content();
        String author = catalog.actor(stored.authorId()).map(Actor::code).orElse("");
        return new ReportForm(content.date().toString(), content.originalLanguage(), content.titles(), content.bodies(),
                content.themeIds().stream().map(String::valueOf).toList(), reader.citationText(content.paragraphIds()),
                author, stored.version());
    }

    /** Saves the form over the version it started from; a newer version wins and the form is kept aside. */
    public Optional<EditConflict> save(SignedInUser user, long id, ReportForm form) {
        StoredReport stored = editable(user, id);
        ReportContent content = reader.read(form);
        if (form.version() == null) {
            throw new FormErrors.Invalid(new FormErrors().add("version", "report.error.version"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (form.version() != stored.version()) {
            store.recordConflict(id, form.version(), content, stored.status(), user.getUsername(), now);
            return Optional.of(new EditConflict(id, form));
        }
        if (!content.equals(stored.content())) {
            store.update(id, stored.version(), content, user.getUsername(), now, changeNote(stored.content(), content));
        }
        return Optional.empty();
    }

    public void submit(SignedInUser user, long id, int version) {
        StoredReport stored = target(user, id);
        require(user.mayWriteFor(stored.authorId()) && stored.status() == ReportStatus.DRAFT, "submit", stored);
        move(user, stored, version, ReportStatus.DRAFT, ReportStatus.SUBMITTED, null, "submitted");
        events.publishEvent(new ReportEvents.ReportSubmitted(id, authorCode(stored), user.getUsername()));
    }

    public void publish(SignedInUser user, long id, int version) {
        StoredReport stored = target(user, id);
        require(user.isSecretariat() && stored.status() == ReportStatus.SUBMITTED, "publish", stored);
        move(user, stored, version, ReportStatus.SUBMITTED, ReportStatus.PUBLISHED, null, "published");
        events.publishEvent(new ReportEvents.ReportPublished(id, authorCode(stored), user.getUsername()));
    }

    public void returnToDraft(SignedInUser user, long id, int version, String comment) {
        StoredReport stored = target(user, id);
        require(user.isSecretariat() && stored.status() == ReportStatus.SUBMITTED, "return", stored);
        String why = requiredText(comment, "comment", "report.error.commentRequired");
        move(user, stored, version, ReportStatus.SUBMITTED, ReportStatus.DRAFT, why, "returned: " + why);
        events.publishEvent(new ReportEvents.ReportReturned(id, authorCode(stored), user.getUsername(), why));
    }

    public void withdraw(SignedInUser user, long id, int version, String reason) {
        StoredReport stored = target(user, id);
        require(user.isSecretariat() && stored.status() == ReportStatus.PUBLISHED, "withdraw", stored);
        String why = requiredText(reason, "reason", "report.error.reasonRequired");
        move(user, stored, version, ReportStatus.PUBLISHED, ReportStatus.WITHDRAWN, null, "withdrawn: " + why);
        events.publishEvent(new ReportEvents.ReportWithdrawn(id, authorCode(stored), user.getUsername(), why));
    }

    @Transactional(readOnly = true)
    public ReportView view(SignedInUser user, long id) {
        return view(user, visible(user, id));
    }

    /** The report if this person may see it in any status; else 404, as if it did not exist. */
    StoredReport visible(SignedInUser user, long id) {
        StoredReport stored = store.find(id).orElseThrow(() -> new NotFoundException("report " + id));
        if (!user.mayWriteFor(stored.authorId())) {
            throw new NotFoundException("report " + id);
        }
        return stored;
    }

    /** The report an action is asked on: 404 when there is none, 403 when it is not this person's to act on. */
    private StoredReport target(SignedInUser user, long id) {
        StoredReport stored = store.find(id).orElseThrow(() -> new NotFoundException("report " + id));
        if (!user.mayWriteFor(stored.authorId())) {
            throw new ForbiddenException(user.getUsername() + " may not act on report " + id);
        }
        return stored;
    }

    private StoredReport editable(SignedInUser user, long id) {
        StoredReport stored = target(user, id);
        require(canEdit(user, stored), "edit", stored);
        return stored;
    }

    private static boolean canEdit(SignedInUser user, StoredReport stored) {
        return stored.status() == ReportStatus.DRAFT || (user.isSecretariat() && stored.status() == ReportStatus.SUBMITTED);
    }

    private ReportView view(SignedInUser user, StoredReport stored) {
        Report report = reports.anyStatus(List.of(stored.id())).get(0);
        boolean draft = stored.status() == ReportStatus.DRAFT;
        return new ReportView(report, stored.version(), stored.returnComment(), canEdit(user, stored), draft,
                user.isSecretariat() && stored.status() == ReportStatus.SUBMITTED,
                user.isSecretariat() && stored.status() == ReportStatus.PUBLISHED);
    }

    private void move(SignedInUser user, StoredReport stored, int version, ReportStatus from, ReportStatus to,
                      String returnComment, String note) {
        if (!store.changeStatus(stored.id(), version, from, to, user.getUsername(), OffsetDateTime.now(clock), returnComment, note)) {
            throw new StaleVersion(stored.id());
        }
    }

    private static void require(boolean allowed, String action, StoredReport stored) {
        if (!allowed) {
            throw new ForbiddenException("may not " + action + " report " + stored.id() + " in status " + stored.status().code());
        }
    }

    private static String requiredText(String text, String field, String key) {
        if (text == null || text.isBlank()) {
            throw new FormErrors.Invalid(new FormErrors().add(field, key));
        }
        if (text.length() > 4000) {
            throw new FormErrors.Invalid(new FormErrors().add(field, "report.error.commentTooLong", 4000));
        }
        return text.strip();
    }

    private String authorCode(StoredReport stored) {
        return catalog.actor(stored.authorId()).map(Actor::code).orElse("?");
    }

    /** "what changed" for the revision list: the fields whose value differs. */
    static String changeNote(ReportContent before, ReportContent after) {
        List<String> changed = new ArrayList<>();
        if (!before.date().equals(after.date())) {
            changed.add("date");
        }
        if (!before.originalLanguage().equals(after.originalLanguage())) {
            changed.add("original language");
        }
        for (String lang : ReportForm.LANGUAGES) {
            if (!java.util.Objects.equals(before.titles().get(lang), after.titles().get(lang))) {
                changed.add("title (" + lang + ")");
            }
            if (!java.util.Objects.equals(before.bodies().get(lang), after.bodies().get(lang))) {
                changed.add("text (" + lang + ")");
            }
        }
        if (!before.themeIds().equals(after.themeIds())) {
            changed.add("themes");
        }
        if (!before.paragraphIds().equals(after.paragraphIds())) {
            changed.add("citations");
        }
        return "changed: " + String.join(", ", changed);
    }
}
