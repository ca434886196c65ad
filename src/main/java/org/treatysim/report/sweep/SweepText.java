package org.treatysim.report.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** Numbers in the sweep's charts and messages: three significant digits, no exponent. */
public final class SweepText {
    private static final MathContext THREE_DIGITS = new MathContext(3);

    private SweepText() { }

    /** {@code value} to three significant digits, e.g. {@code 0.305}, {@code 540}, {@code -0.81}; NaN as "NaN". */
    public static String number(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return Double.toString(value);
        if (value == 0) return "0";
        return new BigDecimal(value).round(THREE_DIGITS).stripTrailingZeros().toPlainString();
    }

    /**
     * The design in words, e.g. "Latin hypercube of 1,000 points".
     *
     * @param method  {@code lhs}, {@code sobol} or {@code grid}
     * @param samples Sobol base samples N (ignored otherwise)
     * @param levels  grid levels per parameter (ignored otherwise)
     * @param points  design points
     */
    public static String design(String method, int samples, int levels, long points) {
        return switch (method) {
            case "lhs" -> String.format(Locale.ROOT, "Latin hypercube of %,d points", points);
            case "sobol" -> String.format(Locale.ROOT, "Sobol design of N = %,d base samples (%,d points)", samples,
                    points);
            case "grid" -> String.format(Locale.ROOT, "grid of %d levels (%,d points)", levels, points);
            default -> throw new IllegalArgumentException("unknown design: " + method + " (expected lhs, sobol or grid)");
        };
    }
}
