package org.treatysim.stats.abc;

import java.util.Arrays;

/**
 * A weighted sample of one parameter in constant memory: a histogram of {@code bins} equal bins
 * over [low, high], one underflow and one overflow bin, and exact running moments. Mergeable:
 * one per thread, {@link #merge merged} at the end, in any order, gives the same counts (and
 * moments equal up to rounding).
 *
 * <p>Quantiles interpolate linearly within the bin where the cumulative weight crosses the
 * target, so for a quantile inside [low, high] the error against the exact weighted sample
 * quantile is at most one bin width, (high - low) / bins (0.1% of the range with 1000 bins). A
 * quantile that falls in the underflow (overflow) bin is interpolated between the smallest value
 * seen and low (between high and the largest value seen), so its error is at most that gap.
 * Choosing [low, high] to hold nearly all the prior's mass keeps those bins almost empty.
 *
 * <p>Moments use the weighted Welford update and Chan et al.'s pairwise merge (Chan, Golub and
 * LeVeque 1979), which stay accurate when the mean is large next to the spread (days, say).
 * P² quantile estimates (Jain and Chlamtac 1985) would need less memory but cannot be merged
 * across threads, which is why a histogram is used.
 */
public final class BinnedSample {

    private final double low;
    private final double high;
    private final double[] weights;
    private double underflow;
    private double overflow;
    private long count;
    private double totalWeight;
    private double mean;
    private double squares;
    private double min = Double.POSITIVE_INFINITY;
    private double max = Double.NEGATIVE_INFINITY;

    /**
     * @param low  left edge of the first bin
     * @param high right edge of the last bin, &gt; low
     * @param bins number of bins, &ge; 1
     */
    public BinnedSample(double low, double high, int bins) {
        if (!(Double.isFinite(low) && Double.isFinite(high) && low < high)) {
            throw new IllegalArgumentException("bins need a finite range low < high, not [" + low + ", " + high + "]");
        }
        if (bins < 1) {
            throw new IllegalArgumentException("at least one bin, not " + bins);
        }
        this.low = low;
        this.high = high;
        this.weights = new double[bins];
    }

    /** An empty sample with the same bins. */
    public BinnedSample emptyCopy() {
        return new BinnedSample(low, high, weights.length);
    }

    /** Adds one value with weight 1. */
    public void add(double value) {
        add(value, 1);
    }

    /**
     * Adds one value.
     *
     * @param value  finite
     * @param weight &gt; 0 and finite (a rejected run is simply not added)
     */
    public void add(double value, double weight) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("value " + value + " is not finite");
        }
        if (!(weight > 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("weight " + weight + " is not positive and finite");
        }
        if (value < low) {
            underflow += weight;
        } else if (value >= high) {
            if (value == high) {
                weights[weights.length - 1] += weight;
            } else {
                overflow += weight;
            }
        } else {
            int bin = (int) ((value - low) / (high - low) * weights.length);
            weights[Math.min(bin, weights.length - 1)] += weight;
        }
        count++;
        totalWeight += weight;
        double delta = value - mean;
        mean += delta * weight / totalWeight;
        squares += weight * delta * (value - mean);
        min = Math.min(min, value);
        max = Math.max(max, value);
    }

    /**
     * Adds everything {@code other} holds to this sample.
     *
     * @throws IllegalArgumentException when the bins differ
     */
    public void merge(BinnedSample other) {
        if (other.low != low || other.high != high || other.weights.length != weights.length) {
            throw new IllegalArgumentException("cannot merge samples with different bins");
        }
        if (other.count == 0) {
            return;
        }
        for (int b = 0; b < weights.length; b++) {
            weights[b] += other.weights[b];
        }
        underflow += other.underflow;
        overflow += other.overflow;
        double combined = totalWeight + other.totalWeight;
        double delta = other.mean - mean;
        squares += other.squares + delta * delta * totalWeight * other.totalWeight / combined;
        mean += delta * other.totalWeight / combined;
        totalWeight = combined;
        count += other.count;
        min = Math.min(min, other.min);
        max = Math.max(max, other.max);
    }

    /** Values added. */
    public long count() {
        return count;
    }

    /** Their total weight. */
    public double totalWeight() {
        return totalWeight;
    }

    /** Weighted mean; NaN when empty. */
    public double mean() {
        return count == 0 ? Double.NaN : mean;
    }

    /** Weighted standard deviation (divisor: total weight); NaN when empty. */
    public double standardDeviation() {
        return count == 0 ? Double.NaN : Math.sqrt(Math.max(0, squares / totalWeight));
    }

    /**
     * The p-quantile, within one bin width of the weighted sample quantile (see the class notes).
     *
     * @param p in [0, 1]; 0 gives the minimum, 1 the maximum
     * @throws IllegalStateException when nothing was added
     */
    public double quantile(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability " + p + " outside [0, 1]");
        }
        if (count == 0) {
            throw new IllegalStateException("no values, no quantiles");
        }
        double target = p * totalWeight;
        double cumulative = 0;
        if (underflow > 0) {
            if (target <= underflow) {
                return clamp(interpolate(min, low, (target - cumulative) / underflow));
            }
            cumulative += underflow;
        }
        double width = (high - low) / weights.length;
        for (int b = 0; b < weights.length; b++) {
            if (weights[b] > 0 && target <= cumulative + weights[b]) {
                double left = low + b * width;
                return clamp(interpolate(left, left + width, (target - cumulative) / weights[b]));
            }
            cumulative += weights[b];
        }
        if (overflow > 0) {
            return clamp(interpolate(high, max, Math.min(1, (target - cumulative) / overflow)));
        }
        return max;
    }

    /**
     * Kolmogorov–Smirnov distance between this sample's and {@code other}'s distributions: the
     * largest difference between their cumulative distribution functions, read at the bin edges,
     * in [0, 1]. 0 when they agree, 1 when they do not overlap. Reading at edges only can miss at
     * most the share of the heaviest bin. Unlike a bin-by-bin distance, it does not grow with the
     * number of bins when samples are small: its sampling noise is about 1 / sqrt(n).
     */
    public double ksDistance(BinnedSample other) {
        if (other.low != low || other.high != high || other.weights.length != weights.length) {
            throw new IllegalArgumentException("cannot compare samples with different bins");
        }
        if (count == 0 || other.count == 0) {
            throw new IllegalStateException("no values to compare");
        }
        double here = underflow / totalWeight;
        double there = other.underflow / other.totalWeight;
        double largest = Math.abs(here - there);
        for (int b = 0; b < weights.length; b++) {
            here += weights[b] / totalWeight;
            there += other.weights[b] / other.totalWeight;
            largest = Math.max(largest, Math.abs(here - there));
        }
        return Math.min(1, largest);
    }

    /** Freezes the sample into its summary (5%, 25%, 50%, 75% and 95% quantiles). */
    public DistributionSummary summary() {
        if (count == 0) {
            throw new IllegalStateException("no values to summarise");
        }
        return new DistributionSummary(count, totalWeight, mean(), standardDeviation(), min, quantile(0.05),
                quantile(0.25), quantile(0.5), quantile(0.75), quantile(0.95), max);
    }

    /** Bin weights (a copy), for charts; underflow and overflow are not included. */
    public double[] binWeights() {
        return Arrays.copyOf(weights, weights.length);
    }

    private double clamp(double value) {
        return Math.min(max, Math.max(min, value));
    }

    private static double interpolate(double from, double to, double fraction) {
        return from + fraction * (to - from);
    }
}
