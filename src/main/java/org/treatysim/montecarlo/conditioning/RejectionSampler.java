package org.treatysim.montecarlo.conditioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.RunSink;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.abc.PosteriorAccumulator;

/**
 * Rejection ABC on the engine's reproducible runs: runs batches of consecutive run indices
 * 0, 1, 2, ... and keeps the runs whose histories meet every condition, until at least
 * {@link Plan#minAccepted()} runs are accepted or {@link Plan#maxRuns()} runs are made.
 *
 * <p><b>Batches.</b> The first batch has max(minAccepted, 1000) runs (capped by maxRuns). Each
 * later batch aims at the accepted runs still missing at the acceptance rate seen so far
 * (estimated as (accepted + 1) / (runs + 2), so that a batch without acceptances still grows the
 * next), with 10% to spare, at least 1000 runs and at most ten times the runs made so far. The
 * plan depends only on the counts, which do not depend on the thread count, so the same
 * scenario, seed and plan always use the same runs and give the same results.
 *
 * <p><b>No bias from stopping.</b> When to stop depends only on how many runs were accepted, not
 * on what happened in them after the observations; given the pattern of acceptances the accepted
 * runs are independent draws from the model conditioned on the observations, so their intervals
 * keep their coverage.
 *
 * <p><b>Determinism.</b> The forecast counts are integers merged exactly. The parameter samples
 * hold floating-point moments whose rounding depends on the order of addition, so they are fed
 * in run order through the engine's ordered sink, not per worker.
 */
public final class RejectionSampler {
    /** Runs in the first batch at least, and in every later batch. */
    public static final int MIN_BATCH = 1000;
    /** A batch is at most this many times the runs already made. */
    static final int MAX_GROWTH = 10;
    /** Headroom over the runs the acceptance rate says are needed. */
    static final double SPARE = 1.1;

    private final MonteCarloEngine engine;

    /** A sampler on this engine. */
    public RejectionSampler(MonteCarloEngine engine) {
        this.engine = Objects.requireNonNull(engine, "engine");
    }

    /**
     * How many runs to accept, and the most to make.
     *
     * @param minAccepted stop once this many runs are accepted, &ge; 1
     * @param maxRuns     never make more runs than this, &ge; 1
     */
    public record Plan(int minAccepted, int maxRuns) {
        /** Accepted runs asked for by default. */
        public static final int DEFAULT_MIN_ACCEPTED = 1000;
        /** Cap on runs by default. */
        public static final int DEFAULT_MAX_RUNS = 200_000;

        public Plan {
            if (minAccepted < 1) throw new IllegalArgumentException("min accepted must be >= 1, got " + minAccepted);
            if (maxRuns < 1) throw new IllegalArgumentException("max runs must be >= 1, got " + maxRuns);
        }
    }

    /**
     * One batch of runs.
     *
     * @param first    first run index
     * @param count    runs in the batch
     * @param accepted runs accepted in the batch
     */
    public record Batch(int first, int count, long accepted) { }

    /**
     * A finished job with at least one accepted run.
     *
     * @param counts     the forecast counts over all runs and over the accepted runs
     * @param parameters prior (all runs) and posterior (accepted runs) samples of the uncertain parameters
     * @param batches    the batches run, in order
     * @param plan       the plan followed
     */
    public record Result(ConditioningAccumulator counts, PosteriorAccumulator parameters, List<Batch> batches,
                         Plan plan) {
        public Result {
            batches = List.copyOf(batches);
        }

        /** Runs made: indices 0 .. runs − 1. */
        public long runs() {
            return counts.runs();
        }

        /** Runs accepted. */
        public long accepted() {
            return counts.accepted();
        }

        /** True when at least {@code plan.minAccepted()} runs were accepted. */
        public boolean targetMet() {
            return accepted() >= plan.minAccepted();
        }
    }

    /**
     * Runs the job.
     *
     * @param simulators makes one simulator per worker thread
     * @param layout     what the forecasts count
     * @param conditions the observations to meet, in date order, at least one
     * @param parameters an empty accumulator for the uncertain parameters, in the order of
     *                   {@link RunResult#sampledParameters()}
     * @param plan       accepted runs wanted and the cap on runs
     * @param progress   told how far each batch has come (stage "batch 1", "batch 2", ...)
     * @throws NoMatchingRunException when no run meets every condition within the cap
     * @throws InterruptedException   when interrupted; nothing is returned
     */
    public Result sample(Supplier<? extends RunSimulator> simulators, ForecastLayout layout, List<Condition> conditions,
                         PosteriorAccumulator parameters, Plan plan, ProgressListener progress)
            throws NoMatchingRunException, InterruptedException {
        if (conditions.isEmpty()) throw new IllegalArgumentException("nothing to condition on");
        if (parameters.runs() != 0) throw new IllegalArgumentException("the parameter accumulator must be empty");
        List<Condition> fixed = List.copyOf(conditions);
        ConditioningAccumulator counts = new ConditioningAccumulator(fixed, layout);
        OrderedParameters sink = new OrderedParameters(fixed, parameters);
        List<Batch> batches = new ArrayList<>();
        int runs = 0;
        for (int size = nextBatch(0, 0, plan); size > 0; size = nextBatch(runs, counts.accepted(), plan)) {
            long acceptedBefore = counts.accepted();
            ConditioningAccumulator batch = engine.run(simulators, runs, size,
                    () -> new ConditioningAccumulator(fixed, layout), sink, "batch " + (batches.size() + 1), progress);
            counts.merge(batch);
            batches.add(new Batch(runs, size, counts.accepted() - acceptedBefore));
            runs += size;
        }
        if (counts.accepted() == 0) {
            throw NoMatchingRunException.diagnose(counts, plan.maxRuns(), layout.start(), layout.stepDays());
        }
        return new Result(counts, parameters, batches, plan);
    }

    /**
     * The size of the next batch after {@code runs} runs with {@code accepted} accepted; 0 to stop.
     */
    static int nextBatch(long runs, long accepted, Plan plan) {
        if (accepted >= plan.minAccepted() || runs >= plan.maxRuns()) return 0;
        long left = plan.maxRuns() - runs;
        if (runs == 0) return (int) Math.min(left, Math.max(plan.minAccepted(), MIN_BATCH));
        double rate = (accepted + 1.0) / (runs + 2.0);
        double wanted = Math.ceil((plan.minAccepted() - accepted) / rate * SPARE);
        long size = (long) Math.min(wanted, (double) MAX_GROWTH * runs);
        size = Math.max(size, MIN_BATCH);
        return (int) Math.min(size, left);
    }

    /**
     * Feeds the parameter samples in run order: each chunk's values and acceptances are copied on
     * its worker, then added in order.
     */
    private static final class OrderedParameters implements RunSink<OrderedParameters.Chunk> {
        private final List<Condition> conditions;
        private final PosteriorAccumulator parameters;

        private record Chunk(double[][] values, boolean[] accepted) { }

        OrderedParameters(List<Condition> conditions, PosteriorAccumulator parameters) {
            this.conditions = conditions;
            this.parameters = parameters;
        }

        @Override
        public Chunk prepare(List<RunResult> runs) {
            double[][] values = new double[runs.size()][];
            boolean[] accepted = new boolean[runs.size()];
            for (int i = 0; i < values.length; i++) {
                RunResult run = runs.get(i);
                values[i] = run.sampledParameters();
                accepted[i] = ConditioningAccumulator.leadingMet(conditions, run) == conditions.size();
            }
            return new Chunk(values, accepted);
        }

        @Override
        public void write(Chunk chunk) {
            for (int i = 0; i < chunk.values().length; i++) {
                parameters.add(chunk.values()[i], chunk.accepted()[i]);
            }
        }
    }
}
