package org.treatysim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class WilsonTest {

    // Expected values from the closed form (Wilson 1927), z = 1.959963984540054:
    // centre = (p + z²/2n)/(1 + z²/n), half = z/(1 + z²/n)·√(p(1−p)/n + z²/4n²).
    // 20 of 100: [0.133367, 0.288829]; 0 of 10: [0, z²/(10 + z²)] = [0, 0.277533];
    // 5 of 10: [0.236593, 0.763407] (textbook values, e.g. Newcombe 1998 table).
    @Test
    void matchesTheClosedFormOnTextbookCases() {
        Estimate e = Wilson.estimate(20, 100);
        assertThat(e.p()).isEqualTo(0.2);
        assertThat(e.lo()).isCloseTo(0.133367, within(1e-6));
        assertThat(e.hi()).isCloseTo(0.288829, within(1e-6));

        Estimate none = Wilson.estimate(0, 10);
        assertThat(none.lo()).isZero();
        assertThat(none.hi()).isCloseTo(0.277533, within(1e-6));

        Estimate half = Wilson.estimate(5, 10);
        assertThat(half.lo()).isCloseTo(0.236593, within(1e-6));
        assertThat(half.hi()).isCloseTo(0.763407, within(1e-6));
    }

    @Test
    void allAndNoneStayInsideTheUnitInterval() {
        for (long n : new long[] {1, 7, 1000, 10_000_000}) {
            Estimate all = Wilson.estimate(n, n);
            assertThat(all.p()).isEqualTo(1.0);
            assertThat(all.hi()).isEqualTo(1.0);
            assertThat(all.lo()).isBetween(0.0, 1.0);
            Estimate none = Wilson.estimate(0, n);
            assertThat(none.lo()).isZero();
        }
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> Wilson.estimate(3, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Wilson.estimate(0, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void runsForIsTheFewestRunsMeetingTheBound() {
        // Worst case v = 1/4, h = 0.01: about z²/4h² = 9604 runs (the Wald figure), one more or so for the z²/4n² term.
        long n = Wilson.runsFor(0.25, 0.01);
        assertThat(n).isBetween(9600L, 9610L);
        assertThat(Wilson.halfWidthBound(0.25, n)).isLessThanOrEqualTo(0.01);
        assertThat(Wilson.halfWidthBound(0.25, n - 1)).isGreaterThan(0.01);
        // And the actual Wilson half-width at p = 1/2 with n runs is within the bound.
        Estimate e = Wilson.estimate(n / 2, n);
        assertThat((e.hi() - e.lo()) / 2).isLessThanOrEqualTo(0.01);
        // A smaller variance needs fewer runs.
        assertThat(Wilson.runsFor(0.05, 0.01)).isLessThan(n);
    }

    @Test
    void coversTheTrueShareAtAboutTheNominalRate() {
        // 4000 binomial(200, 0.1) samples; Wilson's actual coverage at n = 200, p = 0.1 is about
        // 0.95 (Brown, Cai & DasGupta 2001, fig. 4). The binomial error of the rate over 4000
        // trials is 0.0034, so [0.93, 0.97] is a 5-sigma band around 0.95.
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {2024, 9});
        int covered = 0;
        int trials = 4000;
        for (int t = 0; t < trials; t++) {
            int successes = 0;
            for (int i = 0; i < 200; i++) if (random.nextDouble() < 0.1) successes++;
            Estimate e = Wilson.estimate(successes, 200);
            if (e.lo() <= 0.1 && 0.1 <= e.hi()) covered++;
        }
        assertThat(covered / (double) trials).isBetween(0.93, 0.97);
    }
}
