package org.treatysim.report.sweep;

import java.math.BigDecimal;
import java.math.MathContext;

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
}
