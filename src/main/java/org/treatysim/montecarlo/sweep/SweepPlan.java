package org.treatysim.montecarlo.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.treatysim.stats.sensitivity.Designs;
import org.treatysim.stats.sensitivity.Factor;

/**
 * How a sweep is run: the design, the runs per point, what is measured and the threshold for
 * scenario discovery.
 *
 * @param method             how the design points are chosen
 * @param samples            Latin hypercube: points n; Sobol: base samples N (a power of two; the
 *                           design has N (k + 3) points, the dummy's included); grid: 0 (unused)
 * @param levels             grid: levels per factor (a choice factor takes each of its values
 *                           instead); 0 for the other methods
 * @param runsPerPoint       R, runs at every design point, always run indices 0..R-1, &ge; 1
 * @param target             the probability measured at each point
 * @param threshold          a point is positive for PRIM when its target is &ge; this, in [0, 1]
 * @param seed               master seed: the runs' seeds (as the scenario's {@code seed}), and,
 *                           mixed with fixed tags, the design's and the bootstrap's generators
 * @param maxBoxes           most PRIM boxes to find (covering strategy), in [1, 10]
 * @param bootstrapResamples B, bootstrap resamples behind the Sobol intervals, &ge; 1
 */
public record SweepPlan(SweepMethod method, int samples, int levels, int runsPerPoint, Target target,
                        double threshold, long seed, int maxBoxes, int bootstrapResamples) {

    /** Latin hypercube points unless {@code --samples} says otherwise. */
    public static final int DEFAULT_LHS_SAMPLES = 200;
    /** Sobol base samples unless {@code --samples} says otherwise: the power of two nearest the LHS default. */
    public static final int DEFAULT_SOBOL_SAMPLES = 256;
    /** Grid levels per factor unless {@code --levels} says otherwise. */
    public static final int DEFAULT_LEVELS = 5;
    /** Runs per design point unless {@code --runs-per-sample} says otherwise. */
    public static final int DEFAULT_RUNS_PER_POINT = 200;
    /** The PRIM threshold unless {@code --threshold} says otherwise. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** PRIM boxes unless {@code --boxes} says otherwise. */
    public static final int DEFAULT_BOXES = 3;
    /** Bootstrap resamples for the Sobol intervals (Efron and Tibshirani's customary 1000). */
    public static final int BOOTSTRAP_RESAMPLES = 1000;
    /** Most runs per point: beyond this the Monte Carlo error is negligible and the sweep is a mistake. */
    public static final int MAX_RUNS_PER_POINT = 1_000_000;

    public SweepPlan {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(target, "target");
        if (runsPerPoint < 1 || runsPerPoint > MAX_RUNS_PER_POINT) {
            throw new IllegalArgumentException("runs per point " + runsPerPoint + " outside 1.." + MAX_RUNS_PER_POINT);
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold " + threshold + " outside [0, 1]");
        }
        if (maxBoxes < 1 || maxBoxes > 10 || bootstrapResamples < 1) {
            throw new IllegalArgumentException("need 1..10 boxes and at least one bootstrap resample");
        }
        if ((method == SweepMethod.GRID) != (levels > 0) || (method == SweepMethod.GRID) == (samples > 0)) {
            throw new IllegalArgumentException(method + " with samples " + samples + " and levels " + levels);
        }
    }

    /**
     * A plan from the command line's options, with the defaults for those not given.
     *
     * @param samples {@code --samples}, or null
     * @param levels  {@code --levels}, or null
     * @throws SweepInputException when an option does not suit the method or is out of range
     */
    public static SweepPlan fromOptions(SweepMethod method, Integer samples, Integer levels, int runsPerPoint,
                                        Target target, double threshold, long seed, int maxBoxes)
            throws SweepInputException {
        if (runsPerPoint < 1 || runsPerPoint > MAX_RUNS_PER_POINT) {
            throw new SweepInputException("--runs-per-sample " + runsPerPoint + " is out of range (expected 1 to "
                    + MAX_RUNS_PER_POINT + ")");
        }
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new SweepInputException("--threshold " + threshold + " is not a probability (expected a value in [0, 1])");
        }
        if (maxBoxes < 1 || maxBoxes > 10) {
            throw new SweepInputException("--boxes " + maxBoxes + " is out of range (expected 1 to 10)");
        }
        if (method == SweepMethod.GRID) {
            if (samples != null) {
                throw new SweepInputException("--samples does not apply to a grid, whose size is levels^factors"
                        + " (expected --levels L)");
            }
            int l = levels == null ? DEFAULT_LEVELS : levels;
            if (l < 2) {
                throw new SweepInputException("--levels " + l + " is too few (expected at least 2, so that every factor varies)");
            }
            return new SweepPlan(method, 0, l, runsPerPoint, target, threshold, seed, maxBoxes, BOOTSTRAP_RESAMPLES);
        }
        if (levels != null) {
            throw new SweepInputException("--levels applies to --method grid only (expected --samples N for "
                    + method.key() + ")");
        }
        if (method == SweepMethod.SOBOL) {
            int n = samples == null ? DEFAULT_SOBOL_SAMPLES : samples;
            if (n < 2 || Integer.bitCount(n) != 1) {
                int below = Integer.highestOneBit(Math.max(2, n));
                throw new SweepInputException("--samples " + n + " is not a power of two: a Sobol design takes N = 2^m"
                        + " base samples and has N (k + 3) points for k factors (expected e.g. " + below + " or "
                        + below * 2 + ")");
            }
            return new SweepPlan(method, n, 0, runsPerPoint, target, threshold, seed, maxBoxes, BOOTSTRAP_RESAMPLES);
        }
        int n = samples == null ? DEFAULT_LHS_SAMPLES : samples;
        return new SweepPlan(method, n, 0, runsPerPoint, target, threshold, seed, maxBoxes, BOOTSTRAP_RESAMPLES);
    }

    /** Number of design points for these factors (may exceed what a design allows; see {@link #check}). */
    public long points(List<Factor> factors) {
        int k = factors.size();
        return switch (method) {
            case LHS -> samples;
            // The Saltelli design's k + 2 rows per base sample, and one more for the dummy.
            case SOBOL -> (long) samples * (k + 3);
            case GRID -> {
                double size = 1;
                for (Factor f : factors) {
                    int values = f.discreteValues().length;
                    size *= values > 0 ? values : levels;
                }
                yield size > Long.MAX_VALUE ? Long.MAX_VALUE : (long) size;
            }
        };
    }

    /** Total runs: points × runs per point. */
    public long runs(List<Factor> factors) {
        long points = points(factors);
        return points > Long.MAX_VALUE / runsPerPoint ? Long.MAX_VALUE : points * runsPerPoint;
    }

    /**
     * Checks that the design can be built for these factors and analysed.
     *
     * @throws SweepInputException when the design would be too small for the indices, too big, or
     *                             need more runs than run indices exist
     */
    public void check(List<Factor> factors) throws SweepInputException {
        int k = factors.size();
        long points = points(factors);
        if (method == SweepMethod.SOBOL && 2 * (k + 1) > 1000) {
            throw new SweepInputException(k + " factors are too many for a Sobol design (expected at most 499;"
                    + " use --vary-only with fewer, or --method lhs)");
        }
        if (points > Designs.MAX_POINTS) {
            throw new SweepInputException(String.format(Locale.ROOT, "the %s design would have %s points for %d factors"
                    + " (expected at most %,d; %s)", method.key(), points == Long.MAX_VALUE ? "too many" : String.format(
                            Locale.ROOT, "%,d", points), k, Designs.MAX_POINTS, method == SweepMethod.GRID
                            ? "a grid suits a few factors: use --vary-only with two or three --vary, or --method lhs"
                            : "lower --samples"));
        }
        if (method != SweepMethod.SOBOL && points < k + 3) {
            throw new SweepInputException("partial rank correlations of " + k + " factors need at least " + (k + 3)
                    + " design points, not " + points + " (expected " + (method == SweepMethod.GRID ? "more --levels"
                    : "--samples " + (k + 3) + " or more") + ")");
        }
        if (method == SweepMethod.LHS && samples < 2) {
            throw new SweepInputException("--samples " + samples + " is too few (expected at least 2)");
        }
        long runs = runs(factors);
        if (runs > Integer.MAX_VALUE) {
            throw new SweepInputException(String.format(Locale.ROOT, "%,d points × %,d runs is more runs than a sweep"
                    + " can index (expected at most %,d in all; lower --samples or --runs-per-sample)", points,
                    runsPerPoint, Integer.MAX_VALUE));
        }
    }
}
