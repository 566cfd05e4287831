package org.mandato.national;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Map;

import org.mandato.catalog.Paragraph;
import org.mandato.national.NationalReport.Entry;
import org.mandato.national.NationalReport.Indicator;
import org.mandato.national.NationalReport.Measurement;

/**
 * A national report's whole content as plain lines, one fact a line, entries in citation order: kept
 * when the report is returned and compared line by line with what is resubmitted. Codes and plain
 * numbers, not words of one language, so the comparison reads the same for every reviewer.
 */
final class NationalReportText {

    private NationalReportText() {
    }

    static String of(NationalReport report, Map<Long, Paragraph> paragraphs, Map<Long, String> groupCodes) {
        StringBuilder text = new StringBuilder();
        report.entries().stream()
                .sorted(Comparator.comparing((Entry e) -> paragraphs.containsKey(e.paragraphId()) ? paragraphs.get(e.paragraphId()).citation() : "")
                        .thenComparing(Entry::paragraphId))
                .forEach(entry -> {
                    Paragraph paragraph = paragraphs.get(entry.paragraphId());
                    line(text, "¶", paragraph == null ? String.valueOf(entry.paragraphId()) : paragraph.citation());
                    line(text, "  status", entry.status().code());
                    line(text, "  goals", entry.goals());
                    line(text, "  policies", entry.policies());
                    line(text, "  limitations", entry.limitations());
                    line(text, "  next steps", entry.nextSteps());
                    for (Indicator indicator : entry.indicators()) {
                        line(text, "  indicator", indicator.name() + " (" + indicator.unit() + ")");
                        line(text, "    baseline", plain(indicator.baselineValue()) + year(indicator.baselineYear()));
                        line(text, "    target", plain(indicator.targetValue()) + year(indicator.targetYear()));
                        for (Measurement value : indicator.values()) {
                            String group = value.groupId() == null ? "" : groupCodes.getOrDefault(value.groupId(), String.valueOf(value.groupId()));
                            line(text, "    " + value.measuredOn(), String.join("; ", plain(value.amount()), value.sex().code(), group,
                                    value.note() == null ? "" : value.note()).replaceAll("(; )+$", ""));
                        }
                    }
                });
        return text.toString();
    }

    private static void line(StringBuilder text, String label, String value) {
        if (value != null && !value.isBlank()) {
            // A value typed over several lines stays on its label's line, so that lines pair up in the comparison.
            text.append(label).append(": ").append(value.strip().replaceAll("\\s*\\R\\s*", " / ")).append('\n');
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static String year(Integer year) {
        return year == null ? "" : " (" + year + ")";
    }
}
