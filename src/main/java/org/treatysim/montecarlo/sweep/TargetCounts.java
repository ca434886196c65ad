package org.treatysim.montecarlo.sweep;

import org.treatysim.model.RunResult;
import org.treatysim.stats.RunAccumulator;

/**
 * Per design point, the runs made and the runs that reached the target. Integer counts, so merging
 * the workers' counts is exact and the result does not depend on the thread count.
 */
final class TargetCounts implements RunAccumulator<TargetCounts> {
    private final Target target;
    private final int runsPerPoint;
    private final int[] runs;
    private final int[] reached;

    TargetCounts(Target target, int points, int runsPerPoint) {
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
        for (int p = 0; p < runs.length; p++) {
            runs[p] += other.runs[p];
            reached[p] += other.reached[p];
        }
    }

    int[] runs() {
        return runs.clone();
    }

    int[] reached() {
        return reached.clone();
    }
}
