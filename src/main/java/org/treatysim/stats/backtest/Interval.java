package org.treatysim.stats.backtest;

/**
 * A statistic of the corpus with its bootstrap percentile interval (resampling cases).
 *
 * @param value the statistic on the corpus as it is
 * @param lo    lower end of the interval; may be −∞ for a skill score (see {@link Skill})
 * @param hi    upper end of the interval
 */
public record Interval(double value, double lo, double hi) {
}
