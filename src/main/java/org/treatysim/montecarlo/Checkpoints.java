package org.treatysim.montecarlo;

import java.io.IOException;
import java.util.Optional;

/**
 * Where a long job keeps the merged counts of the blocks it has finished, so that a job killed
 * part-way can go on from there ({@link BlockRunner}). The engine says what to keep and when;
 * the implementation (the command line) stores it, atomically, and reads it back.
 *
 * @param <A> the job's accumulator
 */
public interface Checkpoints<A> {

    /**
     * The state to go on from: the blocks of {@code range} before {@code nextBlock} are counted in
     * {@code merged}.
     *
     * @param nextBlock the first block still to run, in [range.first, range.end]
     * @param merged    the merged counts of the blocks before it
     */
    record Resumed<A>(int nextBlock, A merged) { }

    /**
     * What an earlier, stopped run of this job kept, or empty to begin at the first block.
     *
     * @throws IOException when what is kept cannot be read or belongs to another job
     */
    Optional<Resumed<A>> resume(BlockPlan plan, BlockPlan.Range range) throws IOException;

    /**
     * Keeps {@code merged}, the counts of blocks {@code range.first .. nextBlock − 1}, in place of
     * what was kept before.
     */
    void save(BlockPlan plan, BlockPlan.Range range, int nextBlock, A merged) throws IOException;

    /** Least time between two saves, in nanoseconds, &ge; 0. */
    long intervalNanos();
}
