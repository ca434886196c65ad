package org.treatysim.stats.sensitivity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The points at which a sensitivity sweep evaluates the model: one row per point, one column per
 * factor, in the factors' units. Immutable: the arrays are copied in and out.
 *
 * <p>For a {@link Method#SALTELLI} design the rows are grouped by base sample j = 0..N-1, each
 * group holding k + 2 rows in this order: the row A<sub>j</sub>, the k rows
 * A<sub>B</sub><sup>(i)</sup><sub>j</sub> (A<sub>j</sub> with factor i taken from
 * B<sub>j</sub>), then B<sub>j</sub>. Keeping a base sample's rows together lets the estimators
 * resample base samples and lets a sweep be cut short at a whole number of them. Use
 * {@link #rowOfA}, {@link #rowOfB} and {@link #rowOfMixed} rather than the arithmetic.
 *
 * @param method      how the points were chosen
 * @param factors     factor names (dotted scenario paths), in column order; no duplicates
 * @param points      rows of factor values, each of length {@code factors.size()}
 * @param baseSamples N for a Saltelli design (rows = N (k + 2)); the number of rows otherwise
 */
public record Design(Method method, List<String> factors, double[][] points, int baseSamples) {

    /** How a design's points were chosen. */
    public enum Method {
        /** Latin hypercube: each factor's range cut into n equally likely strata, each used once. */
        LATIN_HYPERCUBE,
        /** Saltelli's A, B and A_B matrices from a Sobol low-discrepancy sequence, for Sobol indices. */
        SALTELLI,
        /** Every combination of a few levels per factor. */
        GRID
    }

    public Design {
        Objects.requireNonNull(method, "method");
        factors = List.copyOf(factors);
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("a design needs at least one factor");
        }
        if (factors.stream().distinct().count() != factors.size()) {
            throw new IllegalArgumentException("duplicate factor names in " + factors);
        }
        double[][] copy = new double[points.length][];
        for (int r = 0; r < points.length; r++) {
            if (points[r].length != factors.size()) {
                throw new IllegalArgumentException("row " + r + " has " + points[r].length + " values for "
                        + factors.size() + " factors");
            }
            copy[r] = points[r].clone();
        }
        points = copy;
        int expected = method == Method.SALTELLI ? baseSamples * (factors.size() + 2) : points.length;
        if (baseSamples <= 0 || expected != points.length) {
            throw new IllegalArgumentException(method + " design with " + baseSamples + " base samples cannot have "
                    + points.length + " rows");
        }
    }

    /** All points; a deep copy. Prefer {@link #value(int, int)} in loops. */
    @Override
    public double[][] points() {
        double[][] copy = new double[points.length][];
        for (int r = 0; r < points.length; r++) {
            copy[r] = points[r].clone();
        }
        return copy;
    }

    /** Number of points (rows). */
    public int size() {
        return points.length;
    }

    /** Number of factors k (columns). */
    public int dimension() {
        return factors.size();
    }

    /** The value of factor {@code column} at point {@code row}. */
    public double value(int row, int column) {
        return points[row][column];
    }

    /** Point {@code row}; a copy. */
    public double[] row(int row) {
        return points[row].clone();
    }

    /** Factor {@code column} over all points; a copy. */
    public double[] column(int column) {
        double[] values = new double[points.length];
        for (int r = 0; r < points.length; r++) {
            values[r] = points[r][column];
        }
        return values;
    }

    /** Row index of A<sub>j</sub> in a Saltelli design, 0 &le; j &lt; N. */
    public int rowOfA(int base) {
        return saltelliRow(base, 0);
    }

    /** Row index of A<sub>B</sub><sup>(i)</sup><sub>j</sub>: A<sub>j</sub> with factor i from B<sub>j</sub>. */
    public int rowOfMixed(int base, int factor) {
        Objects.checkIndex(factor, factors.size());
        return saltelliRow(base, 1 + factor);
    }

    /** Row index of B<sub>j</sub> in a Saltelli design, 0 &le; j &lt; N. */
    public int rowOfB(int base) {
        return saltelliRow(base, factors.size() + 1);
    }

    private int saltelliRow(int base, int offset) {
        if (method != Method.SALTELLI) {
            throw new IllegalStateException("a " + method + " design has no A and B matrices");
        }
        Objects.checkIndex(base, baseSamples);
        return base * (factors.size() + 2) + offset;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Design d && method == d.method && baseSamples == d.baseSamples
                && factors.equals(d.factors) && Arrays.deepEquals(points, d.points);
    }

    @Override
    public int hashCode() {
        return Objects.hash(method, factors, baseSamples, Arrays.deepHashCode(points));
    }

    @Override
    public String toString() {
        return "Design[" + method + ", " + points.length + " points, factors=" + factors + "]";
    }
}
