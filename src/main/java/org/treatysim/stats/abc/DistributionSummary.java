package org.treatysim.stats.abc;

/**
 * A parameter's distribution over a set of runs, in the parameter's units.
 *
 * <p>Count, total weight, mean, standard deviation, minimum and maximum are exact; quantiles
 * come from a fixed-bin histogram and are within one bin width of the sample quantile (see
 * {@link BinnedSample}).
 *
 * @param count  runs counted, &ge; 1
 * @param weight their total weight (equal to count for unweighted rejection ABC), &gt; 0
 * @param mean   weighted mean
 * @param sd     weighted standard deviation (divisor: total weight), &ge; 0
 * @param min    smallest value seen
 * @param q05    5% quantile
 * @param q25    25% quantile
 * @param median 50% quantile
 * @param q75    75% quantile
 * @param q95    95% quantile
 * @param max    largest value seen
 */
public record DistributionSummary(long count, double weight, double mean, double sd, double min, double q05,
                                  double q25, double median, double q75, double q95, double max) {
}
