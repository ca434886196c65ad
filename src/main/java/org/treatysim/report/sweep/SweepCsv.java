package org.treatysim.report.sweep;

/** Column names of the sweep's CSV files: parameter paths never need quoting, and this checks it. */
final class SweepCsv {
    private SweepCsv() { }

    /** {@code name}, refused when it would need quoting. */
    static String name(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("not a plain CSV field: " + name);
        }
        return name;
    }
}
