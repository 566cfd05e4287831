package org.mandato.followup;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An independent score of an actor's compliance with a mandate in a reporting cycle, the way the
 * G7/G20 Research Group scores commitments: +1 full compliance, 0 partial or work in progress, −1 no
 * compliance or contrary action, with the rationale and the public evidence behind it. An interim
 * assessment may be followed by a final one; either is public only once published.
 */
public record Assessment(long id, long cycleId, long actorId, long paragraphId, Stage stage, int score, String rationale,
                         List<String> evidence, Status status, String assessedBy, OffsetDateTime updatedAt,
                         OffsetDateTime publishedAt, String draftReason, int version) {

    public enum Stage {
        INTERIM, FINAL;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Stage> fromCode(String code) {
            return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
        }
    }

    public enum Status {
        DRAFT, PUBLISHED;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Status> fromCode(String code) {
            return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
        }
    }

    /** The scores an assessment may give, highest first. */
    public static final List<Integer> SCORES = List.of(1, 0, -1);

    public boolean isPublished() {
        return status == Status.PUBLISHED;
    }

    /** "+1", "0" or "−1" (with a true minus sign), as scores are printed. */
    public static String signed(int score) {
        return score > 0 ? "+" + score : score < 0 ? "\u2212" + (-score) : "0";
    }

    /** The evidence as stored: one URL a line. */
    static String evidenceText(List<String> evidence) {
        return String.join("\n", evidence);
    }

    static List<String> evidenceLines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
