package org.treatysim.stats;

import java.util.Objects;

/**
 * How the number of runs was chosen, recorded in summary.json so that a reader can judge the
 * intervals.
 *
 * <p>{@link Method#FIXED}: the runs were given (by the scenario or {@code --runs}).
 * {@link Method#WORST_CASE}: a precision was asked for and the runs were fixed from the bound
 * p(1 − p) ≤ 1/4 alone, which already met it with no more runs than a pilot would cost.
 * {@link Method#TWO_STAGE}: a pilot of {@code pilotRuns} runs, with run indices from
 * {@code pilotFirstRun} and disjoint from the reported runs, bounded each headline variance
 * p(1 − p) from above; the reported runs 0..runs−1 were then a fixed number chosen from that bound
 * alone. The reported sample is independent of the pilot, so its Wilson intervals keep their
 * nominal coverage (no peeking).
 *
 * @param method            FIXED, WORST_CASE or TWO_STAGE
 * @param runs              runs reported (indices 0..runs−1), &ge; 1
 * @param targetHalfWidth   the requested widest headline half-width ({@code --precision}), or NaN
 * @param pilotRuns         runs in the pilot, 0 when there was none
 * @param pilotFirstRun     first run index of the pilot, or -1 when there was none
 * @param varianceBound     the bound on p(1 − p) that fixed {@code runs}, or NaN
 * @param achievedHalfWidth the widest headline Wilson half-width of the reported runs, or NaN
 *                          until they are counted
 */
public record SampleDesign(Method method, long runs, double targetHalfWidth, long pilotRuns, long pilotFirstRun,
                           double varianceBound, double achievedHalfWidth) {

    /** How runs were chosen. */
    public enum Method { FIXED, WORST_CASE, TWO_STAGE }

    public SampleDesign {
        Objects.requireNonNull(method, "method");
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be >= 1");
        }
    }

    /** A given number of runs. */
    public static SampleDesign fixed(long runs) {
        return new SampleDesign(Method.FIXED, runs, Double.NaN, 0, -1, Double.NaN, Double.NaN);
    }

    /** The same design with the widest half-width measured on the reported runs. */
    public SampleDesign withAchieved(double halfWidth) {
        return new SampleDesign(method, runs, targetHalfWidth, pilotRuns, pilotFirstRun, varianceBound, halfWidth);
    }

    /** True when a target was set and the reported runs met it. */
    public boolean targetMet() {
        return !Double.isNaN(targetHalfWidth) && achievedHalfWidth <= targetHalfWidth;
    }
}
