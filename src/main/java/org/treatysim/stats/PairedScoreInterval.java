package org.treatysim.stats;

/**
 * Tango's asymptotic score interval for the difference of two paired proportions (Tango 1998,
 * "Equivalence test and confidence interval for the difference in proportions for the
 * paired-sample design", Statistics in Medicine 17:891–908; see also Fagerland, Lydersen &amp;
 * Laake 2014, Statistics in Medicine 33:2850–2875, who recommend it).
 *
 * <p>With Δ = P(second) − P(first), n12 = {@code secondOnly}, n21 = {@code firstOnly} and n pairs,
 * the score statistic for the hypothesis Δ = δ is
 * <pre>
 *   T(δ) = (n12 − n21 − n·δ) / √( n·(2·p̃21(δ) + δ·(1 − δ)) )
 * </pre>
 * where p̃21(δ) is the maximum-likelihood estimate of the probability of a (first only) pair under
 * that hypothesis, the root of 2n·p² + B·p + C = 0 with B = −n12 − n21 + (2n − n12 + n21)·δ and
 * C = −n21·δ·(1 − δ). The interval is every δ with |T(δ)| ≤ z: T falls as δ rises, so the lower
 * limit solves T(δ) = z and the upper T(δ) = −z; both are found by bisection to adjacent doubles.
 *
 * <p>Why this interval: it uses only the discordant pairs and n, as the paired difference should
 * (concordant runs say nothing about it), it stays within [−1, 1], and it agrees with McNemar's
 * test (at δ = 0, T = (n12 − n21)/√(n12 + n21)). With common random numbers most runs are
 * concordant; with none discordant the interval is ±z²/(n + z²) whatever the probabilities,
 * where Newcombe's square-and-add interval (method 10 of Newcombe 1998) would instead depend on
 * the marginal shares.
 */
public final class PairedScoreInterval {
    /** Bisection steps: far more than the ~60 that reach adjacent doubles on [−1, 1]. */
    private static final int MAX_STEPS = 200;

    private PairedScoreInterval() { }

    /** The 95% interval. */
    public static PairedDifference tango(PairedCounts counts) {
        return tango(counts, Wilson.Z95);
    }

    /**
     * The interval for the normal quantile z (e.g. {@link Wilson#Z95} for 95%).
     *
     * @param counts the paired table, with at least one pair
     * @param z      &gt; 0
     */
    public static PairedDifference tango(PairedCounts counts, double z) {
        if (counts.n() < 1) throw new IllegalArgumentException("no pairs");
        if (!(z > 0) || Double.isInfinite(z)) throw new IllegalArgumentException("z must be > 0, got " + z);
        double estimate = counts.difference();
        double lo = estimate == -1 ? -1 : lowerLimit(counts, z, estimate);
        double hi = estimate == 1 ? 1 : upperLimit(counts, z, estimate);
        return new PairedDifference(estimate, Math.min(lo, estimate), Math.max(hi, estimate));
    }

    /** The δ in (−1, estimate] with T(δ) = z; T(δ) &gt; z below it. */
    private static double lowerLimit(PairedCounts counts, double z, double estimate) {
        double below = -1;
        double above = estimate;
        for (int step = 0; step < MAX_STEPS; step++) {
            double mid = below + (above - below) / 2;
            if (mid == below || mid == above) break;
            if (statistic(counts, mid) > z) {
                below = mid;
            } else {
                above = mid;
            }
        }
        return below;
    }

    /** The δ in [estimate, 1) with T(δ) = −z; T(δ) &lt; −z above it. */
    private static double upperLimit(PairedCounts counts, double z, double estimate) {
        double below = estimate;
        double above = 1;
        for (int step = 0; step < MAX_STEPS; step++) {
            double mid = below + (above - below) / 2;
            if (mid == below || mid == above) break;
            if (statistic(counts, mid) < -z) {
                above = mid;
            } else {
                below = mid;
            }
        }
        return above;
    }

    /**
     * Tango's score statistic T(δ) for δ in (−1, 1). Infinite when the variance vanishes under a
     * nonzero numerator; NaN (treated as inside the interval by both searches) for 0/0.
     */
    static double statistic(PairedCounts counts, double delta) {
        double n = counts.n();
        double n12 = counts.secondOnly();
        double n21 = counts.firstOnly();
        double a = 2 * n;
        double b = -n12 - n21 + (2 * n - n12 + n21) * delta;
        double c = -n21 * delta * (1 - delta);
        double root = Math.sqrt(Math.max(0, b * b - 4 * a * c));
        // The two algebraically equal forms of the root; each avoids cancellation on its side of b = 0.
        double p21 = b > 0 ? (root + b == 0 ? 0 : -2 * c / (b + root)) : (root - b) / (2 * a);
        double variance = n * (2 * p21 + delta * (1 - delta));
        double numerator = n12 - n21 - n * delta;
        if (variance <= 0) {
            return numerator == 0 ? Double.NaN : Math.copySign(Double.POSITIVE_INFINITY, numerator);
        }
        return numerator / Math.sqrt(variance);
    }
}
