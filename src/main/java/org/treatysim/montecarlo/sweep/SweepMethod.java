package org.treatysim.montecarlo.sweep;

import org.treatysim.stats.sensitivity.Design;

/** How a sweep chooses its design points ({@code --method}). */
public enum SweepMethod {
    /** Latin hypercube of n points; indices are partial rank correlations (PRCC). */
    LHS("lhs", Design.Method.LATIN_HYPERCUBE),
    /**
     * Saltelli's design from a Sobol sequence over the k factors and the dummy, N (k + 3) points;
     * indices are Sobol indices.
     */
    SOBOL("sobol", Design.Method.SALTELLI),
    /** Every combination of L levels per factor; indices are partial rank correlations (PRCC). */
    GRID("grid", Design.Method.GRID);

    private final String key;
    private final Design.Method design;

    SweepMethod(String key, Design.Method design) {
        this.key = key;
        this.design = design;
    }

    /** The command-line spelling: {@code lhs}, {@code sobol} or {@code grid}. */
    public String key() {
        return key;
    }

    /** The kind of design it builds. */
    public Design.Method design() {
        return design;
    }

    /**
     * The method spelt {@code key}.
     *
     * @throws SweepInputException for any other spelling
     */
    public static SweepMethod ofKey(String key) throws SweepInputException {
        for (SweepMethod m : values()) {
            if (m.key.equals(key)) return m;
        }
        throw new SweepInputException("--method " + key + ": unknown method (expected lhs, sobol or grid)");
    }
}
