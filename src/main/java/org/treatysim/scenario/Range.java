package org.treatysim.scenario;

import org.treatysim.model.spec.Quantity;

/**
 * The values a numeric parameter may take; a distribution must keep every draw inside. Each range
 * also says how it reads in messages, in docs/scenario-format.md and in scenarios/schema.json, the
 * first two spelt from its bounds, so that none of them can disagree with the bounds checked.
 */
enum Range {
    /** Any finite number. */
    ANY(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, "quantity"),
    /** Probabilities, shares, issue values: [0, 1]. */
    UNIT(0, 1, false, "unit"),
    /** Mediator bias: [-1, 1]. */
    SIGNED_UNIT(-1, 1, false, "signedUnit"),
    /** Counts, days, weights, pressures: [0, ∞). */
    NON_NEGATIVE(0, Double.POSITIVE_INFINITY, false, "nonNegative"),
    /** Time scales and the stance β: (0, ∞). */
    POSITIVE(0, Double.POSITIVE_INFINITY, true, "positive"),
    /** Loss exponents γ: [1, ∞). */
    AT_LEAST_ONE(1, Double.POSITIVE_INFINITY, false, "atLeastOne");

    private final double low;
    private final double high;
    private final boolean lowExclusive;
    private final String schemaName;

    Range(double low, double high, boolean lowExclusive, String schemaName) {
        this.low = low;
        this.high = high;
        this.lowExclusive = lowExclusive;
        this.schemaName = schemaName;
    }

    /** How the range reads in a message, e.g. "a value in [0, 1]", "a value >= 0" or "any number". */
    String expected() {
        if (Double.isInfinite(low)) return "any number";
        if (Double.isInfinite(high)) return "a value " + (lowExclusive ? "> " : ">= ") + number(low);
        return "a value in " + (lowExclusive ? "(" : "[") + number(low) + ", " + number(high) + "]";
    }

    /**
     * How the range reads in the key tables of docs/scenario-format.md, e.g. "[−1, 1]" (with a
     * minus sign), "≥ 0" or "any sign".
     */
    String documented() {
        if (Double.isInfinite(low)) return "any sign";
        if (Double.isInfinite(high)) return (lowExclusive ? "> " : "≥ ") + printed(low);
        return (lowExclusive ? "(" : "[") + printed(low) + ", " + printed(high) + "]";
    }

    /** The name of the schema definition of a number or distribution in this range, e.g. "unit". */
    String schemaName() {
        return schemaName;
    }

    /** The smallest allowed value (itself excluded for {@link #POSITIVE}). */
    double low() {
        return low;
    }

    /** The largest allowed value. */
    double high() {
        return high;
    }

    /** True when {@link #low()} itself is not allowed. */
    boolean lowExclusive() {
        return lowExclusive;
    }

    /** Null when every draw of {@code q} lies in the range, else what is wrong, ending with what was expected. */
    String check(Quantity q) {
        double lower = q.lowerBound();
        double upper = q.upperBound();
        boolean lowOk = lowExclusive ? lower > low : lower >= low;
        boolean highOk = upper <= high;
        if (lowOk && highOk) {
            return null;
        }
        if (q.isFixed()) {
            return q.describe() + " is out of range (expected " + expected() + ")";
        }
        if (Double.isInfinite(lower) || Double.isInfinite(upper)) {
            return q.describe() + " is unbounded and can draw values outside the range (expected draws that are "
                    + expected() + "; bound it, e.g. with truncnormal: [mean, sd, low, high])";
        }
        double bad = lowOk ? upper : lower;
        return q.describe() + " can draw " + number(bad) + ", out of range (expected draws that are " + expected() + ")";
    }

    private static String number(double value) {
        return Quantity.of(value).describe();
    }

    /** A bound as the docs print it: with a minus sign, not a hyphen. */
    private static String printed(double value) {
        return number(value).replace('-', '−');
    }
}
