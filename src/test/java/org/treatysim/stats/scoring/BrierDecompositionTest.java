package org.treatysim.stats.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Murphy's decomposition of the Brier score, with and without the within-bin terms. */
class BrierDecompositionTest {

    private static BinaryForecast f(double p, boolean happened) {
        return new BinaryForecast("o" + p + happened, p, happened);
    }

    /**
     * Two forecast values, three outcomes each:
     * <pre>
     * p = 0.2: no, yes, no   n = 3, observed 1/3
     * p = 0.7: yes, yes, no  n = 3, observed 2/3     base rate 3/6 = 0.5
     * REL = (3 (0.2 − 1/3)² + 3 (0.7 − 2/3)²) / 6 = (0.0533333 + 0.0033333) / 6 = 0.0094444
     * RES = (3 (1/3 − 0.5)² + 3 (2/3 − 0.5)²) / 6 = 0.0277778
     * UNC = 0.5 · 0.5 = 0.25
     * BS  = (0.04 + 0.64 + 0.04 + 0.09 + 0.09 + 0.49) / 6 = 1.39 / 6 = 0.2316667 = REL − RES + UNC
     * </pre>
     */
    @Test
    void distinctValuesGiveTheHandComputedComponentsAndTheMeanBrierExactly() {
        List<BinaryForecast> forecasts = List.of(f(0.2, false), f(0.2, true), f(0.2, false), f(0.7, true),
                f(0.7, true), f(0.7, false));
        BrierDecomposition d = ScoringRules.decomposeByDistinctValues(forecasts);
        assertThat(d.bins()).isEqualTo(2);
        assertThat(d.outcomes()).isEqualTo(6);
        assertThat(d.reliability()).isCloseTo(0.0566667 / 6, within(1e-7));
        assertThat(d.resolution()).isCloseTo(1 / 36.0, within(1e-12));
        assertThat(d.uncertainty()).isEqualTo(0.25);
        assertThat(d.brier()).isCloseTo(1.39 / 6, within(1e-12));
        assertThat(d.withinBinVariance()).isZero();
        assertThat(d.withinBinCovariance()).isZero();
        assertThat(d.threeComponents()).isCloseTo(d.brier(), within(1e-15));
        // 0.2 and 0.7 fall in bins 2 and 7 of ten: the equal-width decomposition is the same.
        BrierDecomposition tenBins = ScoringRules.decompose(forecasts, 10);
        assertThat(tenBins.reliability()).isCloseTo(d.reliability(), within(1e-15));
        assertThat(tenBins.resolution()).isCloseTo(d.resolution(), within(1e-15));
    }

    /**
     * Two values sharing a bin:
     * <pre>
     * 0.21 no, 0.29 yes (bin [0.2, 0.3): mean 0.25, observed 0.5); 0.75 yes (bin [0.7, 0.8))
     * base rate 2/3, UNC = 2/9 = 0.2222222
     * REL = (2 (0.25 − 0.5)² + (0.75 − 1)²) / 3 = 0.1875 / 3 = 0.0625
     * RES = (2 (0.5 − 2/3)² + (1 − 2/3)²) / 3 = (1/18 + 1/9) / 3 = 0.0555556
     * WBV = (0.04² + 0.04²) / 3 = 0.0010667
     * WBC = 2/3 ((−0.04)(0 − 0.5) + (0.04)(1 − 0.5)) = 0.0266667
     * BS  = (0.0441 + 0.5041 + 0.0625) / 3 = 0.2035667 = REL − RES + UNC + WBV − WBC,
     *       while REL − RES + UNC = 0.2291667
     * </pre>
     */
    @Test
    void equalWidthBinsNeedTheWithinBinTermsAsComputedByHand() {
        List<BinaryForecast> forecasts = List.of(f(0.21, false), f(0.29, true), f(0.75, true));
        BrierDecomposition d = ScoringRules.decompose(forecasts, 10);
        assertThat(d.bins()).isEqualTo(2);
        assertThat(d.binning()).isEqualTo("10 equal-width bins of [0, 1] (the last includes 1)");
        assertThat(d.reliability()).isCloseTo(0.0625, within(1e-12));
        assertThat(d.resolution()).isCloseTo(1 / 18.0, within(1e-12));
        assertThat(d.uncertainty()).isCloseTo(2 / 9.0, within(1e-12));
        assertThat(d.withinBinVariance()).isCloseTo(0.0032 / 3, within(1e-12));
        assertThat(d.withinBinCovariance()).isCloseTo(0.08 / 3, within(1e-12));
        assertThat(d.brier()).isCloseTo(0.6107 / 3, within(1e-12));
        assertThat(d.threeComponents()).isCloseTo(0.2291667, within(1e-7));
        assertThat(d.threeComponents() + d.withinBin()).isCloseTo(d.brier(), within(1e-15));
    }

    @Test
    void theIdentityHoldsForManyRandomForecastsInBothBinnings() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        for (int trial = 0; trial < 200; trial++) {
            List<BinaryForecast> forecasts = new ArrayList<>();
            int n = 1 + random.nextInt(60);
            for (int i = 0; i < n; i++) {
                // Rounded to 0.05 half the time, so that distinct values repeat.
                double p = random.nextDouble();
                if (random.nextBoolean()) p = Math.round(p * 20) / 20.0;
                forecasts.add(new BinaryForecast("o" + i, p, random.nextDouble() < p));
            }
            BrierDecomposition byValue = ScoringRules.decomposeByDistinctValues(forecasts);
            assertThat(byValue.withinBinVariance()).isZero();
            assertThat(byValue.withinBinCovariance()).isZero();
            assertThat(byValue.threeComponents()).isCloseTo(ScoringRules.brier(forecasts), within(1e-12));

            BrierDecomposition binned = ScoringRules.decompose(forecasts, 10);
            assertThat(binned.threeComponents() + binned.withinBin()).isCloseTo(ScoringRules.brier(forecasts),
                    within(1e-12));
            assertThat(binned.reliability()).isGreaterThanOrEqualTo(0);
            assertThat(binned.resolution()).isBetween(0.0, binned.uncertainty() + 1e-15);
        }
    }

    @Test
    void theDecompositionUsesTheBinsOfTheReliabilityTable() {
        List<BinaryForecast> forecasts = List.of(f(0.05, false), f(0.1, true), f(0.19, false), f(1, true));
        List<ReliabilityBin> table = ScoringRules.reliability(forecasts, 10);
        BrierDecomposition d = ScoringRules.decompose(forecasts, 10);
        assertThat(d.bins()).isEqualTo(table.size()).isEqualTo(3);
        double reliability = 0;
        for (ReliabilityBin b : table) {
            reliability += b.count() * (b.meanForecast() - b.observedFrequency()) * (b.meanForecast()
                    - b.observedFrequency());
        }
        assertThat(d.reliability()).isCloseTo(reliability / forecasts.size(), within(1e-15));
    }
}
