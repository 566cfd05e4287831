package org.mandato.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mandato.followup.Assessment.Stage;
import org.mandato.followup.ComplianceScores.Average;
import org.mandato.followup.ComplianceScores.By;
import org.mandato.followup.ComplianceScores.Scored;

/** Averages and percentages against numbers worked out by hand. */
class ComplianceScoresTest {

    // Two cycles (1, 2), actors 10 and 11, mandates 100 and 101 of document 7 (summit 5), 200 of document 8 (summit 6).
    static Scored scored(long cycle, long actor, long paragraph, Stage stage, int score) {
        long document = paragraph < 200 ? 7 : 8;
        return new Scored(cycle, actor, paragraph, document, document == 7 ? 5 : 6, stage, score);
    }

    @Test
    void fourScoresAverageAQuarterThatIsSixtyTwoAndAHalfPercent() {
        ComplianceScores scores = ComplianceScores.of(List.of(scored(1, 10, 100, Stage.FINAL, 1), scored(1, 10, 101, Stage.FINAL, 0),
                scored(1, 11, 100, Stage.FINAL, -1), scored(1, 11, 200, Stage.FINAL, 1)), Stage.FINAL);

        Average overall = scores.overall().orElseThrow();
        assertThat(overall.count()).isEqualTo(4);
        assertThat(overall.sum()).isEqualTo(1);
        assertThat(overall.average()).isEqualByComparingTo("0.25");
        assertThat(overall.percent()).isEqualByComparingTo("62.5");
    }

    @Test
    void eachGroupingAveragesItsOwnScores() {
        ComplianceScores scores = ComplianceScores.of(List.of(scored(1, 10, 100, Stage.FINAL, 1), scored(1, 10, 101, Stage.FINAL, 0),
                scored(2, 11, 100, Stage.FINAL, -1), scored(2, 11, 200, Stage.FINAL, 1)), Stage.FINAL);

        // actor 10: +1, 0 → 0.5, 75 %; actor 11: −1, +1 → 0, 50 %.
        assertThat(summary(scores.by(By.ACTOR))).containsExactly(Map.entry(10L, "2 0.50 75.0"), Map.entry(11L, "2 0.00 50.0"));
        // mandate 100: +1, −1 → 0; 101: 0; 200: +1.
        assertThat(summary(scores.by(By.MANDATE))).containsExactly(Map.entry(100L, "2 0.00 50.0"), Map.entry(101L, "1 0.00 50.0"),
                Map.entry(200L, "1 1.00 100.0"));
        // document 7: +1, 0, −1 → 0; document 8: +1. Summits follow their documents here.
        assertThat(summary(scores.by(By.DOCUMENT))).containsExactly(Map.entry(7L, "3 0.00 50.0"), Map.entry(8L, "1 1.00 100.0"));
        assertThat(summary(scores.by(By.SUMMIT))).containsExactly(Map.entry(5L, "3 0.00 50.0"), Map.entry(6L, "1 1.00 100.0"));
        assertThat(summary(scores.by(By.CYCLE))).containsExactly(Map.entry(1L, "2 0.50 75.0"), Map.entry(2L, "2 0.00 50.0"));
    }

    @Test
    void noScoresGiveNoAverageAndNoGroups() {
        ComplianceScores scores = ComplianceScores.of(List.of(), Stage.FINAL);

        assertThat(scores.isEmpty()).isTrue();
        assertThat(scores.count()).isZero();
        assertThat(scores.overall()).isEmpty();
        for (By by : By.values()) {
            assertThat(scores.by(by)).isEmpty();
        }
        assertThatThrownBy(() -> new Average(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void oneScoreIsItsOwnAverageAtEachBoundary() {
        assertThat(line(ComplianceScores.of(List.of(scored(1, 10, 100, Stage.FINAL, 1)), Stage.FINAL).overall().orElseThrow()))
                .isEqualTo("1 1.00 100.0");
        assertThat(line(ComplianceScores.of(List.of(scored(1, 10, 100, Stage.FINAL, 0)), Stage.FINAL).overall().orElseThrow()))
                .isEqualTo("1 0.00 50.0");
        assertThat(line(ComplianceScores.of(List.of(scored(1, 10, 100, Stage.FINAL, -1)), Stage.FINAL).overall().orElseThrow()))
                .isEqualTo("1 -1.00 0.0");
    }

    @Test
    void theChosenStageDecidesWhenAnActorHasBothForTheSameMandateAndCycle() {
        List<Scored> both = List.of(scored(1, 10, 100, Stage.INTERIM, -1), scored(1, 10, 100, Stage.FINAL, 1),
                scored(1, 11, 100, Stage.INTERIM, 0));

        assertThat(line(ComplianceScores.of(both, Stage.FINAL).overall().orElseThrow())).isEqualTo("1 1.00 100.0");
        // Interim: −1 and 0 → −0.5, 25 %.
        assertThat(line(ComplianceScores.of(both, Stage.INTERIM).overall().orElseThrow())).isEqualTo("2 -0.50 25.0");
        assertThat(ComplianceScores.of(List.of(scored(1, 10, 100, Stage.INTERIM, 1)), Stage.FINAL).overall()).isEmpty();
    }

    @Test
    void thirdsRoundHalfUpFromTheExactMean() {
        // +1, +1, 0 → 2/3: average 0.67, percent (2/3 + 1) × 50 = 83.33… → 83.3 (not (0.67 + 1) × 50 = 83.5).
        Average twoThirds = ComplianceScores.of(List.of(scored(1, 10, 100, Stage.FINAL, 1), scored(1, 10, 101, Stage.FINAL, 1),
                scored(1, 10, 200, Stage.FINAL, 0)), Stage.FINAL).overall().orElseThrow();
        assertThat(line(twoThirds)).isEqualTo("3 0.67 83.3");
        // −1, 0, 0 → −1/3: average −0.33, percent 33.33… → 33.3.
        assertThat(line(new Average(3, -1))).isEqualTo("3 -0.33 33.3");
        // +1 and seven zeros → 0.125: average 0.13 (half up), percent 56.25 → 56.3.
        assertThat(line(new Average(8, 1))).isEqualTo("8 0.13 56.3");
        assertThat(new Average(8, 1).percent()).isEqualTo(new BigDecimal("56.3"));
    }

    private static String line(Average average) {
        return average.count() + " " + average.average().toPlainString() + " " + average.percent().toPlainString();
    }

    private static Map<Long, String> summary(Map<Long, Average> averages) {
        Map<Long, String> lines = new java.util.LinkedHashMap<>();
        averages.forEach((key, average) -> lines.put(key, line(average)));
        return lines;
    }
}
