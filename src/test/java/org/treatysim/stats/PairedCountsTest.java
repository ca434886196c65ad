package org.treatysim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PairedCountsTest {

    @Test
    void marginsAndTheDifferenceOfSecondMinusFirst() {
        PairedCounts t = new PairedCounts(50, 10, 25, 15);
        assertThat(t.n()).isEqualTo(100);
        assertThat(t.firstCount()).isEqualTo(60);
        assertThat(t.secondCount()).isEqualTo(75);
        assertThat(t.discordant()).isEqualTo(35);
        // P(second) − P(first) = 0.75 − 0.60 = (25 − 10) / 100
        assertThat(t.difference()).isEqualTo(0.15);
    }

    @Test
    void refusesNegativeCells() {
        assertThatThrownBy(() -> new PairedCounts(1, -1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDifferenceMustLieInItsInterval() {
        assertThat(PairedDifference.IDENTICAL.excludesZero()).isFalse();
        assertThat(new PairedDifference(0.1, 0.05, 0.2).excludesZero()).isTrue();
        assertThatThrownBy(() -> new PairedDifference(0.3, 0.05, 0.2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PairedDifference(0, -1.5, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
