package org.mandato.national;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mandato.accounts.Role;
import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.national.NationalPages.DueRow;
import org.mandato.national.NationalReportRepository.Standing;
import org.mandato.reporting.ReportStatus;
import org.mandato.reporting.TextDiff;
import org.mandato.web.ControlCharacters;
import org.mandato.web.ForbiddenException;
import org.mandato.web.FormErrors;
import org.mandato.web.NotFoundException;
import org.mandato.web.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a national report, with the same rules as an institution's report: a national
 * coordinator writes and submits the report of their own country, the Secretariat writes for any
 * country, returns with a comment, publishes and withdraws. A report one may not see answers 404, an
 * action one may not take 403, a change made on an outdated version 409.
 */
@Service
@Transactional
public class NationalReportWorkflow {

    private final NationalReportRepository repository;
    private final ReportingCycles cycles;
    private final PopulationGroups groups;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    NationalReportWorkflow(NationalReportRepository repository, ReportingCycles cycles, PopulationGroups groups, Catalog catalog,
                           ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.cycles = cycles;
        this.groups = groups;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    /** A report with what this person may do next. */
    public record Workspace(NationalReport report, ReportingCycle cycle, Actor country, Map<Long, Paragraph> paragraphs,
                            boolean canEdit, boolean canSubmit, boolean canReview, boolean canWithdraw) {}

    /** The report of {@code countryCode} for the cycle, created as an empty draft the first time it is opened. */
    public long open(SignedInUser user, String cycleSlug, String countryCode) {
        ReportingCycle cycle = cycles.cycle(cycleSlug == null ? "" : cycleSlug)
                .orElseThrow(() -> new FormErrors.Invalid(new FormErrors().add("cycle", "national.error.cycle")));
        Actor country = catalog.country(countryCode == null ? "" : countryCode)
                .orElseThrow(() -> new FormErrors.Invalid(new FormErrors().add("country", "national.error.country")));
        requireNationalWriter(user, country);
        return repository.idFor(cycle.id(), country.id())
                .orElseGet(() -> repository.insert(cycle.id(), country.id(), user.getUsername(), OffsetDateTime.now(clock)));
    }

    @Transactional(readOnly = true)
    public Workspace workspace(SignedInUser user, long id) {
        NationalReport report = visible(user, id);
        ReportingCycle cycle = cycles.cycle(report.cycleId()).orElseThrow();
        Map<Long, Paragraph> paragraphs = new HashMap<>();
        catalog.paragraphs(report.entries().stream().map(NationalReport.Entry::paragraphId).toList())
                .forEach(p -> paragraphs.put(p.id(), p));
        ReportStatus status = report.status();
        return new Workspace(report, cycle, catalog.actor(report.countryId()).orElseThrow(), paragraphs, canEdit(user, report),
                status == ReportStatus.DRAFT && !report.entries().isEmpty(),
                user.isSecretariat() && status == ReportStatus.SUBMITTED, user.isSecretariat() && status == ReportStatus.PUBLISHED);
    }

    /**
     * For the Secretariat reviewing a report that was returned and resubmitted: the comparison of what it
     * said when returned with what it says now; empty when it was never returned or is not awaiting review.
     */
    @Transactional(readOnly = true)
    public Optional<List<TextDiff.Line>> changesSinceReturned(SignedInUser user, long id) {
        NationalReport report = visible(user, id);
        if (!user.isSecretariat() || report.status() != ReportStatus.SUBMITTED) {
            return Optional.empty();
        }
        return repository.returnedContent(id).map(returned -> TextDiff.compare(returned, text(report)));
    }

    private String text(NationalReport report) {
        Map<Long, Paragraph> paragraphs = new HashMap<>();
        catalog.paragraphs(report.entries().stream().map(NationalReport.Entry::paragraphId).toList()).forEach(p -> paragraphs.put(p.id(), p));
        Map<Long, String> groupCodes = new HashMap<>();
        groups.all().forEach(group -> groupCodes.put(group.id(), group.code()));
        return NationalReportText.of(report, paragraphs, groupCodes);
    }

    /** The documents and paragraphs a cycle asks about, in catalogue order. */
    @Transactional(readOnly = true)
    public Map<Document, List<Paragraph>> mandatesOf(ReportingCycle cycle) {
        Map<Document, List<Paragraph>> mandates = new java.util.LinkedHashMap<>();
        for (Document document : catalog.documents()) {
            if (cycle.covers(document.summitId())) {
                List<Paragraph> paragraphs = catalog.paragraphsOf(document);
                if (!paragraphs.isEmpty()) {
                    mandates.put(document, paragraphs);
                }
            }
        }
        return mandates;
    }

    /** The entry form for an editable report: a stored entry, its numbers written for {@code locale}, or a blank one for {@code paragraph}. */
    @Transactional(readOnly = true)
    public EntryForm entryForm(SignedInUser user, long id, Long entryId, String paragraph, Locale locale) {
        NationalReport report = editable(user, id);
        if (entryId == null) {
            return EntryForm.blank(paragraph == null ? "" : paragraph, report.version());
        }
        NationalReport.Entry entry = report.entry(entryId).orElseThrow(() -> new NotFoundException("entry " + entryId));
        return EntryForm.of(entry, groups.codesById(), report.version(), locale);
    }

    /** Saves one entry whose numbers are written as on an English page. */
    public long saveEntry(SignedInUser user, long id, EntryForm form) {
        return saveEntry(user, id, form, Locale.ENGLISH);
    }

    /** Saves one entry with its indicators, as one change of the report's version; numbers are read as typed in {@code typedIn}. */
    public long saveEntry(SignedInUser user, long id, EntryForm form, Locale typedIn) {
        NationalReport report = target(user, id);
        if (form.version() != report.version()) {
            // Also when the report was submitted meanwhile: the page shows the typed entry again either way.
            throw stale(id, form.version(), "the entry sent was not saved");
        }
        require(canEdit(user, report), "edit", report);
        ReportingCycle cycle = cycles.cycle(report.cycleId()).orElseThrow();
        Set<Long> allowed = new HashSet<>();
        mandatesOf(cycle).values().forEach(ps -> ps.forEach(p -> allowed.add(p.id())));
        EntryForm.Checked checked = form.check(allowed, groups.idsByCode(), typedIn);
        if (!touched(user, report)) {
            throw stale(id, form.version(), "the entry sent was not saved");
        }
        long entryId = repository.saveEntry(id, checked);
        events.publishEvent(new NationalReportEvents.NationalEntrySaved(id, countryCode(report), citation(checked.paragraphId()),
                user.getUsername()));
        return entryId;
    }

    public void removeEntry(SignedInUser user, long id, long entryId, int version) {
        NationalReport report = target(user, id);
        if (version != report.version()) {
            throw stale(id, version, "the entry was not removed");
        }
        require(canEdit(user, report), "edit", report);
        if (!touched(user, report)) {
            throw stale(id, version, "the entry was not removed");
        }
        NationalReport.Entry entry = report.entry(entryId).orElseThrow(() -> new NotFoundException("entry " + entryId));
        repository.deleteEntry(id, entryId);
        events.publishEvent(new NationalReportEvents.NationalEntryRemoved(id, countryCode(report), citation(entry.paragraphId()),
                user.getUsername()));
    }

    /** Raises the version the report was read at; false when another change came first. */
    private boolean touched(SignedInUser user, NationalReport report) {
        try {
            return repository.touch(report.id(), report.version(), user.getUsername(), OffsetDateTime.now(clock));
        } catch (TransientDataAccessException busy) {
            // Another change holds the row longer than the database waits (H2: two seconds): it came first.
            // The StaleVersion that follows rolls this transaction back.
            return false;
        }
    }

    private String citation(long paragraphId) {
        return catalog.paragraphs(List.of(paragraphId)).stream().findFirst().map(Paragraph::citation).orElse("paragraph " + paragraphId);
    }

    public void submit(SignedInUser user, long id, int version) {
        NationalReport report = target(user, id);
        requireStatus(report, version, ReportStatus.DRAFT, "submit");
        if (report.entries().isEmpty()) {
            throw new FormErrors.Invalid(new FormErrors().add("entries", "national.error.submit.empty"));
        }
        move(user, report, version, ReportStatus.SUBMITTED, null);
        events.publishEvent(new NationalReportEvents.NationalReportSubmitted(id, countryCode(report), cycleSlug(report), user.getUsername()));
    }

    public void publish(SignedInUser user, long id, int version) {
        NationalReport report = target(user, id);
        require(user.isSecretariat(), "publish", report);
        requireStatus(report, version, ReportStatus.SUBMITTED, "publish");
        move(user, report, version, ReportStatus.PUBLISHED, null);
        events.publishEvent(new NationalReportEvents.NationalReportPublished(id, countryCode(report), cycleSlug(report), user.getUsername()));
    }

    public void returnToDraft(SignedInUser user, long id, int version, String comment) {
        NationalReport report = target(user, id);
        require(user.isSecretariat(), "return", report);
        requireStatus(report, version, ReportStatus.SUBMITTED, "return");
        String why = requiredText(comment, "comment");
        move(user, report, version, ReportStatus.DRAFT, why);
        repository.keepReturnedContent(id, text(report));
        events.publishEvent(new NationalReportEvents.NationalReportReturned(id, countryCode(report), cycleSlug(report),
                user.getUsername(), why));
    }

    public void withdraw(SignedInUser user, long id, int version, String reason) {
        NationalReport report = target(user, id);
        require(user.isSecretariat(), "withdraw", report);
        requireStatus(report, version, ReportStatus.PUBLISHED, "withdraw");
        String why = requiredText(reason, "reason");
        move(user, report, version, ReportStatus.WITHDRAWN, null);
        events.publishEvent(new NationalReportEvents.NationalReportWithdrawn(id, countryCode(report), cycleSlug(report),
                user.getUsername(), why));
    }

    /**
     * What is due, overdue and submitted: one row per cycle and country, for the Secretariat every
     * country, for a national coordinator their own. Institution reporters have no national reports.
     */
    @Transactional(readOnly = true)
    public List<DueRow> due(SignedInUser user) {
        List<Actor> countries;
        if (user.isSecretariat()) {
            countries = catalog.countries();
        } else if (user.role() == Role.NATIONAL_COORDINATOR) {
            countries = List.of(catalog.actor(user.actorId().orElseThrow()).orElseThrow());
        } else {
            throw new ForbiddenException(user.getUsername() + " files no national reports");
        }
        Map<String, Standing> standings = new HashMap<>();
        repository.standings(user.isSecretariat() ? null : user.actorId().orElseThrow())
                .forEach(s -> standings.put(s.cycleId() + "/" + s.countryId(), s));
        LocalDate today = LocalDate.now(clock);
        List<DueRow> rows = new ArrayList<>();
        for (ReportingCycle cycle : cycles.all()) {
            for (Actor country : countries) {
                rows.add(DueRow.of(cycle, country, standings.get(cycle.id() + "/" + country.id()), today));
            }
        }
        return rows;
    }

    private void requireNationalWriter(SignedInUser user, Actor country) {
        if (!user.isSecretariat() && !(user.role() == Role.NATIONAL_COORDINATOR && user.mayWriteFor(country.id()))) {
            throw new ForbiddenException(user.getUsername() + " may not report for " + country.code());
        }
    }

    private NationalReport visible(SignedInUser user, long id) {
        NationalReport report = repository.find(id).orElseThrow(() -> new NotFoundException("national report " + id));
        if (!user.mayWriteFor(report.countryId())) {
            throw new NotFoundException("national report " + id);
        }
        return report;
    }

    private NationalReport target(SignedInUser user, long id) {
        NationalReport report = repository.find(id).orElseThrow(() -> new NotFoundException("national report " + id));
        if (!user.mayWriteFor(report.countryId())) {
            throw new ForbiddenException(user.getUsername() + " may not act on national report " + id);
        }
        return report;
    }

    private NationalReport editable(SignedInUser user, long id) {
        NationalReport report = target(user, id);
        require(canEdit(user, report), "edit", report);
        return report;
    }

    private static boolean canEdit(SignedInUser user, NationalReport report) {
        return report.status() == ReportStatus.DRAFT || (user.isSecretariat() && report.status() == ReportStatus.SUBMITTED);
    }

    private void move(SignedInUser user, NationalReport report, int version, ReportStatus to, String returnComment) {
        if (!repository.changeStatus(report.id(), version, report.status(), to, user.getUsername(), OffsetDateTime.now(clock),
                returnComment)) {
            throw stale(report.id(), version, "its status was not changed");
        }
    }

    private static StaleVersion stale(long id, int version, String consequence) {
        return new StaleVersion("national report " + id + " changed after version " + version + "; " + consequence);
    }

    /** An action the status does not allow: 403 on the version the person saw, 409 when the report moved on since. */
    private static void requireStatus(NationalReport report, int version, ReportStatus expected, String action) {
        if (report.status() != expected && version != report.version()) {
            throw stale(report.id(), version, "its status was not changed");
        }
        require(report.status() == expected, action, report);
    }

    private static void require(boolean allowed, String action, NationalReport report) {
        if (!allowed) {
            throw new ForbiddenException("may not " + action + " national report " + report.id() + " in status " + report.status().code());
        }
    }

    private static String requiredText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new FormErrors.Invalid(new FormErrors().add(field, "national.error." + field + ".required"));
        }
        if (text.length() > 4000) {
            throw new FormErrors.Invalid(new FormErrors().add(field, "national.error.tooLong", 4000));
        }
        FormErrors errors = new FormErrors();
        // The workspace labels these fields as the report pages do.
        String label = field.equals("comment") ? "view.returnComment" : "view.withdrawReason";
        ControlCharacters.check(errors, field, new DefaultMessageSourceResolvable(label), text);
        errors.throwIfAny();
        return text.strip();
    }

    private String countryCode(NationalReport report) {
        return catalog.actor(report.countryId()).map(Actor::code).orElse("?");
    }

    private String cycleSlug(NationalReport report) {
        return cycles.cycle(report.cycleId()).map(ReportingCycle::slug).orElse("?");
    }
}
