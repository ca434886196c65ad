package org.treatysim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PairedScoreIntervalTest {
    private static final double Z = Wilson.Z95;

    /**
     * A published example (Chang et al., PubMed Central PMC10763857, Table 3, to three decimals):
     * 102 pairs, 25 with the event under the second condition only, 2 under the first only, 7 under
     * both: difference 23/102 = 0.225, Tango interval 0.139 to 0.321.
     */
    @Test
    void matchesAPublishedTangoInterval() {
        PairedDifference d = PairedScoreInterval.tango(new PairedCounts(7, 2, 25, 68));
        assertThat(d.difference()).isEqualTo(23.0 / 102);
        assertThat(d.lo()).isCloseTo(0.139, within(0.0005));
        assertThat(d.hi()).isCloseTo(0.321, within(0.0005));
    }

    /**
     * Cavo et al. (2012), a worked example of Fagerland, Lydersen &amp; Laake (2014) for paired
     * proportions: 161 pairs, 6 discordant one way and 16 the other, difference −10/161 = −0.0621.
     * Tango interval −0.1240 to −0.0054 to four decimals, as other implementations of the method
     * give it (and as an independent SciPy root search of the same statistic gave when this test
     * was written).
     */
    @Test
    void matchesTheCavoExampleToFourDecimals() {
        PairedDifference d = PairedScoreInterval.tango(new PairedCounts(59, 16, 6, 80));
        assertThat(d.difference()).isCloseTo(-0.0621, within(0.00005));
        assertThat(d.lo()).isCloseTo(-0.1240, within(0.00005));
        assertThat(d.hi()).isCloseTo(-0.0054, within(0.00005));
    }

    /**
     * With no discordant pair the interval has a closed form. For δ &gt; 0: B = 2nδ, C = 0, so
     * p̃21 = (|B| − B)/4n = 0 and T(δ) = −nδ/√(nδ(1 − δ)) = −√(nδ/(1 − δ)); T = −z gives
     * δ = z²/(n + z²). By symmetry the lower limit is −z²/(n + z²). It depends on n only, not on
     * how the concordant runs split between "both" and "neither".
     */
    @ParameterizedTest
    @CsvSource({"0, 10000", "10000, 0", "2500, 7500", "1, 0", "30, 24", "400000, 600000"})
    void noDiscordantRunsGiveTheClosedForm(long both, long neither) {
        long n = both + neither;
        PairedDifference d = PairedScoreInterval.tango(new PairedCounts(both, 0, 0, neither));
        double half = Z * Z / (n + Z * Z);
        assertThat(d.difference()).isZero();
        assertThat(d.lo()).isCloseTo(-half, within(1e-12));
        assertThat(d.hi()).isCloseTo(half, within(1e-12));
    }

    @Test
    void theLimitsSolveTheScoreEquation() {
        PairedCounts counts = new PairedCounts(310, 23, 41, 9626);
        PairedDifference d = PairedScoreInterval.tango(counts);
        assertThat(PairedScoreInterval.statistic(counts, d.lo())).isCloseTo(Z, within(1e-6));
        assertThat(PairedScoreInterval.statistic(counts, d.hi())).isCloseTo(-Z, within(1e-6));
        assertThat(d.lo()).isLessThan(d.difference());
        assertThat(d.hi()).isGreaterThan(d.difference());
    }

    @Test
    void swappingTheScenariosNegatesTheInterval() {
        PairedDifference forward = PairedScoreInterval.tango(new PairedCounts(12, 3, 17, 68));
        PairedDifference backward = PairedScoreInterval.tango(new PairedCounts(12, 17, 3, 68));
        assertThat(backward.difference()).isEqualTo(-forward.difference());
        assertThat(backward.lo()).isCloseTo(-forward.hi(), within(1e-12));
        assertThat(backward.hi()).isCloseTo(-forward.lo(), within(1e-12));
    }

    /**
     * At δ = 0 the score statistic is McNemar's, (n12 − n21)/√(n12 + n21), so the interval leaves
     * out 0 exactly when McNemar's uncorrected test rejects at 5%. Checked on every table of 30
     * pairs with at most 12 discordant each way (ties within 1e-9 of the boundary skipped).
     */
    @Test
    void excludesZeroExactlyWhenMcNemarRejects() {
        for (int first = 0; first <= 12; first++) {
            for (int second = 0; second <= 12; second++) {
                if (first + second == 0) continue;
                double chi2 = (double) (second - first) * (second - first) / (first + second);
                if (Math.abs(chi2 - Z * Z) < 1e-9) continue;
                PairedDifference d = PairedScoreInterval.tango(new PairedCounts(5, first, second, 25 - first - second));
                assertThat(d.excludesZero()).as("%d vs %d", first, second).isEqualTo(chi2 > Z * Z);
            }
        }
    }

    /**
     * Every run discordant one way (n12 = n, n21 = 0) also has a closed form: C = 0 and
     * B = n(δ − 1) &lt; 0, so p̃21 = (1 − δ)/2 and T(δ) = √(n(1 − δ)/(1 + δ)); T = z gives the lower
     * limit (n − z²)/(n + z²), while the upper is the end of the scale (for n = 3: −0.1230).
     */
    @ParameterizedTest
    @CsvSource({"40", "3", "1000"})
    void allRunsDiscordantOneWayReachTheEndOfTheScale(long n) {
        PairedDifference up = PairedScoreInterval.tango(new PairedCounts(0, 0, n, 0));
        assertThat(up.difference()).isEqualTo(1);
        assertThat(up.hi()).isEqualTo(1);
        assertThat(up.lo()).isCloseTo((n - Z * Z) / (n + Z * Z), within(1e-12));
        PairedDifference down = PairedScoreInterval.tango(new PairedCounts(0, n, 0, 0));
        assertThat(down.lo()).isEqualTo(-1);
        assertThat(down.hi()).isCloseTo(-up.lo(), within(1e-12));
    }

    @Test
    void moreRunsNarrowTheInterval() {
        PairedDifference small = PairedScoreInterval.tango(new PairedCounts(100, 10, 30, 860));
        PairedDifference large = PairedScoreInterval.tango(new PairedCounts(1000, 100, 300, 8600));
        assertThat(large.difference()).isEqualTo(small.difference());
        assertThat(large.hi() - large.lo()).isLessThan(small.hi() - small.lo());
    }

    @Test
    void refusesAnEmptyTableAndABadQuantile() {
        assertThatThrownBy(() -> PairedScoreInterval.tango(new PairedCounts(0, 0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PairedScoreInterval.tango(new PairedCounts(1, 0, 0, 1), 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
