package org.treatysim.montecarlo.sweep;

import java.io.IOException;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.BlockRunner;
import org.treatysim.montecarlo.Checkpoints;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.stats.sensitivity.Design;

/**
 * Runs every point of a design R times through the Monte Carlo engine and counts the runs that
 * reach the target.
 *
 * <p>Point p is the scenario with every factor fixed at the point's values
 * ({@link PointScenarios#at}), run with the indices 0..R-1. All points' runs form one job of
 * P × R runs on the engine's threads (sweep index g = p R + r), so short points do not leave
 * threads idle, and the counts are exact integers merged in a fixed order: the result is the same
 * for any thread count.
 */
public final class DesignRunner {
    /** Stage name passed to the progress listener. */
    public static final String STAGE = "sweep";

    private final int threads;

    /** A runner on {@code threads} worker threads, &ge; 1. */
    public DesignRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, not " + threads);
        }
        this.threads = threads;
    }

    /**
     * Runs the design.
     *
     * @param scenario     the scenario (its seed is the master seed of every point)
     * @param design       the points; its factors must be parameters of {@code scenario}
     * @param target       what to count
     * @param runsPerPoint R &ge; 1, with points × R ≤ {@link Integer#MAX_VALUE}
     * @param progress     told about the runs done (all points together)
     * @throws InterruptedException when interrupted; the workers are stopped
     * @throws MonteCarloException  when a run fails
     */
    public PointEstimates run(Scenario scenario, Design design, Target target, int runsPerPoint,
                              ProgressListener progress) throws InterruptedException {
        try {
            return estimates(runBlocks(scenario, design, target, runsPerPoint, plan(design, runsPerPoint).all(), null,
                    progress), runsPerPoint);
        } catch (IOException impossible) {
            throw new IllegalStateException("a sweep without checkpoints reads and writes nothing", impossible);
        }
    }

    /**
     * The blocks of a design's sweep indices (sweep index g is run g mod R of point g div R).
     *
     * @throws IllegalArgumentException when points × R is more than {@link Integer#MAX_VALUE}
     */
    public static BlockPlan plan(Design design, int runsPerPoint) {
        if (runsPerPoint < 1) {
            throw new IllegalArgumentException("runs per point must be >= 1, not " + runsPerPoint);
        }
        long total = (long) design.size() * runsPerPoint;
        if (total > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(design.size() + " points x " + runsPerPoint + " runs is too many");
        }
        return BlockPlan.of(total);
    }

    /**
     * Runs some blocks of the design's sweep indices ({@link #plan}), resuming from and saving
     * checkpoints if asked ({@link BlockRunner}).
     *
     * @param range       the blocks to run
     * @param checkpoints where to resume from and save to, or null for neither
     * @return the counts of the blocks' runs
     * @throws IOException          when a checkpoint cannot be read, belongs to another job or cannot be saved
     * @throws InterruptedException when interrupted; the workers are stopped
     */
    public TargetCounts runBlocks(Scenario scenario, Design design, Target target, int runsPerPoint,
                                  BlockPlan.Range range, Checkpoints<TargetCounts> checkpoints,
                                  ProgressListener progress) throws IOException, InterruptedException {
        BlockPlan plan = plan(design, runsPerPoint);
        // A chunk of R runs is one point: each worker compiles each of its points once. Very long
        // points are cut so that a few points still spread over every thread.
        int chunk = Math.min(runsPerPoint, 4 * MonteCarloEngine.DEFAULT_CHUNK);
        MonteCarloEngine engine = new MonteCarloEngine(threads, chunk, 4 * threads);
        return BlockRunner.run(engine, () -> new PointSimulator(scenario, design, runsPerPoint), plan, range,
                () -> new TargetCounts(target, design.size(), runsPerPoint), null, STAGE, progress, checkpoints,
                System::nanoTime);
    }

    /**
     * The target at every point from the counts of all the design's runs.
     *
     * @throws IllegalStateException when a point has not had exactly R runs
     */
    public static PointEstimates estimates(TargetCounts counts, int runsPerPoint) {
        for (int runs : counts.runs()) {
            if (runs != runsPerPoint) {
                throw new IllegalStateException("a design point got " + runs + " runs instead of " + runsPerPoint);
            }
        }
        return new PointEstimates(runsPerPoint, counts.reached());
    }
}
