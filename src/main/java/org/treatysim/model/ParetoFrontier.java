package org.treatysim.model;

/**
 * The Pareto frontier of the two parties' utilities over the issues in play, as a one-dimensional
 * curve (docs/model.md section 5): a parameter t runs over [0, {@link #length()}], the first party's
 * utility falls and the second's rises along it, and every package it names is Pareto optimal
 * among the packages whose issues lie between the two parties' ideals (issues out of play keep
 * their values). {@link NashDrafting} is the exact frontier of linear utilities (both loss
 * exponents 1), parametrised by the first party's utility given up; {@link CurvedFrontier} the
 * frontier x(λ) = argmax λ·U₁ + (1 − λ)·U₂ for curved utilities, with t = 1 − λ.
 *
 * <p>Implementations keep their arrays between calls: no method allocates.
 */
interface ParetoFrontier {

    /** The end of the parameter range: t runs over [0, length()], length() &ge; 0. */
    double length();

    /** The first party's utility at t (non-increasing in t). */
    double firstUtility(double t);

    /** The second party's utility at t (non-decreasing in t). */
    double secondUtility(double t);

    /**
     * The largest t at which the first party's utility is at least {@code target}; negative when no
     * point of the frontier gives it that much.
     */
    double lastPointGivingFirst(double target);

    /**
     * The smallest t at which the second party's utility is at least {@code target}; above
     * {@link #length()} when no point of the frontier gives it that much.
     */
    double firstPointGivingSecond(double target);

    /**
     * {@link #lastPointGivingFirst(double)} for a search repeated every step, starting from
     * {@code guess} (such as the last step's answer, NaN for none): found sooner, and to a tolerance
     * that may be coarser (within 10⁻¹⁰ of the answer on the side that gives the first party at
     * least the target).
     */
    default double lastPointGivingFirst(double target, double guess) {
        return lastPointGivingFirst(target);
    }

    /** {@link #firstPointGivingSecond(double)}, searching from {@code guess} (see {@link #lastPointGivingFirst(double, double)}). */
    default double firstPointGivingSecond(double target, double guess) {
        return firstPointGivingSecond(target);
    }

    /**
     * The point maximising the generalised Nash product (U₁ − b₁)^θ·(U₂ − b₂)^(1−θ), θ = (1 + bias)/2,
     * over the whole frontier; where no point gives both parties more than their batnas, the
     * objective is minus the total shortfall, which keeps it unimodal, so the maximum over a range
     * of t is this point clamped to the range.
     *
     * @param bias the mediator's bias in [−1, 1] (&gt; 0 favours the first party)
     */
    double nashPoint(double batna1, double batna2, double bias);

    /**
     * Writes the package at t into {@code values} (issues in play only). Where several packages give
     * both parties the utilities of t (issues between which the parties' trade-off is the same,
     * issues neither party cares about), it writes the one nearest {@code reference} in Euclidean
     * distance.
     */
    void valuesAt(double t, boolean[] inPlay, double[] reference, double[] values);
}
