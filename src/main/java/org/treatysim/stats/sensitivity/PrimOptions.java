package org.treatysim.stats.sensitivity;

/**
 * Settings of {@link Prim}.
 *
 * <p>Box selection: among the trajectory's boxes whose coverage (of the positives in the data
 * the box was peeled from) is at least {@code minCoverage}, the best by {@code selection}; among
 * equals, the earliest (largest) one. The whole space always qualifies, so a box is always chosen.
 *
 * @param peelAlpha   share of the box's cases removed by each peel, in (0, 0.5); Friedman and
 *                    Fisher recommend 0.05-0.10
 * @param minSupport  peeling stops before the box would hold fewer than this share of all
 *                    cases, in (0, 1); at least one case always remains
 * @param minCoverage the selection rule's floor on coverage, in [0, 1]
 * @param paste       whether to paste (grow the chosen box back while density rises)
 * @param pasteAlpha  share of the box's cases added by each paste, in (0, 0.5)
 * @param selection   how to pick a box from the trajectory
 */
public record PrimOptions(double peelAlpha, double minSupport, double minCoverage, boolean paste,
                          double pasteAlpha, Selection selection) {

    /** Which box of the peeling trajectory to choose. */
    public enum Selection {
        /**
         * The highest harmonic mean of coverage and density, 2 c d / (c + d) (the F1 score of the
         * box as a classifier of positive cases). It stops where peeling starts to cost more
         * coverage than it gains in density, so with noisy outputs it does not keep peeling noise
         * down to the coverage floor, as {@link #DENSITY} does.
         */
        BALANCED,
        /** The highest density: the purest box that still covers {@code minCoverage} of the positives. */
        DENSITY
    }

    public PrimOptions {
        java.util.Objects.requireNonNull(selection, "selection");
        check("peelAlpha", peelAlpha, 0.5);
        check("minSupport", minSupport, 1);
        check("pasteAlpha", pasteAlpha, 0.5);
        if (!(minCoverage >= 0 && minCoverage <= 1)) {
            throw new IllegalArgumentException("minCoverage " + minCoverage + " outside [0, 1]");
        }
    }

    /**
     * Peel 5%, stop at 5% support, choose the balanced box among those covering at least half
     * the positives, paste 1%.
     */
    public static PrimOptions defaults() {
        return new PrimOptions(0.05, 0.05, 0.5, true, 0.01, Selection.BALANCED);
    }

    /** The same options with another selection rule. */
    public PrimOptions withSelection(Selection rule) {
        return new PrimOptions(peelAlpha, minSupport, minCoverage, paste, pasteAlpha, rule);
    }

    /** The same options with another coverage floor. */
    public PrimOptions withMinCoverage(double coverage) {
        return new PrimOptions(peelAlpha, minSupport, coverage, paste, pasteAlpha, selection);
    }

    /** The same options with pasting turned on or off. */
    public PrimOptions withPaste(boolean on) {
        return new PrimOptions(peelAlpha, minSupport, minCoverage, on, pasteAlpha, selection);
    }

    private static void check(String name, double value, double below) {
        if (!(value > 0 && value < below)) {
            throw new IllegalArgumentException(name + " " + value + " outside (0, " + below + ")");
        }
    }
}
