package org.treatysim.stats.sensitivity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * One side or both sides of a PRIM box along one factor: the box holds the cases with
 * {@code lower <= value <= upper}. Only factors the box actually restricts get a restriction.
 *
 * @param parameter dotted scenario path of the factor
 * @param lower     smallest value in the box, or {@code -Infinity} when the box is not bounded below
 * @param upper     largest value in the box, or {@code +Infinity} when the box is not bounded above
 */
public record Restriction(String parameter, double lower, double upper) {

    private static final MathContext SIGNIFICANT = new MathContext(3);

    public Restriction {
        Objects.requireNonNull(parameter, "parameter");
        if (!(lower <= upper) || (lower == Double.NEGATIVE_INFINITY && upper == Double.POSITIVE_INFINITY)) {
            throw new IllegalArgumentException(parameter + ": [" + lower + ", " + upper + "] restricts nothing");
        }
    }

    /** True when the box cuts off low values of the factor. */
    public boolean boundedBelow() {
        return lower != Double.NEGATIVE_INFINITY;
    }

    /** True when the box cuts off high values of the factor. */
    public boolean boundedAbove() {
        return upper != Double.POSITIVE_INFINITY;
    }

    /**
     * The restriction in words, bounds to three significant digits, e.g.
     * {@code parties.AZE.patienceDays ≤ 500} or {@code 0.3 ≤ ratification.referendum.support ≤ 0.6}.
     */
    public String describe() {
        if (!boundedBelow()) {
            return parameter + " ≤ " + number(upper);
        }
        if (!boundedAbove()) {
            return parameter + " ≥ " + number(lower);
        }
        return number(lower) + " ≤ " + parameter + " ≤ " + number(upper);
    }

    /** {@code value} to three significant digits, without exponent. */
    static String number(double value) {
        if (value == 0) {
            return "0";
        }
        return new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros().toPlainString();
    }
}
