package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.ProgressListener;

/**
 * One shard of a {@code run} or {@code sweep} ({@code --shard K/N}): the counts of its blocks,
 * written as {@value BlockFiles#SHARD_COUNTS} into a shard folder that appears whole or not at all
 * like every results folder. A long shard keeps a checkpoint like a whole job.
 *
 * @param <R> what the command's unsharded work gives
 */
final class ShardJob<R> implements ResultsCommand.Work<ShardJob.Sharded<R>> {

    /**
     * What a command that may be sharded gives: its whole result, or a shard's counts.
     *
     * @param <R> the whole result's type
     */
    sealed interface Sharded<R> {
        /** The whole job's result. */
        record Whole<R>(R result) implements Sharded<R> { }

        /** A shard's counts. */
        record Shard<R>(BlockCounts counts) implements Sharded<R> { }
    }

    private final Path target;
    private final ThrowingCount counting;
    private final CheckpointFile<?> checkpoint;

    /** Counts the shard's blocks, with the checkpoint it was given. */
    @FunctionalInterface
    interface ThrowingCount {
        BlockCounts count(ProgressListener progress) throws IOException, InterruptedException;
    }

    /**
     * @param target     the shard folder
     * @param counting   counts the shard's blocks
     * @param checkpoint the checkpoint {@code counting} keeps, deleted once the folder is published
     */
    ShardJob(Path target, ThrowingCount counting, CheckpointFile<?> checkpoint) {
        this.target = Objects.requireNonNull(target, "target");
        this.counting = Objects.requireNonNull(counting, "counting");
        this.checkpoint = Objects.requireNonNull(checkpoint, "checkpoint");
    }

    /** A command's unsharded work, as work that gives {@link Sharded.Whole}. */
    static <R> ResultsCommand.Work<Sharded<R>> whole(ResultsCommand.Work<R> whole) {
        return ResultsCommand.mapped(whole, Sharded.Whole::new, sharded -> ((Sharded.Whole<R>) sharded).result());
    }

    @Override
    public Path target() {
        return target;
    }

    @Override
    public Sharded<R> run(Path folder, ProgressListener progress) throws IOException, InterruptedException {
        return new Sharded.Shard<>(counting.count(progress));
    }

    @Override
    public void write(Sharded<R> result, Path folder) throws IOException {
        BlockFiles.write(folder.resolve(BlockFiles.SHARD_COUNTS), ((Sharded.Shard<R>) result).counts());
    }

    @Override
    public void published() throws IOException {
        checkpoint.delete();
    }
}
