package org.treatysim.stats;

import java.time.LocalDate;

/**
 * One row of curve.csv: cumulative probabilities that each milestone was reached by {@code date},
 * each with its pointwise 95% Wilson interval.
 */
public record CurvePoint(LocalDate date, Estimate signed, Estimate textAgreed, Estimate initialed,
                         Estimate collapsed) {
}
