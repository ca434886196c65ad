package org.treatysim.report.brief;

import org.treatysim.stats.Estimate;

/**
 * Shares of runs and their 95% Wilson score intervals, for the figures the brief derives from the
 * summary (differences of cumulative shares, conditional shares), which are proportions of runs
 * in their own right: the runs that signed after a deadline are a count out of all runs.
 */
final class Proportion {
    /** The 97.5% quantile of the standard normal distribution. */
    static final double Z = 1.959963984540054;

    private Proportion() { }

    /** The Wilson score interval for {@code k} of {@code n} runs, 0 ≤ k ≤ n, n ≥ 1. */
    static Estimate wilson(long k, long n) {
        if (n < 1 || k < 0 || k > n) throw new IllegalArgumentException(k + " of " + n + " runs");
        double p = k / (double) n;
        double z2 = Z * Z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        return new Estimate(p, Math.min(p, Math.max(0, centre - half)), Math.max(p, Math.min(1, centre + half)));
    }

    /** The number of runs behind a share of {@code runs} runs (shares are counts divided by runs). */
    static long count(double share, long runs) {
        return Math.round(share * runs);
    }

    /**
     * An estimate carried through an increasing function, e.g. from a share over a period to a
     * share per eight weeks: a monotone map keeps the interval's coverage.
     */
    static Estimate map(Estimate e, java.util.function.DoubleUnaryOperator increasing) {
        return new Estimate(increasing.applyAsDouble(e.p()), increasing.applyAsDouble(e.lo()),
                increasing.applyAsDouble(e.hi()));
    }
}
