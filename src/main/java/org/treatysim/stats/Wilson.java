package org.treatysim.stats;

/**
 * Wilson score intervals for a binomial proportion (Wilson 1927). Unlike the Wald interval it
 * keeps close to its nominal coverage for shares near 0 or 1 and never leaves [0, 1], which
 * matters here: many forecast probabilities (P(signed by next month)) are near zero.
 */
public final class Wilson {
    /** The standard normal quantile for a two-sided 95% interval, Φ⁻¹(0.975). */
    public static final double Z95 = 1.959963984540054;
    /** Φ⁻¹(0.9995), for a two-sided 99.9% interval (used to plan run counts conservatively). */
    public static final double Z999 = 3.2905267314919255;

    private Wilson() { }

    /**
     * The share {@code successes / trials} with its 95% Wilson interval.
     *
     * @param successes runs in which the event happened, in [0, trials]
     * @param trials    runs, &ge; 1
     */
    public static Estimate estimate(long successes, long trials) {
        return estimate(successes, trials, Z95);
    }

    /**
     * The share {@code successes / trials} with its Wilson interval for the normal quantile z
     * (e.g. {@link #Z999}).
     */
    public static Estimate estimate(long successes, long trials, double z) {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("need 0 <= successes <= trials and trials >= 1, got "
                    + successes + " of " + trials);
        }
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2 * n)) / denominator;
        double half = z / denominator * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        // Rounding can push an end a hair past p at p = 0 or 1; the interval must hold p.
        double lo = Math.min(p, Math.max(0, centre - half));
        double hi = Math.max(p, Math.min(1, centre + half));
        return new Estimate(p, lo, hi);
    }

    /**
     * The largest Wilson half-width possible with {@code trials} runs when the share's variance
     * p(1 − p) is at most {@code variance}: z/(1 + z²/n)·√(v/n + z²/4n²) ≤ z·√(v/n + z²/4n²).
     * Used to plan run counts; {@code variance} in [0, 0.25].
     */
    public static double halfWidthBound(double variance, long trials) {
        double n = trials;
        return Z95 * Math.sqrt(variance / n + Z95 * Z95 / (4 * n * n));
    }

    /**
     * The fewest runs n for which {@link #halfWidthBound(double, long)} is at most
     * {@code halfWidth}: the positive root of (z²/4)x² + v·x − h²/z² = 0 in x = 1/n.
     *
     * @param variance  an upper bound on p(1 − p), in [0, 0.25]
     * @param halfWidth the target, in (0, 0.5]
     */
    public static long runsFor(double variance, double halfWidth) {
        if (!(halfWidth > 0 && halfWidth <= 0.5) || !(variance >= 0 && variance <= 0.25)) {
            throw new IllegalArgumentException("need 0 < halfWidth <= 0.5 and 0 <= variance <= 0.25");
        }
        double a = Z95 * Z95 / 4;
        double c = halfWidth * halfWidth / (Z95 * Z95);
        double x = (-variance + Math.sqrt(variance * variance + 4 * a * c)) / (2 * a);
        long n = (long) Math.ceil(1 / x);
        // Guard the floating-point root: step up until the bound really holds.
        while (halfWidthBound(variance, n) > halfWidth) {
            n++;
        }
        return n;
    }
}
