package org.mandato.audit;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mandato.accounts.UserAccounts;
import org.springframework.context.MessageSource;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The Secretariat's view of the audit log, filterable by kind, user and days. */
@Controller
class AuditController {

    private final AuditLog log;
    private final UserAccounts users;
    private final MessageSource messages;

    AuditController(AuditLog log, UserAccounts users, MessageSource messages) {
        this.log = log;
        this.users = users;
        this.messages = messages;
    }

    @GetMapping("/secretariat/audit")
    String audit(@RequestParam(required = false) String kind, @RequestParam(required = false) String user,
                 @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                 @RequestParam(defaultValue = "0") int page, Locale locale, Model model) {
        boolean[] badDate = {false};
        AuditFilter filter = new AuditFilter(blankToNull(kind), blankToNull(user), day(from, badDate), day(to, badDate));
        int total = log.count(filter);
        // A page before the first or after the last shows that end; no number sent sizes the query.
        int current = Math.min(Math.max(0, page), AuditLog.lastPage(total));
        boolean hasNext = current < AuditLog.lastPage(total);
        Map<String, Long> userIds = new HashMap<>();
        users.all().forEach(account -> userIds.put(account.username(), account.id()));
        List<AuditRow> rows = log.find(filter, current).stream()
                .map(entry -> AuditRow.of(entry, hasWords(entry.kind(), locale), userIds)).toList();
        List<AuditPage.Kind> kinds = log.kinds().stream()
                .map(code -> new AuditPage.Kind(code, hasWords(code, locale) ? AuditRow.kindKey(code) : null)).toList();
        model.addAttribute("page", new AuditPage(filter, kinds, rows, total, current,
                current > 0 ? link(filter, current - 1) : null, hasNext ? link(filter, current + 1) : null, badDate[0]));
        return "audit/log";
    }

    private boolean hasWords(String kind, Locale locale) {
        return messages.getMessage(AuditRow.kindKey(kind), null, null, locale) != null;
    }

    private static String link(AuditFilter filter, int page) {
        var builder = UriComponentsBuilder.fromPath("/secretariat/audit");
        if (filter.kind() != null) builder.queryParam("kind", filter.kind());
        if (filter.username() != null) builder.queryParam("user", filter.username());
        if (filter.from() != null) builder.queryParam("from", filter.from());
        if (filter.to() != null) builder.queryParam("to", filter.to());
        return builder.queryParam("page", page).encode().toUriString();
    }

    private static LocalDate day(String text, boolean[] bad) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            // Java reads years such as +99999 that the database's calendar does not hold.
            if (day.getYear() < 1900 || day.getYear() > 9999) {
                bad[0] = true;
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            bad[0] = true;
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
