package org.mandato.reporting;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.reporting.ReportStore.StoredReport;
import org.mandato.web.ControlCharacters;
import org.mandato.web.FormErrors;
import org.mandato.web.ForbiddenException;
import org.mandato.web.NotFoundException;
import org.mandato.web.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

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
    /** Runs a statement that may fail on a lock inside the caller's transaction, which stays usable (PostgreSQL too). */
    private final TransactionTemplate savepoint;

    ReportWorkflow(ReportStore store, ReportFormReader reader, Reports reports, Catalog catalog,
                   ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
        return form(editable(user, id));
    }

    /** The stored report as an editor form, for a person who may see it, editable or not: the current side of a conflict. */
    @Transactional(readOnly = true)
    public ReportForm currentForm(SignedInUser user, long id) {
        return form(visible(user, id));
    }

    private ReportForm form(StoredReport stored) {
        ReportContent content = stored.content();
        String author = catalog.actor(stored.authorId()).map(Actor::code).orElse("");
        return new ReportForm(content.date().toString(), content.originalLanguage(), content.titles(), content.bodies(),
                content.themeIds().stream().map(String::valueOf).toList(), reader.citationText(content.paragraphIds()),
                author, stored.version());
    }

    /**
     * Saves the form over the version it started from. When someone saved first, whether before this
     * form was sent or while it is being saved, nothing is overwritten: the words sent are kept as a
     * conflict revision, which this transaction still commits, and {@link StaleVersion} answers 409.
     */
    @Transactional(noRollbackFor = StaleVersion.class)
    public void save(SignedInUser user, long id, ReportForm form) {
        StoredReport stored = target(user, id);
        ReportContent content = reader.read(form);
        if (form.version() == null) {
            throw new FormErrors.Invalid(new FormErrors().add("version", "report.error.version"));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean current = form.version() == stored.version();
        // A report submitted (or published) since the form was opened is no longer editable by its
        // writer: that is a lost race too, and the words are kept like any other.
        if (current) {
            require(canEdit(user, stored), "edit", stored);
            if (content.equals(stored.content()) || updated(user, stored, content, now)) {
                return;
            }
        }
        store.recordConflict(id, form.version(), content, stored.status(), user.getUsername(), now);
        throw new StaleVersion("report " + id + " changed after version " + form.version()
                + "; nothing was overwritten and the text sent was kept in the report's history as a conflict revision");
    }

    /** Whether this save changed the report; false when another save of the same version came first. */
    private boolean updated(SignedInUser user, StoredReport stored, ReportContent content, OffsetDateTime now) {
        try {
            return Boolean.TRUE.equals(savepoint.execute(status ->
                    store.update(stored.id(), stored.version(), content, user.getUsername(), now, changeNote(stored.content(), content))));
        } catch (TransientDataAccessException busy) {
            // Another save holds the row longer than the database waits (H2: two seconds, PostgreSQL: the
            // query timeout): that save is the newer one. Back at the savepoint, the conflict is still recorded.
            return false;
        }
    }

    public void submit(SignedInUser user, long id, int version) {
        StoredReport stored = target(user, id);
        requireStatus(stored, version, ReportStatus.DRAFT, "submit");
        move(user, stored, version, ReportStatus.DRAFT, ReportStatus.SUBMITTED, null, "submitted");
        events.publishEvent(new ReportEvents.ReportSubmitted(id, authorCode(stored), user.getUsername()));
    }

    public void publish(SignedInUser user, long id, int version) {
        StoredReport stored = target(user, id);
        require(user.isSecretariat(), "publish", stored);
        requireStatus(stored, version, ReportStatus.SUBMITTED, "publish");
        move(user, stored, version, ReportStatus.SUBMITTED, ReportStatus.PUBLISHED, null, "published");
        events.publishEvent(new ReportEvents.ReportPublished(id, authorCode(stored), user.getUsername()));
    }

    public void returnToDraft(SignedInUser user, long id, int version, String comment) {
        StoredReport stored = target(user, id);
        require(user.isSecretariat(), "return", stored);
        requireStatus(stored, version, ReportStatus.SUBMITTED, "return");
        String why = requiredText(comment, "comment", "view.returnComment", "report.error.commentRequired");
        move(user, stored, version, ReportStatus.SUBMITTED, ReportStatus.DRAFT, why, "returned: " + why);
        events.publishEvent(new ReportEvents.ReportReturned(id, authorCode(stored), user.getUsername(), why));
    }

    public void withdraw(SignedInUser user, long id, int version, String reason) {
        StoredReport stored = target(user, id);
        require(user.isSecretariat(), "withdraw", stored);
        requireStatus(stored, version, ReportStatus.PUBLISHED, "withdraw");
        String why = requiredText(reason, "reason", "view.withdrawReason", "report.error.reasonRequired");
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
            throw new StaleVersion("report " + stored.id() + " changed after version " + version + "; nothing was changed");
        }
    }

    /**
     * An action asked in a status that does not allow it: on the version the person saw, it never
     * made sense (403); on an older one, the report moved on meanwhile (409).
     */
    private static void requireStatus(StoredReport stored, int version, ReportStatus expected, String action) {
        if (stored.status() != expected && version != stored.version()) {
            throw new StaleVersion("report " + stored.id() + " changed after version " + version + "; nothing was changed");
        }
        require(stored.status() == expected, action, stored);
    }

    private static void require(boolean allowed, String action, StoredReport stored) {
        if (!allowed) {
            throw new ForbiddenException("may not " + action + " report " + stored.id() + " in status " + stored.status().code());
        }
    }

    private static String requiredText(String text, String field, String label, String key) {
        FormErrors errors = new FormErrors();
        if (text == null || text.isBlank()) {
            errors.add(field, key);
        } else if (text.length() > 4000) {
            errors.add(field, "report.error.commentTooLong", 4000);
        } else {
            ControlCharacters.check(errors, field, new DefaultMessageSourceResolvable(label), text);
        }
        errors.throwIfAny();
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
