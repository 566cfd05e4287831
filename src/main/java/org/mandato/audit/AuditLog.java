package org.mandato.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

import org.mandato.accounts.AccountEvents;
import org.mandato.national.NationalReportEvents;
import org.mandato.reporting.ReportEvents;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records what the other modules announce. Listeners run in the publisher's transaction, so an
 * action and its audit entry are written together or not at all.
 */
@Service
public class AuditLog {

    public static final int PAGE_SIZE = 50;

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @EventListener
    void on(AccountEvents.SignedIn event) {
        record("sign-in", event.username(), "user " + event.username(), null, event.remoteAddress());
    }

    @EventListener
    void on(AccountEvents.SignInFailed event) {
        record("sign-in-failed", event.username(), "user " + event.username(), "failure " + event.failures(), event.remoteAddress());
    }

    @EventListener
    void on(AccountEvents.AccountLocked event) {
        record("account-locked", event.username(), "user " + event.username(), "locked until " + event.until(), event.remoteAddress());
    }

    @EventListener
    void on(AccountEvents.UserCreated event) {
        record("user-created", event.by(), "user " + event.username(),
                "role " + event.role().code() + (event.actorCode() == null ? "" : " for " + event.actorCode()), null);
    }

    @EventListener
    void on(AccountEvents.UserChanged event) {
        record("user-changed", event.by(), "user " + event.username(), event.changes(), null);
    }

    @EventListener
    void on(AccountEvents.PasswordChanged event) {
        record("password-changed", event.by(), "user " + event.username(), null, null);
    }

    @EventListener
    void on(ReportEvents.ReportSubmitted event) {
        record("report-submitted", event.by(), "report " + event.reportId(), "by " + event.authorCode(), null);
    }

    @EventListener
    void on(ReportEvents.ReportPublished event) {
        record("report-published", event.by(), "report " + event.reportId(), "by " + event.authorCode(), null);
    }

    @EventListener
    void on(ReportEvents.ReportReturned event) {
        record("report-returned", event.by(), "report " + event.reportId(), event.comment(), null);
    }

    @EventListener
    void on(ReportEvents.ReportWithdrawn event) {
        record("report-withdrawn", event.by(), "report " + event.reportId(), event.reason(), null);
    }

    @EventListener
    void on(NationalReportEvents.NationalReportSubmitted event) {
        record("national-report-submitted", event.by(), "national report " + event.reportId(),
                event.countryCode() + " " + event.cycleSlug(), null);
    }

    @EventListener
    void on(NationalReportEvents.NationalReportPublished event) {
        record("national-report-published", event.by(), "national report " + event.reportId(),
                event.countryCode() + " " + event.cycleSlug(), null);
    }

    @EventListener
    void on(NationalReportEvents.NationalReportReturned event) {
        record("national-report-returned", event.by(), "national report " + event.reportId(), event.comment(), null);
    }

    @EventListener
    void on(NationalReportEvents.NationalEntrySaved event) {
        record("national-entry-saved", event.by(), "national report " + event.reportId(), event.countryCode() + " " + event.mandate(), null);
    }

    @EventListener
    void on(NationalReportEvents.NationalEntryRemoved event) {
        record("national-entry-removed", event.by(), "national report " + event.reportId(), event.countryCode() + " " + event.mandate(), null);
    }

    @EventListener
    void on(NationalReportEvents.NationalReportWithdrawn event) {
        record("national-report-withdrawn", event.by(), "national report " + event.reportId(), event.reason(), null);
    }

    /** Entries of one page, counted from 0; callers keep it within {@link #lastPage} (the offset never overflows). */
    @Transactional(readOnly = true)
    public List<AuditEntry> find(AuditFilter filter, int page) {
        return repository.find(filter, PAGE_SIZE, (int) Math.min((long) Math.max(0, page) * PAGE_SIZE, Integer.MAX_VALUE));
    }

    /** The last page of {@code total} entries (0 when there are none). */
    public static int lastPage(int total) {
        return total <= 0 ? 0 : (total - 1) / PAGE_SIZE;
    }

    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return repository.count(filter);
    }

    @Transactional(readOnly = true)
    public List<String> kinds() {
        return repository.kinds();
    }

    private void record(String kind, String username, String subject, String detail, String remoteAddress) {
        repository.insert(OffsetDateTime.now(clock), kind, username, subject, detail, remoteAddress);
    }
}
