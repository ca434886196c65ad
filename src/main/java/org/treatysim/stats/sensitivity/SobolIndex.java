package org.treatysim.stats.sensitivity;

/**
 * Variance-based sensitivity of the output to one factor, a row of {@code indices.csv}
 * ({@code parameter,first,first_lo,first_hi,total,total_lo,total_hi}).
 *
 * <p>The first-order index S<sub>i</sub> is the share of the output's variance that factor i
 * explains alone; the total index S<sub>Ti</sub> adds every interaction that involves it, so
 * S<sub>Ti</sub> &ge; S<sub>i</sub> in theory and a factor with S<sub>Ti</sub> near 0 can be fixed
 * anywhere in its range. Estimates can stray slightly below 0 or above 1 by sampling error.
 *
 * @param parameter dotted scenario path of the factor
 * @param first     first-order index S_i (Saltelli et al. 2010), nominally in [0, 1]
 * @param firstLow  lower end of its bootstrap percentile interval
 * @param firstHigh upper end of its bootstrap percentile interval
 * @param total     total index S_Ti (Jansen 1999), nominally in [0, 1]
 * @param totalLow  lower end of its bootstrap percentile interval
 * @param totalHigh upper end of its bootstrap percentile interval
 */
public record SobolIndex(String parameter, double first, double firstLow, double firstHigh, double total,
                         double totalLow, double totalHigh) {
}
