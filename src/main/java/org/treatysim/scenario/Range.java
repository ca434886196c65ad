package org.treatysim.scenario;

import org.treatysim.model.spec.Quantity;

/**
 * The values a numeric parameter may take; a distribution must keep every draw inside. Each range
 * also says how it reads in messages, in docs/scenario-format.md and in scenarios/schema.json, so
 * that the three cannot disagree.
 */
enum Range {
    /** Any finite number. */
    ANY(Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY, false, "any number", "any sign", "quantity"),
    /** Probabilities, shares, issue values: [0, 1]. */
    UNIT(0, 1, false, "a value in [0, 1]", "[0, 1]", "unit"),
    /** Mediator bias: [-1, 1]. */
    SIGNED_UNIT(-1, 1, false, "a value in [-1, 1]", "[−1, 1]", "signedUnit"),
    /** Counts, days, weights, pressures: [0, ∞). */
    NON_NEGATIVE(0, Double.POSITIVE_INFINITY, false, "a value >= 0", "≥ 0", "nonNegative"),
    /** Time scales and the stance β: (0, ∞). */
    POSITIVE(0, Double.POSITIVE_INFINITY, true, "a value > 0", "> 0", "positive"),
    /** Loss exponents γ: [1, ∞). */
    AT_LEAST_ONE(1, Double.POSITIVE_INFINITY, false, "a value >= 1", "≥ 1", "atLeastOne");

    private final double low;
    private final double high;
    private final boolean lowExclusive;
    private final String expected;
    private final String documented;
    private final String schemaName;

    Range(double low, double high, boolean lowExclusive, String expected, String documented, String schemaName) {
        this.low = low;
        this.high = high;
        this.lowExclusive = lowExclusive;
        this.expected = expected;
        this.documented = documented;
        this.schemaName = schemaName;
    }

    /** How the range reads in a message, e.g. "a value in [0, 1]". */
    String expected() {
        return expected;
    }

    /** How the range reads in the key tables of docs/scenario-format.md, e.g. "[0, 1]" or "≥ 0". */
    String documented() {
        return documented;
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
            return q.describe() + " is out of range (expected " + expected + ")";
        }
        if (Double.isInfinite(lower) || Double.isInfinite(upper)) {
            return q.describe() + " is unbounded and can draw values outside the range (expected draws that are "
                    + expected + "; bound it, e.g. with truncnormal: [mean, sd, low, high])";
        }
        double bad = lowOk ? upper : lower;
        return q.describe() + " can draw " + number(bad) + ", out of range (expected draws that are " + expected + ")";
    }

    private static String number(double value) {
        return Quantity.of(value).describe();
    }
}
