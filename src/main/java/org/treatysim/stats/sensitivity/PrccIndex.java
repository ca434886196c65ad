package org.treatysim.stats.sensitivity;

/**
 * Partial rank correlation of the output with one factor, a row of {@code indices.csv}
 * ({@code parameter,prcc,prcc_lo,prcc_hi}).
 *
 * <p>Near +1: raising the factor raises the output, whatever the other factors do; near -1:
 * lowers it; an interval that holds 0: no monotone effect detected.
 *
 * @param parameter dotted scenario path of the factor
 * @param prcc      partial rank correlation coefficient, in [-1, 1]
 * @param low       lower end of its Fisher-z 95% interval, in [-1, prcc]
 * @param high      upper end of its Fisher-z 95% interval, in [prcc, 1]
 * @param pValue    two-sided p-value of "no partial correlation" (t test, n - k - 1 degrees of freedom)
 */
public record PrccIndex(String parameter, double prcc, double low, double high, double pValue) {
}
