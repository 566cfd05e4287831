package org.mandato.followup;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Actor;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Document;
import org.mandato.catalog.Paragraph;
import org.mandato.followup.Assessment.Status;
import org.mandato.followup.AssessmentRepository.Filter;
import org.mandato.followup.CompliancePages.AdminRow;
import org.mandato.national.ReportingCycle;
import org.mandato.national.ReportingCycles;
import org.mandato.web.ControlCharacters;
import org.mandato.web.ForbiddenException;
import org.mandato.web.FormErrors;
import org.mandato.web.Language;
import org.mandato.web.LocalizedText;
import org.mandato.web.NotFoundException;
import org.mandato.web.StaleVersion;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Secretariat's work on assessments: write a draft, change it, publish it, take it back to draft
 * with a reason, delete a draft, and keep each mandate's scoring guideline. Every change names the
 * version it was made on; a change on an older version is refused with {@link StaleVersion}, and nothing is
 * written. Only the Secretariat assesses (there is no assessor role: the roles are fixed by V3).
 */
@Service
@Transactional
public class Assessments {

    static final int REASON_MAX = 4000;
    static final int GUIDELINE_MAX = 4000;

    private final AssessmentRepository repository;
    private final ReportingCycles cycles;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Assessments(AssessmentRepository repository, ReportingCycles cycles, Catalog catalog, ApplicationEventPublisher events,
                Clock clock) {
        this.repository = repository;
        this.cycles = cycles;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Assessment> find(long id) {
        return repository.find(id);
    }

    @Transactional(readOnly = true)
    public List<AdminRow> list(SignedInUser user, Long cycleId, Long actorId, Long documentId, Assessment.Stage stage,
                               Status status) {
        requireSecretariat(user);
        Map<Long, ReportingCycle> cyclesById = new LinkedHashMap<>();
        cycles.all().forEach(c -> cyclesById.put(c.id(), c));
        List<Assessment> found = repository.find(new Filter(cycleId, actorId, documentId, stage, status));
        Map<Long, Paragraph> paragraphs = paragraphsById(found.stream().map(Assessment::paragraphId).distinct().toList());
        Map<Long, Actor> actors = actorsById();
        return found.stream().map(a -> new AdminRow(a, cyclesById.get(a.cycleId()), actors.get(a.actorId()),
                paragraphs.get(a.paragraphId()))).toList();
    }

    /** The documents and paragraphs a cycle asks about, in catalogue order. */
    @Transactional(readOnly = true)
    public Map<Document, List<Paragraph>> mandatesOf(ReportingCycle cycle) {
        Map<Document, List<Paragraph>> mandates = new LinkedHashMap<>();
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

    /** The form of a stored assessment, as it is now. */
    @Transactional(readOnly = true)
    public AssessmentForm formOf(Assessment assessment) {
        return AssessmentForm.of(assessment, cycleOf(assessment).slug(), catalog.actor(assessment.actorId()).orElseThrow().code());
    }

    /** Writes a new draft; another assessment of the same actor, mandate, cycle and stage is refused by name. */
    public long create(SignedInUser user, AssessmentForm form) {
        requireSecretariat(user);
        AssessmentForm.Checked checked = form.check(lookups());
        if (repository.idOf(checked.cycleId(), checked.actorId(), checked.paragraphId(), checked.stage()).isPresent()) {
            throw duplicate(checked);
        }
        long id;
        try {
            id = repository.insert(checked, user.getUsername(), now());
        } catch (DuplicateKeyException race) {
            throw duplicate(checked);
        }
        Assessment created = repository.find(id).orElseThrow();
        events.publishEvent(new AssessmentEvents.AssessmentSaved(id, subject(created), created.score(), true, user.getUsername()));
        return id;
    }

    /**
     * Changes a draft's score, rationale and evidence; the cycle, actor, mandate and stage of an
     * assessment stay, and a published one changes only after going back to draft.
     */
    public void update(SignedInUser user, long id, AssessmentForm form) {
        requireSecretariat(user);
        Assessment stored = existing(id);
        if (form.versionNumber() != stored.version()) {
            throw stale(stored);
        }
        if (stored.isPublished()) {
            throw new ForbiddenException("assessment " + id + " is published: back to draft first");
        }
        AssessmentForm.Checked checked = form.identifiedAs(formOf(stored)).check(lookups());
        if (!repository.update(id, stored.version(), checked, user.getUsername(), now())) {
            throw stale(existing(id));
        }
        events.publishEvent(new AssessmentEvents.AssessmentSaved(id, subject(stored), checked.score(), false, user.getUsername()));
    }

    public void publish(SignedInUser user, long id, int version) {
        requireSecretariat(user);
        Assessment stored = existing(id);
        if (stored.status() != Status.DRAFT) {
            throw version == stored.version() ? new ForbiddenException("assessment " + id + " is already published") : stale(stored);
        }
        move(stored, version, Status.PUBLISHED, null);
        events.publishEvent(new AssessmentEvents.AssessmentPublished(id, subject(stored), stored.score(), user.getUsername()));
    }

    /** Takes a published assessment off the public pages, back to draft, saying why. */
    public void unpublish(SignedInUser user, long id, int version, String reason) {
        requireSecretariat(user);
        Assessment stored = existing(id);
        String why = reason == null ? "" : reason.strip();
        FormErrors errors = new FormErrors();
        if (why.isEmpty()) {
            errors.add("reason", "assessment.error.reason.required");
        } else if (why.length() > REASON_MAX) {
            errors.add("reason", "assessment.error.tooLong", REASON_MAX, why.length());
        } else {
            ControlCharacters.check(errors, "reason", new DefaultMessageSourceResolvable("assessment.unpublish.reason"), why);
        }
        errors.throwIfAny();
        if (stored.status() != Status.PUBLISHED) {
            throw version == stored.version() ? new ForbiddenException("assessment " + id + " is not published") : stale(stored);
        }
        move(stored, version, Status.DRAFT, why);
        events.publishEvent(new AssessmentEvents.AssessmentUnpublished(id, subject(stored), why, user.getUsername()));
    }

    /** Deletes a draft; a published assessment must go back to draft first, so that its removal has a reason. */
    public void delete(SignedInUser user, long id, int version) {
        requireSecretariat(user);
        Assessment stored = existing(id);
        if (stored.status() != Status.DRAFT) {
            throw new ForbiddenException("assessment " + id + " is published");
        }
        if (!repository.deleteDraft(id, version)) {
            throw stale(existing(id));
        }
        events.publishEvent(new AssessmentEvents.AssessmentDeleted(id, subject(stored), user.getUsername()));
    }

    @Transactional(readOnly = true)
    public LocalizedText guideline(long paragraphId) {
        return repository.guidelines(List.of(paragraphId)).get(paragraphId);
    }

    /** Sets the guideline of a mandate in one language; empty text removes that language's guideline. */
    public void saveGuideline(SignedInUser user, long paragraphId, String lang, String guideline) {
        requireSecretariat(user);
        Paragraph paragraph = catalog.paragraphs(List.of(paragraphId)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("paragraph " + paragraphId));
        Language language = Language.fromCode(lang).filter(l -> l.code().equals(lang))
                .orElseThrow(() -> new NotFoundException("language " + lang));
        String text = guideline == null ? "" : guideline.strip();
        if (text.length() > GUIDELINE_MAX) {
            throw new FormErrors.Invalid(new FormErrors().add("guideline-" + language.code(), "assessment.error.tooLong",
                    GUIDELINE_MAX, text.length()));
        }
        FormErrors errors = new FormErrors();
        ControlCharacters.check(errors, "guideline-" + language.code(), new DefaultMessageSourceResolvable(new String[] {"assessment.guideline.in"},
                new Object[] {new DefaultMessageSourceResolvable("language.name." + language.code())}), text);
        errors.throwIfAny();
        repository.saveGuideline(paragraphId, language.code(), text);
        events.publishEvent(new AssessmentEvents.GuidelineChanged(paragraphId, paragraph.citation(), language.code(),
                user.getUsername()));
    }

    /** "pe · Port of Spain 2009 ¶17 · 2025 · final": how the audit log names an assessment. */
    private String subject(Assessment assessment) {
        String actor = catalog.actor(assessment.actorId()).map(Actor::code).orElse("?");
        String mandate = paragraphsById(List.of(assessment.paragraphId())).values().stream().findFirst()
                .map(Paragraph::citation).orElse("?");
        return actor + " · " + mandate + " · " + cycleOf(assessment).slug() + " · " + assessment.stage().code();
    }

    private void move(Assessment stored, int version, Status to, String reason) {
        if (version != stored.version() || !repository.changeStatus(stored.id(), version, stored.status(), to, reason, now())) {
            throw stale(existing(stored.id()));
        }
    }

    /** {@code current}: the assessment as it now is, whose version the change did not name. */
    private static StaleVersion stale(Assessment current) {
        return new StaleVersion("assessment " + current.id() + " is now at version " + current.version() + "; nothing was changed");
    }

    private FormErrors.Invalid duplicate(AssessmentForm.Checked checked) {
        long other = repository.idOf(checked.cycleId(), checked.actorId(), checked.paragraphId(), checked.stage()).orElse(0L);
        return new FormErrors.Invalid(new FormErrors().add("paragraph", "assessment.error.duplicate." + checked.stage().code(), other));
    }

    private AssessmentForm.Lookups lookups() {
        return new AssessmentForm.Lookups() {
            @Override
            public Optional<ReportingCycle> cycle(String slug) {
                return cycles.cycle(slug);
            }

            @Override
            public Optional<Actor> actor(String code) {
                return catalog.actor(code);
            }

            @Override
            public boolean asksAbout(ReportingCycle cycle, long paragraphId) {
                return catalog.paragraphs(List.of(paragraphId)).stream().findFirst()
                        .flatMap(p -> catalog.documents().stream().filter(d -> d.id() == p.documentId()).findFirst())
                        .map(d -> cycle.covers(d.summitId())).orElse(false);
            }
        };
    }

    private ReportingCycle cycleOf(Assessment assessment) {
        return cycles.cycle(assessment.cycleId()).orElseThrow();
    }

    private Assessment existing(long id) {
        return repository.find(id).orElseThrow(() -> new NotFoundException("assessment " + id));
    }

    private Map<Long, Paragraph> paragraphsById(List<Long> ids) {
        Map<Long, Paragraph> byId = new LinkedHashMap<>();
        catalog.paragraphs(ids).forEach(p -> byId.put(p.id(), p));
        return byId;
    }

    private Map<Long, Actor> actorsById() {
        Map<Long, Actor> byId = new LinkedHashMap<>();
        catalog.institutions().forEach(a -> byId.put(a.id(), a));
        catalog.countries().forEach(a -> byId.put(a.id(), a));
        return byId;
    }

    private static void requireSecretariat(SignedInUser user) {
        if (user == null || !user.isSecretariat()) {
            throw new ForbiddenException("only the Secretariat assesses");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
