package org.treatysim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.treatysim.stats.Estimate;

class ProbabilityWordsTest {

    @Test
    void eachBandHoldsItsEdgeOnTheSideNearerEven() {
        assertThat(ProbabilityWords.of(0.0)).isEqualTo(ProbabilityWords.ALMOST_NO_CHANCE);
        assertThat(ProbabilityWords.of(Math.nextDown(0.05))).isEqualTo(ProbabilityWords.ALMOST_NO_CHANCE);
        assertThat(ProbabilityWords.of(0.05)).isEqualTo(ProbabilityWords.VERY_UNLIKELY);
        assertThat(ProbabilityWords.of(Math.nextDown(0.20))).isEqualTo(ProbabilityWords.VERY_UNLIKELY);
        assertThat(ProbabilityWords.of(0.20)).isEqualTo(ProbabilityWords.UNLIKELY);
        assertThat(ProbabilityWords.of(Math.nextDown(0.45))).isEqualTo(ProbabilityWords.UNLIKELY);
        assertThat(ProbabilityWords.of(0.45)).isEqualTo(ProbabilityWords.ROUGHLY_EVEN);
        assertThat(ProbabilityWords.of(0.55)).isEqualTo(ProbabilityWords.ROUGHLY_EVEN);
        assertThat(ProbabilityWords.of(Math.nextUp(0.55))).isEqualTo(ProbabilityWords.LIKELY);
        assertThat(ProbabilityWords.of(0.80)).isEqualTo(ProbabilityWords.LIKELY);
        assertThat(ProbabilityWords.of(Math.nextUp(0.80))).isEqualTo(ProbabilityWords.VERY_LIKELY);
        assertThat(ProbabilityWords.of(0.95)).isEqualTo(ProbabilityWords.VERY_LIKELY);
        assertThat(ProbabilityWords.of(Math.nextUp(0.95))).isEqualTo(ProbabilityWords.ALMOST_CERTAIN);
        assertThat(ProbabilityWords.of(1.0)).isEqualTo(ProbabilityWords.ALMOST_CERTAIN);
    }

    /** Shares of runs at the edges, as the brief gets them (counts over runs), land where the edges themselves do. */
    @Test
    void sharesOfRunsAtTheEdgesAndTheirOppositesGetMirroredWords() {
        ProbabilityWords[] words = ProbabilityWords.values();
        for (int edge = 0; edge < ProbabilityWords.EDGES.size(); edge++) {
            long k = Math.round(ProbabilityWords.EDGES.get(edge) * 10_000);
            ProbabilityWords at = ProbabilityWords.of(k / 10_000.0);
            ProbabilityWords opposite = ProbabilityWords.of((10_000 - k) / 10_000.0);
            assertThat(opposite).as("edge %s", k).isEqualTo(words[words.length - 1 - at.ordinal()]);
            ProbabilityWords below = ProbabilityWords.of((k - 1) / 10_000.0);
            ProbabilityWords above = ProbabilityWords.of((k + 1) / 10_000.0);
            assertThat(above.ordinal() - below.ordinal()).as("the words either side of %s", k).isEqualTo(1);
        }
    }

    @Test
    void theWordsFollowTheDocumentedScaleAndReadAsPredicates() {
        assertThat(ProbabilityWords.values()).extracting(ProbabilityWords::term).containsExactly("almost no chance",
                "very unlikely", "unlikely", "roughly even", "likely", "very likely", "almost certain");
        for (ProbabilityWords word : ProbabilityWords.values()) assertThat(word.predicate()).contains(word.term());
        // The legend is made from EDGES, as of() reads them: the scale is written once.
        assertThat(ProbabilityWords.legend()).isEqualTo("almost no chance < 5%, very unlikely 5–20%, unlikely 20–45%,"
                + " roughly even 45–55%, likely 55–80%, very likely 80–95%, almost certain > 95%");
        assertThat(ProbabilityWords.of(new Estimate(0.6, 0.5, 0.7))).isEqualTo(ProbabilityWords.LIKELY);
        assertThatThrownBy(() -> ProbabilityWords.of(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProbabilityWords.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void percentagesKeepASignificantDigitAndTheirIntervalsDiffer() {
        assertThat(ReportText.percent(new Estimate(0.277, 0.268, 0.286))).isEqualTo("27.7%");
        assertThat(ReportText.percentInterval(new Estimate(0.277, 0.268, 0.286))).isEqualTo("26.8–28.6%");
        assertThat(ReportText.percentWithInterval(new Estimate(0.277, 0.268, 0.286))).isEqualTo("27.7% (26.8–28.6%)");
        assertThat(ReportText.percent(new Estimate(0.0005, 0.0002, 0.0012))).isEqualTo("0.05%");
        assertThat(ReportText.percentInterval(new Estimate(0.0005, 0.0002, 0.0012))).isEqualTo("0.02–0.12%");
        assertThat(ReportText.percent(new Estimate(0.001, 0.0006, 0.0016))).isEqualTo("0.1%");
        assertThat(ReportText.percentInterval(new Estimate(0.45, 0.44, 0.46))).isEqualTo("44.0–46.0%");
    }
}
