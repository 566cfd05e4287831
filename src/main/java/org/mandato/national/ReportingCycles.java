package org.mandato.national;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.mandato.catalog.Catalog;
import org.mandato.catalog.Summit;
import org.mandato.web.FormErrors;
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

    ReportingCycles(CycleRepository repository, Catalog catalog, Clock clock) {
        this.repository = repository;
        this.catalog = catalog;
        this.clock = clock;
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

    /** Creates ({@code id} null) or changes a cycle; a refused form changes nothing. */
    @Transactional
    public long save(Long id, CycleForm form) {
        Set<Long> summits = catalog.summits().stream().map(Summit::id).collect(Collectors.toSet());
        CycleForm.Checked checked = form.check(summits);
        Optional<Long> sameSlug = repository.idBySlug(checked.slug());
        if (sameSlug.isPresent() && !sameSlug.get().equals(id)) {
            throw new FormErrors.Invalid(new FormErrors().add("slug", "cycles.error.slug.taken", checked.slug()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        try {
            if (id == null) {
                return repository.insert(checked, now);
            }
            repository.update(id, checked, now);
            return id;
        } catch (DuplicateKeyException race) {
            throw new FormErrors.Invalid(new FormErrors().add("slug", "cycles.error.slug.taken", checked.slug()));
        }
    }
}
