package org.treatysim.stats;

/**
 * A difference of two probabilities estimated from paired runs, P(second) − P(first), with its
 * 95% interval. Written to comparison.csv as {@code diff, diff_lo, diff_hi}.
 *
 * @param difference the estimate, in [−1, 1]
 * @param lo         lower end of the interval, in [−1, difference]
 * @param hi         upper end of the interval, in [difference, 1]
 */
public record PairedDifference(double difference, double lo, double hi) {
    /**
     * A scenario compared with itself: the very same runs, so the difference is exactly zero and
     * there is nothing to estimate. Used for the reference scenario's own rows.
     */
    public static final PairedDifference IDENTICAL = new PairedDifference(0, 0, 0);

    public PairedDifference {
        if (!(-1 <= lo && lo <= difference && difference <= hi && hi <= 1)) {
            throw new IllegalArgumentException("interval [" + lo + ", " + hi + "] does not hold " + difference
                    + " within [-1, 1]");
        }
    }

    /** True when the interval lies wholly above or wholly below zero. */
    public boolean excludesZero() {
        return lo > 0 || hi < 0;
    }
}
