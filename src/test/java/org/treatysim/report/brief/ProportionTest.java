package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.treatysim.stats.Estimate;

class ProportionTest {
    @Test
    void noSuccessGivesTheRuleOfThreeLikeUpperBound() {
        // k = 0: the Wilson upper end is z² / (n + z²) = 3.841459 / 10,003.841459
        Estimate e = Proportion.wilson(0, 10_000);
        assertThat(e.p()).isZero();
        assertThat(e.lo()).isZero();
        assertThat(e.hi()).isCloseTo(3.841458820694124 / 10_003.841458820694, within(1e-15));
    }

    @Test
    void halfOfAHundredMatchesTheTextbookInterval() {
        // centre 0.5; half-width z·sqrt(0.25/100 + z²/40,000) / (1 + z²/100)
        // = 1.959964 × sqrt(0.0025960365) / 1.0384146 = 0.0961685
        Estimate e = Proportion.wilson(50, 100);
        assertThat(e.lo()).isCloseTo(0.4038315, within(1e-7));
        assertThat(e.hi()).isCloseTo(0.5961685, within(1e-7));
    }

    @Test
    void allSuccessesReachOne() {
        Estimate e = Proportion.wilson(20, 20);
        assertThat(e.p()).isEqualTo(1);
        assertThat(e.hi()).isEqualTo(1);
        assertThat(e.lo()).isCloseTo(20 / (20 + 3.841458820694124), within(1e-12));
    }

    @Test
    void countsMustBeRunsOutOfRuns() {
        assertThatThrownBy(() -> Proportion.wilson(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proportion.wilson(0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Proportion.count(0.2345, 10_000)).isEqualTo(2345);
    }
}
