package org.treatysim.montecarlo.sweep;

import org.treatysim.model.RunResult;
import org.treatysim.stats.RunAccumulator;

/**
 * Per design point, the runs made and the runs that reached the target. Integer counts, so merging
 * the workers' counts is exact and the result does not depend on the thread count, nor on how the
 * sweep's blocks were spread over shards, checkpoints or machines.
 */
public final class TargetCounts implements RunAccumulator<TargetCounts> {
    private final Target target;
    private final int runsPerPoint;
    private final int[] runs;
    private final int[] reached;

    /**
     * No runs yet.
     *
     * @param target       what to count
     * @param points       design points, &ge; 1
     * @param runsPerPoint R, &ge; 1: sweep index g is run g mod R of point g div R
     */
    public TargetCounts(Target target, int points, int runsPerPoint) {
        this.target = target;
        this.runsPerPoint = runsPerPoint;
        this.runs = new int[points];
        this.reached = new int[points];
    }

    @Override
    public void add(RunResult result) {
        int point = result.run() / runsPerPoint;
        runs[point]++;
        if (target.reachedBy(result)) {
            reached[point]++;
        }
    }

    @Override
    public void merge(TargetCounts other) {
        if (other.runs.length != runs.length || other.runsPerPoint != runsPerPoint) {
            throw new IllegalArgumentException("cannot merge the counts of different designs");
        }
        for (int p = 0; p < runs.length; p++) {
            runs[p] += other.runs[p];
            reached[p] += other.reached[p];
        }
    }

    /** Every count, runs per point then reached per point, for a codec that stores or ships them. */
    public long[] toCounts() {
        long[] flat = new long[2 * runs.length];
        for (int p = 0; p < runs.length; p++) {
            flat[p] = runs[p];
            flat[runs.length + p] = reached[p];
        }
        return flat;
    }

    /**
     * The counts whose {@link #toCounts} is {@code counts}.
     *
     * @throws IllegalArgumentException when they do not fit a design of {@code points} points with
     *                                  R runs each
     */
    public static TargetCounts ofCounts(Target target, int points, int runsPerPoint, long[] counts) {
        if (counts.length != 2 * points) {
            throw new IllegalArgumentException(counts.length + " counts, but this sweep's design has " + points
                    + " points (expected " + 2 * points + ")");
        }
        TargetCounts result = new TargetCounts(target, points, runsPerPoint);
        for (int p = 0; p < points; p++) {
            long made = counts[p];
            long hit = counts[points + p];
            if (made < 0 || made > runsPerPoint || hit < 0 || hit > made) {
                throw new IllegalArgumentException("point " + p + ": " + hit + " of " + made + " runs reached the"
                        + " target, with " + runsPerPoint + " runs per point");
            }
            result.runs[p] = (int) made;
            result.reached[p] = (int) hit;
        }
        return result;
    }

    int[] runs() {
        return runs.clone();
    }

    int[] reached() {
        return reached.clone();
    }
}
