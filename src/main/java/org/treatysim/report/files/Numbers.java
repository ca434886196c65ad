package org.treatysim.report.files;

import java.math.BigDecimal;

/**
 * How numbers are spelled in the results files: the same bytes on every machine and locale, and
 * reading a number back gives the very same double.
 *
 * <p>Whole numbers print without a fraction ({@code 0}, {@code 1}, {@code 365}); other values as
 * Java's {@link Double#toString} (the shortest decimal that reads back to the same double on the
 * Java release that wrote it), expanded without an exponent ({@code 0.0001}, not {@code 1.0E-4}),
 * so that spreadsheets and R read them alike. NaN (a value that does not exist, such as the agreed
 * value of an issue never agreed) prints as the empty string.
 */
public final class Numbers {
    private Numbers() { }

    /** The spelling of {@code value}; empty for NaN. Infinite values are refused. */
    public static String format(double value) {
        if (Double.isNaN(value)) return "";
        if (Double.isInfinite(value)) {
            throw new IllegalArgumentException("no infinite values in results files");
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String shortest = Double.toString(value);
        return shortest.indexOf('E') < 0 ? shortest : new BigDecimal(shortest).stripTrailingZeros().toPlainString();
    }

    /** Reads a number written by {@link #format}; the empty string reads as NaN. */
    public static double parse(String text) {
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }
}
