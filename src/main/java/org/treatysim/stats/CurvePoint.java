package org.treatysim.stats;

import java.time.LocalDate;
import org.treatysim.model.spec.Milestone;

/**
 * One row of curve.csv: cumulative probabilities that each milestone was reached by {@code date},
 * each with its pointwise 95% Wilson interval.
 */
public record CurvePoint(LocalDate date, Estimate signed, Estimate textAgreed, Estimate initialed,
                         Estimate collapsed) {

    /**
     * P(milestone reached by the date), for a milestone the curve tracks ({@link Milestone#CURVE}).
     *
     * @throws IllegalArgumentException for a milestone the curve does not track (the referendum's)
     */
    public Estimate probability(Milestone milestone) {
        return switch (milestone) {
            case SIGNED -> signed;
            case TEXT_AGREED -> textAgreed;
            case INITIALED -> initialed;
            case COLLAPSED -> collapsed;
            case REFERENDUM_HELD, REFERENDUM_PASSED ->
                    throw new IllegalArgumentException("the curve does not track " + milestone.label());
        };
    }
}
