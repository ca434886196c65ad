package org.treatysim.report.chart;

import org.treatysim.stats.Histogram;

/**
 * Summaries of a binned distribution, for box plots and captions. Within a bin, values are taken
 * to be spread evenly, so quantiles interpolate linearly inside the bin that holds them; their
 * error is at most one bin width.
 */
public final class HistogramStats {
    private HistogramStats() { }

    /** Width of each bin, in the histogram's units. */
    public static double binWidth(Histogram histogram) {
        long[] counts = histogram.counts();
        return counts.length == 0 ? 0 : (histogram.max() - histogram.min()) / counts.length;
    }

    /** The mean, taking each bin's count at its centre; NaN when the histogram is empty. */
    public static double mean(Histogram histogram) {
        long[] counts = histogram.counts();
        long total = histogram.total();
        if (total == 0) return Double.NaN;
        double width = binWidth(histogram);
        double sum = 0;
        for (int i = 0; i < counts.length; i++) {
            sum += counts[i] * (histogram.min() + (i + 0.5) * width);
        }
        return sum / total;
    }

    /**
     * The {@code q}-quantile, 0 ≤ q ≤ 1: the value below which a share q of the counted runs lie;
     * NaN when the histogram is empty.
     */
    public static double quantile(Histogram histogram, double q) {
        if (q < 0 || q > 1) throw new IllegalArgumentException("quantile " + q + " is not in [0, 1]");
        long[] counts = histogram.counts();
        long total = histogram.total();
        if (total == 0) return Double.NaN;
        double width = binWidth(histogram);
        double target = q * total;
        double below = 0;
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0 && below + counts[i] >= target) {
                double within = (target - below) / counts[i];
                return histogram.min() + (i + within) * width;
            }
            below += counts[i];
        }
        return histogram.max();
    }
}
