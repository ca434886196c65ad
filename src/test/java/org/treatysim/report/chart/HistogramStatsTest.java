package org.treatysim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.treatysim.stats.Histogram;

class HistogramStatsTest {
    @Test
    void evenCountsGiveTheQuantilesOfAUniformDistribution() {
        Histogram uniform = new Histogram("u", 0, 1, new long[] {10, 10, 10, 10, 10, 10, 10, 10, 10, 10});
        assertThat(HistogramStats.quantile(uniform, 0.5)).isCloseTo(0.5, within(1e-12));
        assertThat(HistogramStats.quantile(uniform, 0.25)).isCloseTo(0.25, within(1e-12));
        assertThat(HistogramStats.quantile(uniform, 0.05)).isCloseTo(0.05, within(1e-12));
        assertThat(HistogramStats.quantile(uniform, 1)).isCloseTo(1, within(1e-12));
        assertThat(HistogramStats.mean(uniform)).isCloseTo(0.5, within(1e-12));
        assertThat(HistogramStats.binWidth(uniform)).isCloseTo(0.1, within(1e-12));
    }

    @Test
    void quantilesInterpolateWithinTheBinThatHoldsThem() {
        // 30 runs in [0.4, 0.6), 10 in [0.6, 0.8): the median (20th of 40) lies 20/30 into the first
        Histogram h = new Histogram("h", 0, 1, new long[] {0, 0, 30, 10, 0});
        assertThat(HistogramStats.quantile(h, 0.5)).isCloseTo(0.4 + 0.2 * 20 / 30.0, within(1e-12));
        // the mean takes bin centres: (30 × 0.5 + 10 × 0.7) / 40 = 0.55
        assertThat(HistogramStats.mean(h)).isCloseTo(0.55, within(1e-12));
        assertThat(HistogramStats.quantile(h, 0)).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void anEmptyHistogramHasNoQuantiles() {
        Histogram empty = new Histogram("e", 0, 1, new long[5]);
        assertThat(HistogramStats.quantile(empty, 0.5)).isNaN();
        assertThat(HistogramStats.mean(empty)).isNaN();
        assertThatThrownBy(() -> HistogramStats.quantile(empty, 1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
