package org.mandato.audit;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One event as the audit page shows it: its kind in words, and what it is about as a link to that
 * thing's page where there is one (a report, a national report, an assessment, a cycle, an account).
 * {@code kindKey} and {@code subjectKey} are message keys; a kind without words of its own (one a newer
 * module records) shows as recorded, and so does a subject of no known shape.
 */
public record AuditRow(AuditEntry entry, String kindKey, String subjectKey, String subjectName, String href) {

    private static final Pattern SUBJECT = Pattern.compile("(national report|report|assessment|cycle|user|guideline) (.+)");

    static AuditRow of(AuditEntry entry, boolean kindHasWords, Map<String, Long> userIds) {
        String kindKey = kindHasWords ? kindKey(entry.kind()) : null;
        Matcher subject = SUBJECT.matcher(entry.subject() == null ? "" : entry.subject());
        if (!subject.matches()) {
            return new AuditRow(entry, kindKey, null, entry.subject(), null);
        }
        String kind = subject.group(1);
        String name = subject.group(2);
        String href = switch (kind) {
            case "report" -> number(name) ? "/my/reports/" + name : null;
            case "national report" -> number(name) ? "/my/national/" + name : null;
            case "assessment" -> number(name) ? "/secretariat/assessments/" + name : null;
            case "cycle" -> number(name) ? "/secretariat/cycles/" + name : null;
            case "user" -> userIds.containsKey(name) ? "/secretariat/users/" + userIds.get(name) : null;
            default -> null;
        };
        return new AuditRow(entry, kindKey, "audit.subject." + kind.replace(' ', '-'), name, href);
    }

    static String kindKey(String kind) {
        return "audit.kind." + kind;
    }

    private static boolean number(String text) {
        return text.chars().allMatch(Character::isDigit) && !text.isEmpty() && text.length() < 19;
    }
}
