package org.treatysim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;

class DkwTest {

    @Test
    void halfWidthIsMassartsBound() {
        // sqrt(ln(2/0.05) / (2·10000)) = sqrt(3.688879 / 20000) = 0.0135810
        assertThat(Dkw.halfWidth95(10_000)).isCloseTo(0.0135810, within(1e-7));
        // Four times the runs halve it.
        assertThat(Dkw.halfWidth95(40_000)).isCloseTo(Dkw.halfWidth95(10_000) / 2, within(1e-12));
    }

    @Test
    void theBandCoversAWholeCurveAtLeastAtTheNominalRate() {
        // 1000 trials of 300 runs each: signing week ~ geometric(0.01) over 100 weekly rows, with
        // "never" past the horizon; the true curve is 1 − 0.99^k. DKW guarantees sup-coverage
        // ≥ 95% (conservative on a grid). 1000 trials give a rate error of 0.007, so ≥ 0.93 is safe.
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {1, 2, 3});
        int rows = 100;
        int runs = 300;
        double h = Dkw.halfWidth95(runs);
        int covered = 0;
        for (int t = 0; t < 1000; t++) {
            int[] firstRow = new int[rows + 1];
            for (int i = 0; i < runs; i++) {
                int k = 0;
                while (k < rows && random.nextDouble() >= 0.01) k++;
                firstRow[k]++;
            }
            double worst = 0;
            int cumulative = 0;
            for (int k = 0; k < rows; k++) {
                cumulative += firstRow[k];
                double truth = 1 - Math.pow(0.99, k + 1);
                worst = Math.max(worst, Math.abs(cumulative / (double) runs - truth));
            }
            if (worst <= h) covered++;
        }
        assertThat(covered / 1000.0).isGreaterThanOrEqualTo(0.93);
    }
}
