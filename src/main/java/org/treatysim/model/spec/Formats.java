package org.treatysim.model.spec;

import java.math.BigDecimal;

/** Number spelling shared by the spec's descriptions, so the same value always reads the same. */
final class Formats {
    private Formats() { }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
