package org.treatysim.stats.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BinnedSampleTest {

    /** The exact sample quantile for unit weights: the smallest value whose ECDF reaches p. */
    private static double exactQuantile(double[] sorted, double p) {
        int index = Math.max(0, (int) Math.ceil(p * sorted.length) - 1);
        return sorted[index];
    }

    @Test
    void quantilesAreWithinOneBinWidthOfTheSampleQuantiles() {
        MersenneTwisterFast random = new MersenneTwisterFast(1);
        double[] values = new double[50_000];
        BinnedSample sample = new BinnedSample(100, 900, 1000);
        for (int i = 0; i < values.length; i++) {
            // A skewed shape inside the range: 100 + 800 u^2.
            double u = random.nextDouble();
            values[i] = 100 + 800 * u * u;
            sample.add(values[i]);
        }
        Arrays.sort(values);
        double width = 800.0 / 1000;
        for (double p : new double[] {0, 0.001, 0.05, 0.25, 0.5, 0.75, 0.95, 0.999, 1}) {
            assertThat(sample.quantile(p)).as("p = %s", p).isCloseTo(exactQuantile(values, p), within(width));
        }
        assertThat(sample.quantile(0)).isEqualTo(values[0]);
        assertThat(sample.quantile(1)).isEqualTo(values[values.length - 1]);
    }

    @Test
    void momentsAreExactAndTailsOutsideTheBinsAreBoundedByTheExtremes() {
        MersenneTwisterFast random = new MersenneTwisterFast(2);
        double[] values = new double[20_000];
        // Bins over [-2, 2] only: about 4.6% of standard normal draws fall outside.
        BinnedSample sample = new BinnedSample(-2, 2, 400);
        for (int i = 0; i < values.length; i++) {
            values[i] = 1e6 + random.nextGaussian();
            sample.add(values[i] - 1e6);
        }
        double mean = Arrays.stream(values).map(v -> v - 1e6).average().orElseThrow();
        double variance = Arrays.stream(values).map(v -> (v - 1e6 - mean) * (v - 1e6 - mean)).sum() / values.length;
        assertThat(sample.mean()).isCloseTo(mean, within(1e-12));
        assertThat(sample.standardDeviation()).isCloseTo(Math.sqrt(variance), within(1e-12));
        double[] sorted = Arrays.stream(values).map(v -> v - 1e6).sorted().toArray();
        // The 1% quantile (about -2.33) lies in the underflow bin: the error is bounded by the gap
        // between the minimum and the range's edge, and the answer stays inside it.
        double q01 = sample.quantile(0.01);
        assertThat(q01).isBetween(sorted[0], -2.0);
        assertThat(Math.abs(q01 - exactQuantile(sorted, 0.01))).isLessThanOrEqualTo(-2.0 - sorted[0]);
        assertThat(sample.quantile(0.5)).isCloseTo(exactQuantile(sorted, 0.5), within(0.01));
    }

    @Test
    void largeMeansKeepTheirSpread() {
        // Days since an epoch: a naive sum of squares would lose the spread of 1 to rounding.
        BinnedSample sample = new BinnedSample(1e9, 1e9 + 10, 10);
        for (int i = 0; i < 1000; i++) {
            sample.add(1e9 + (i % 2 == 0 ? 4 : 6));
        }
        assertThat(sample.mean()).isCloseTo(1e9 + 5, within(1e-6));
        assertThat(sample.standardDeviation()).isCloseTo(1, within(1e-9));
    }

    @Test
    void weightsCountAsRepeatedValues() {
        // Value 1 with weight 3 and value 2 with weight 1: mean 1.25, variance
        // (3 (0.25)^2 + (0.75)^2) / 4 = 0.1875; the median is at 1 (cumulative weight 3 of 4).
        BinnedSample weighted = new BinnedSample(0, 4, 400);
        weighted.add(1, 3);
        weighted.add(2, 1);
        assertThat(weighted.mean()).isCloseTo(1.25, within(1e-15));
        assertThat(weighted.standardDeviation()).isCloseTo(Math.sqrt(0.1875), within(1e-15));
        assertThat(weighted.quantile(0.5)).isCloseTo(1, within(0.01));
        assertThat(weighted.quantile(0.9)).isCloseTo(2, within(0.01));
        assertThat(weighted.totalWeight()).isEqualTo(4);
        assertThat(weighted.count()).isEqualTo(2);
        assertThatThrownBy(() -> weighted.add(1, 0)).hasMessageContaining("weight");
        assertThatThrownBy(() -> weighted.add(Double.NaN)).hasMessageContaining("not finite");
    }

    @Test
    void mergedSamplesEqualOneSample() {
        MersenneTwisterFast random = new MersenneTwisterFast(3);
        BinnedSample whole = new BinnedSample(0, 1, 100);
        BinnedSample first = whole.emptyCopy();
        BinnedSample second = whole.emptyCopy();
        for (int i = 0; i < 10_000; i++) {
            double v = random.nextDouble() * 1.2 - 0.1;
            whole.add(v);
            (i < 3000 ? first : second).add(v);
        }
        first.merge(second);
        assertThat(first.count()).isEqualTo(whole.count());
        assertThat(first.binWeights()).containsExactly(whole.binWeights());
        assertThat(first.summary().q05()).isEqualTo(whole.summary().q05());
        assertThat(first.summary().median()).isEqualTo(whole.summary().median());
        assertThat(first.summary().max()).isEqualTo(whole.summary().max());
        assertThat(first.mean()).isCloseTo(whole.mean(), within(1e-12));
        assertThat(first.standardDeviation()).isCloseTo(whole.standardDeviation(), within(1e-12));
        assertThatThrownBy(() -> first.merge(new BinnedSample(0, 2, 100))).hasMessageContaining("different bins");
    }

    @Test
    void ksDistanceIsTheLargestGapBetweenCdfs() {
        BinnedSample low = new BinnedSample(0, 1, 10);
        BinnedSample high = low.emptyCopy();
        BinnedSample mixed = low.emptyCopy();
        for (int i = 0; i < 10; i++) {
            low.add(0.05);
            high.add(0.95);
            mixed.add(i < 5 ? 0.05 : 0.95);
        }
        assertThat(low.ksDistance(low)).isZero();
        assertThat(low.ksDistance(high)).isEqualTo(1);
        // CDFs at 0.1: 1 for "low", 0.5 for "mixed".
        assertThat(low.ksDistance(mixed)).isCloseTo(0.5, within(1e-15));
        assertThatThrownBy(() -> new BinnedSample(0, 1, 10).summary()).isInstanceOf(IllegalStateException.class);
    }
}
