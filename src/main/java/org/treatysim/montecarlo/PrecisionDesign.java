package org.treatysim.montecarlo;

import org.treatysim.stats.Estimate;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.Wilson;

/**
 * Chooses a fixed number of runs for a target precision without peeking.
 *
 * <p>Stopping when the intervals first look narrow enough would bias them (the estimate that
 * triggers the stop is the one that happened to be extreme). Instead: a pilot of n₁ runs, with
 * run indices {@code 2³¹ − n₁ .. 2³¹ − 1} that no reported run uses, bounds each headline
 * variance p(1 − p) from above by its value at the end of the pilot's 99.9% Wilson interval
 * nearest to 1/2 (1/4 when the interval holds 1/2). The wide pilot interval is what makes the
 * bound hold for the final share too, whose own noise can carry it past a 95% pilot bound. The reported runs are then indices 0..N−1, N the
 * fewest runs for which the bound z·√(v/N + z²/4N²) on every Wilson half-width is at most the
 * target. Since those runs are independent of the pilot, their intervals have the coverage of a
 * fixed-N design, and the same N with {@code --runs N} gives the very same results.
 *
 * <p>When the worst case v = 1/4 already needs no more than twice the pilot's runs, no pilot is
 * run at all. The bound is conservative but not certain: summary.json records the achieved
 * widest half-width beside the target.
 */
public final class PrecisionDesign {
    /** Fewest reported runs of a two-stage design, so the curve's early rows are not too coarse. */
    public static final int MIN_RUNS = 1000;

    private PrecisionDesign() { }

    /** The design without a pilot if the worst case is cheap enough, else null (a pilot is needed). */
    public static SampleDesign withoutPilot(RunRequest.Precision request) {
        long worst = Wilson.runsFor(0.25, request.halfWidth());
        if (worst <= 2L * request.pilotRuns()) {
            return new SampleDesign(SampleDesign.Method.WORST_CASE, worst, request.halfWidth(), 0, -1, 0.25,
                    Double.NaN);
        }
        return null;
    }

    /** First run index of the pilot: the pilot takes the top indices, far from the reported 0..N−1. */
    public static int pilotFirstRun(RunRequest.Precision request) {
        return Integer.MAX_VALUE - request.pilotRuns() + 1;
    }

    /**
     * The design after a pilot.
     *
     * @param request        the target and pilot size
     * @param headlineCounts per headline probability, the pilot runs in which the event happened
     */
    public static SampleDesign afterPilot(RunRequest.Precision request, long[] headlineCounts) {
        int pilot = request.pilotRuns();
        double bound = 0;
        for (long successes : headlineCounts) {
            bound = Math.max(bound, varianceBound(Wilson.estimate(successes, pilot, Wilson.Z999)));
        }
        long needed = Math.max(MIN_RUNS, Wilson.runsFor(bound, request.halfWidth()));
        long cap = pilotFirstRun(request);
        if (needed > cap) {
            throw new IllegalArgumentException("precision " + request.halfWidth() + " needs " + needed
                    + " runs, more than the " + cap + " run indices available");
        }
        return new SampleDesign(SampleDesign.Method.TWO_STAGE, needed, request.halfWidth(), pilot,
                pilotFirstRun(request), bound, Double.NaN);
    }

    /** The largest q(1 − q) for q in the interval [lo, hi]. */
    static double varianceBound(Estimate interval) {
        if (interval.lo() <= 0.5 && 0.5 <= interval.hi()) return 0.25;
        double nearest = interval.hi() < 0.5 ? interval.hi() : interval.lo();
        return nearest * (1 - nearest);
    }
}
