package org.treatysim.stats;

/**
 * A probability estimated from runs, with its 95% interval; written to summary.json as
 * {@code { "p": .., "lo": .., "hi": .. }}.
 *
 * @param p  share of runs, in [0, 1]
 * @param lo lower end of the 95% interval, in [0, p]
 * @param hi upper end of the 95% interval, in [p, 1]
 */
public record Estimate(double p, double lo, double hi) {
    public Estimate {
        if (!(lo <= p && p <= hi)) {
            throw new IllegalArgumentException("interval [" + lo + ", " + hi + "] does not hold " + p);
        }
    }
}
