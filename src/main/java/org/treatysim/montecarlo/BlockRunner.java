package org.treatysim.montecarlo;

import java.io.IOException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.treatysim.model.RunSimulator;
import org.treatysim.stats.RunAccumulator;

/**
 * Runs a range of a job's blocks ({@link BlockPlan}) on the engine and merges their counts in
 * block order, optionally going on from a checkpoint and keeping new ones as it goes.
 *
 * <p>Without checkpoints the range is one call of the engine. With them it runs in segments of
 * whole blocks of at least {@value #SEGMENT_RUNS} runs, and after a segment, when at least the
 * checkpoints' interval has passed since the last save, saves the merged counts so far. The
 * accumulators hold exact counts, so the result is bit-identical however the range is cut, resumed
 * or spread over machines: the counts of blocks 0..B−1 merged in block order are those of one run
 * of indices 0..N−1.
 */
public final class BlockRunner {
    /** Fewest runs per segment between two possible checkpoints: enough to keep the threads busy. */
    public static final int SEGMENT_RUNS = 16_384;

    private BlockRunner() { }

    /**
     * Runs the blocks of {@code range}.
     *
     * @param engine       the engine
     * @param simulators   makes one simulator per worker thread
     * @param plan         the job's blocks
     * @param range        which of them to run
     * @param accumulators makes an empty accumulator
     * @param sink         receives the runs in order, or null; only without a checkpoint to resume from
     * @param stage        the stage name passed to {@code progress}
     * @param progress     told how many runs of the range are done (those of a checkpoint count as done)
     * @param checkpoints  where to resume from and save to, or null for neither
     * @param nanoClock    the clock that times the checkpoints, in nanoseconds ({@code System::nanoTime})
     * @return the merged counts of the range's runs
     * @throws IOException          when a checkpoint cannot be read, belongs to another job or cannot be saved
     * @throws InterruptedException when interrupted; what was saved stays
     */
    public static <A extends RunAccumulator<A>> A run(MonteCarloEngine engine, Supplier<? extends RunSimulator> simulators,
                                                      BlockPlan plan, BlockPlan.Range range, Supplier<A> accumulators,
                                                      RunSink<?> sink, String stage, ProgressListener progress,
                                                      Checkpoints<A> checkpoints, LongSupplier nanoClock)
            throws IOException, InterruptedException {
        Objects.requireNonNull(range, "range");
        if (range.end() > plan.blocks()) {
            throw new IllegalArgumentException("blocks " + range.first() + ".." + range.end() + " of " + plan.blocks());
        }
        long total = plan.indicesIn(range);
        if (checkpoints == null) {
            return engine.run(simulators, (int) plan.start(range.first()), (int) total, accumulators, sink, stage,
                    progress);
        }
        A merged = accumulators.get();
        int next = range.first();
        Optional<Checkpoints.Resumed<A>> resumed = checkpoints.resume(plan, range);
        if (resumed.isPresent()) {
            next = resumed.get().nextBlock();
            if (next < range.first() || next > range.end()) {
                throw new IllegalArgumentException("a checkpoint at block " + next + " outside " + range);
            }
            if (sink != null && next > range.first()) {
                throw new IllegalArgumentException("a run sink cannot go on from a checkpoint");
            }
            merged.merge(resumed.get().merged());
        }
        long lastSave = nanoClock.getAsLong();
        while (next < range.end()) {
            int segmentEnd = next + 1;
            while (segmentEnd < range.end() && plan.start(segmentEnd) - plan.start(next) < SEGMENT_RUNS) segmentEnd++;
            long before = plan.start(next) - plan.start(range.first());
            progress.progress(stage, before, total);
            ProgressListener offset = (s, done, count) -> progress.progress(s, before + done, total);
            A segment = engine.run(simulators, (int) plan.start(next), (int) (plan.start(segmentEnd) - plan.start(next)),
                    accumulators, sink, stage, offset);
            merged.merge(segment);
            next = segmentEnd;
            long now = nanoClock.getAsLong();
            if (next < range.end() && now - lastSave >= checkpoints.intervalNanos()) {
                checkpoints.save(plan, range, next, merged);
                lastSave = now;
            }
        }
        return merged;
    }
}
