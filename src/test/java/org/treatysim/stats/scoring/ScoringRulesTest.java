package org.treatysim.stats.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringRulesTest {

    /**
     * A small table scored by hand:
     * <pre>
     * outcome                    p    happened  (p - o)^2   -ln q
     * signed by 2024-11-22       0.9  yes       0.01        -ln 0.9 = 0.1053605
     * textAgreed by 2025-03-13   0.2  no        0.04        -ln 0.8 = 0.2231436
     * initialed by 2025-06-30    0.6  no        0.36        -ln 0.4 = 0.9162907
     * collapsed by 2025-12-31    0.5  yes       0.25        -ln 0.5 = 0.6931472
     * mean                                      0.165       0.4844855
     * </pre>
     * Brier skill against a coin flip: 1 - 0.165 / 0.25 = 0.34.
     */
    private static final List<BinaryForecast> TABLE = List.of(
            new BinaryForecast("signed by 2024-11-22", 0.9, true),
            new BinaryForecast("textAgreed by 2025-03-13", 0.2, false),
            new BinaryForecast("initialed by 2025-06-30", 0.6, false),
            new BinaryForecast("collapsed by 2025-12-31", 0.5, true));

    /** An expert panel on the same outcomes: (0.3^2 + 0.1^2 + 0.3^2 + 0.6^2) / 4 = 0.55 / 4 = 0.1375. */
    private static final List<BinaryForecast> PANEL = List.of(
            new BinaryForecast("signed by 2024-11-22", 0.7, true),
            new BinaryForecast("textAgreed by 2025-03-13", 0.1, false),
            new BinaryForecast("initialed by 2025-06-30", 0.3, false),
            new BinaryForecast("collapsed by 2025-12-31", 0.4, true));

    @Test
    void scoresTheSmallTableAsComputedByHand() {
        assertThat(ScoringRules.brier(TABLE)).isCloseTo(0.165, within(1e-12));
        assertThat(ScoringRules.logScore(TABLE)).isCloseTo(0.4844855, within(1e-7));
        assertThat(ScoringRules.brierSkillVsCoinFlip(TABLE)).isCloseTo(0.34, within(1e-12));
        assertThat(ScoringRules.brier(0.6, false)).isCloseTo(0.36, within(1e-15));
        assertThat(ScoringRules.logScore(0.6, false, 0.001)).isCloseTo(-Math.log(0.4), within(1e-15));
    }

    @Test
    void skillAgainstAnotherForecasterComparesBrierScores() {
        assertThat(ScoringRules.brier(PANEL)).isCloseTo(0.1375, within(1e-12));
        // 1 - 0.165 / 0.1375 = 1 - 1.2 = -0.2: the panel did better.
        assertThat(ScoringRules.brierSkill(TABLE, PANEL)).isCloseTo(-0.2, within(1e-12));
        // 1 - 0.1375 / 0.165 = 1/6.
        assertThat(ScoringRules.brierSkill(PANEL, TABLE)).isCloseTo(1.0 / 6, within(1e-12));
    }

    @Test
    void identicalForecastsHaveZeroSkill() {
        assertThat(ScoringRules.brierSkill(TABLE, List.copyOf(TABLE))).isZero();
        List<BinaryForecast> coin = TABLE.stream()
                .map(f -> new BinaryForecast(f.outcome(), 0.5, f.happened())).toList();
        assertThat(ScoringRules.brierSkillVsCoinFlip(coin)).isZero();
        List<BinaryForecast> perfect = TABLE.stream()
                .map(f -> new BinaryForecast(f.outcome(), f.happened() ? 1 : 0, f.happened())).toList();
        assertThat(ScoringRules.brierSkill(perfect, perfect)).isZero();
        assertThat(ScoringRules.brierSkill(TABLE, perfect)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void clipsCertainForecastsInTheLogScore() {
        // A forecast of 0 for something that happened costs -ln 0.001 = 6.9077553 with the default
        // clip, not infinity; a forecast of 1 that came true costs -ln 0.999 = 0.0010005.
        assertThat(ScoringRules.logScore(List.of(new BinaryForecast("x", 0, true))))
                .isCloseTo(6.9077553, within(1e-7));
        assertThat(ScoringRules.logScore(List.of(new BinaryForecast("x", 1, true))))
                .isCloseTo(0.0010005, within(1e-7));
        assertThat(ScoringRules.logScore(List.of(new BinaryForecast("x", 0, true)), 0.01))
                .isCloseTo(-Math.log(0.01), within(1e-12));
        assertThatThrownBy(() -> ScoringRules.logScore(TABLE, 0)).hasMessageContaining("clip");
    }

    @Test
    void reliabilityTableBinsForecastsAndCountsOutcomes() {
        // Two bins: [0, 0.5) holds 0.2 (did not happen); [0.5, 1] holds 0.9, 0.6, 0.5 (two happened).
        List<ReliabilityBin> table = ScoringRules.reliability(TABLE, 2);
        assertThat(table).hasSize(2);
        ReliabilityBin low = table.get(0);
        assertThat(low.count()).isEqualTo(1);
        assertThat(low.meanForecast()).isCloseTo(0.2, within(1e-12));
        assertThat(low.observedFrequency()).isZero();
        ReliabilityBin high = table.get(1);
        assertThat(high.low()).isEqualTo(0.5);
        assertThat(high.high()).isEqualTo(1);
        assertThat(high.count()).isEqualTo(3);
        assertThat(high.meanForecast()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(high.observedFrequency()).isCloseTo(2.0 / 3, within(1e-12));
        // Wilson 95% interval for 2 of 3: (0.2077, 0.9385).
        assertThat(high.observedLow()).isCloseTo(0.2077, within(1e-4));
        assertThat(high.observedHigh()).isCloseTo(0.9385, within(1e-4));

        // Ten bins: each forecast alone; empty bins are left out; p = 1 goes in the last bin.
        List<ReliabilityBin> ten = ScoringRules.reliability(
                List.of(new BinaryForecast("a", 1.0, true), new BinaryForecast("b", 0.05, false)), 10);
        assertThat(ten).extracting(ReliabilityBin::count).containsExactly(1, 1);
        assertThat(ten.get(0).high()).isEqualTo(0.1);
        assertThat(ten.get(1).low()).isEqualTo(0.9);
    }

    @Test
    void scorecardGathersEverything() {
        Scorecard card = ScoringRules.score(TABLE);
        assertThat(card.outcomes()).isEqualTo(4);
        assertThat(card.brier()).isCloseTo(0.165, within(1e-12));
        assertThat(card.logScore()).isCloseTo(0.4844855, within(1e-7));
        assertThat(card.logClip()).isEqualTo(0.001);
        assertThat(card.brierSkillVsCoinFlip()).isCloseTo(0.34, within(1e-12));
        assertThat(card.baseRate()).isEqualTo(0.5);
        assertThat(card.reliability()).hasSize(4);
    }

    @Test
    void refusesForecastsThatDoNotPairUp() {
        assertThatThrownBy(() -> ScoringRules.brierSkill(TABLE, PANEL.subList(0, 3))).hasMessageContaining("same outcomes");
        List<BinaryForecast> shuffled = List.of(PANEL.get(1), PANEL.get(0), PANEL.get(2), PANEL.get(3));
        assertThatThrownBy(() -> ScoringRules.brierSkill(TABLE, shuffled)).hasMessageContaining("signed by 2024-11-22");
        assertThatThrownBy(() -> ScoringRules.brier(List.of())).hasMessageContaining("no forecasts");
        assertThatThrownBy(() -> new BinaryForecast("x", 1.2, true)).hasMessageContaining("outside [0, 1]");
    }
}
