package org.mandato.national;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mandato.accounts.SignedInUser;
import org.mandato.catalog.Catalog;
import org.mandato.catalog.Summit;
import org.mandato.web.FormErrors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The reporting cycles: read by anyone, created and changed by the Secretariat's screens. */
@Service
@Transactional(readOnly = true)
public class ReportingCycles {

    private final CycleRepository repository;
    private final Catalog catalog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ReportingCycles(CycleRepository repository, Catalog catalog, Clock clock, ApplicationEventPublisher events) {
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock;
        this.events = events;
    }

    /** Every cycle, the latest due date first. */
    public List<ReportingCycle> all() {
        return repository.findAll();
    }

    public Optional<ReportingCycle> cycle(String slug) {
        return all().stream().filter(c -> c.slug().equals(slug)).findFirst();
    }

    public Optional<ReportingCycle> cycle(long id) {
        return all().stream().filter(c -> c.id() == id).findFirst();
    }

    /**
     * Creates ({@code id} null) or changes a cycle; a refused form changes nothing. Either is announced
     * ({@link CycleEvents}) in the same transaction, for the audit log.
     */
    @Transactional
    public long save(SignedInUser by, Long id, CycleForm form) {
        return write(by, id, form, LocalDate.now(clock));
    }

    /**
     * A cycle from a data pack: the same rules except that its due date may have passed (packs carry
     * past cycles); not announced, the pack's load is recorded on its own.
     */
    @Transactional
    long load(Long id, CycleForm form) {
        return write(null, id, form, LocalDate.MIN);
    }

    private long write(SignedInUser by, Long id, CycleForm form, LocalDate today) {
        Set<Long> summits = catalog.summits().stream().map(Summit::id).collect(Collectors.toSet());
        Optional<ReportingCycle> stored = id == null ? Optional.empty() : cycle(id);
        CycleForm.Checked checked = form.check(summits, today, stored.map(ReportingCycle::dueDate).orElse(null));
        Optional<Long> sameSlug = repository.idBySlug(checked.slug());
        if (sameSlug.isPresent() && !sameSlug.get().equals(id)) {
            throw new FormErrors.Invalid(new FormErrors().add("slug", "cycles.error.slug.taken", checked.slug()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            if (id == null) {
                long created = repository.insert(checked, now);
                if (by != null) {
                    events.publishEvent(new CycleEvents.CycleCreated(created, checked.slug(), by.getUsername(), describe(checked)));
                }
                return created;
            }
            repository.update(id, checked, now);
            if (by != null) {
                events.publishEvent(new CycleEvents.CycleChanged(id, checked.slug(), by.getUsername(), changes(stored.orElseThrow(), checked)));
            }
            return id;
        } catch (DuplicateKeyException race) {
            throw new FormErrors.Invalid(new FormErrors().add("slug", "cycles.error.slug.taken", checked.slug()));
        }
    }

    private static String describe(CycleForm.Checked cycle) {
        return "period " + cycle.periodStart() + " to " + cycle.periodEnd() + ", due " + cycle.dueDate();
    }

    /** What a change changed, for the audit log: "due date 2026-04-30 → 2026-05-31; name (es)". */
    private static String changes(ReportingCycle before, CycleForm.Checked after) {
        List<String> changed = new ArrayList<>();
        if (!before.slug().equals(after.slug())) {
            changed.add("address " + before.slug() + " → " + after.slug());
        }
        if (!before.periodStart().equals(after.periodStart()) || !before.periodEnd().equals(after.periodEnd())) {
            changed.add("period " + before.periodStart() + " to " + before.periodEnd() + " → " + after.periodStart() + " to " + after.periodEnd());
        }
        if (!before.dueDate().equals(after.dueDate())) {
            changed.add("due date " + before.dueDate() + " → " + after.dueDate());
        }
        after.names().forEach((lang, name) -> {
            if (!name.equals(before.name().byLanguage().getOrDefault(lang, ""))) {
                changed.add("name (" + lang + ")");
            }
        });
        if (!before.summitIds().equals(after.summitIds())) {
            changed.add("summits");
        }
        return changed.isEmpty() ? "nothing changed" : String.join("; ", changed);
    }
}
