package org.mandato.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import org.mandato.followup.Assessment.Stage;

/**
 * Averages of assessed scores, the G7/G20 Research Group's way: the mean of the scores (−1 to +1)
 * and the same mean as a percentage, (average + 1) × 50, so that −1 is 0 %, 0 is 50 % and +1 is
 * 100 %. Only one stage counts at a time: with both an interim and a final score for the same actor,
 * mandate and cycle, the chosen stage's score is the one used and the other is left out. A group
 * without scores does not exist here, so no average is ever taken of nothing.
 */
public final class ComplianceScores {

    /** One published score with everything it can be grouped by. */
    public record Scored(long cycleId, long actorId, long paragraphId, long documentId, long summitId, Stage stage, int score) {}

    /** What scores can be grouped by. */
    public enum By {
        ACTOR(Scored::actorId), MANDATE(Scored::paragraphId), DOCUMENT(Scored::documentId), SUMMIT(Scored::summitId),
        CYCLE(Scored::cycleId);

        private final ToLongFunction<Scored> key;

        By(ToLongFunction<Scored> key) {
            this.key = key;
        }

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static java.util.Optional<By> fromCode(String code) {
            return java.util.Arrays.stream(values()).filter(b -> b.code().equals(code)).findFirst();
        }
    }

    /** {@code count} scores adding up to {@code sum}; never empty. */
    public record Average(int count, int sum) {

        public Average {
            if (count <= 0) {
                throw new IllegalArgumentException("an average of no scores");
            }
        }

        /** The mean score, rounded half up to two decimals: 0.25, −0.33. */
        public BigDecimal average() {
            return BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        }

        /** (mean + 1) × 50, computed from the exact mean and rounded half up to one decimal: 62.5, 33.3. */
        public BigDecimal percent() {
            return BigDecimal.valueOf(50L * (sum + count)).divide(BigDecimal.valueOf(count), 1, RoundingMode.HALF_UP);
        }
    }

    private final List<Scored> counted;

    private ComplianceScores(List<Scored> counted) {
        this.counted = counted;
    }

    /** The scores of {@code stage} among {@code published}; the other stage is left out. */
    public static ComplianceScores of(Collection<Scored> published, Stage stage) {
        return new ComplianceScores(published.stream().filter(s -> s.stage() == stage).toList());
    }

    public boolean isEmpty() {
        return counted.isEmpty();
    }

    public int count() {
        return counted.size();
    }

    /** The average over every counted score; empty when there is none. */
    public java.util.Optional<Average> overall() {
        return counted.isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(new Average(counted.size(), counted.stream().mapToInt(Scored::score).sum()));
    }

    /** One average per group that has scores, keyed by the group's id, in the order groups first appear. */
    public Map<Long, Average> by(By by) {
        Map<Long, int[]> sums = new LinkedHashMap<>();
        for (Scored scored : counted) {
            int[] countAndSum = sums.computeIfAbsent(by.key.applyAsLong(scored), k -> new int[2]);
            countAndSum[0]++;
            countAndSum[1] += scored.score();
        }
        Map<Long, Average> averages = new LinkedHashMap<>();
        sums.forEach((key, countAndSum) -> averages.put(key, new Average(countAndSum[0], countAndSum[1])));
        return averages;
    }
}
