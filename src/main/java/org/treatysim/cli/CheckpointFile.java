package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.Checkpoints;
import org.treatysim.montecarlo.JobIdentity;

/**
 * The checkpoint of a long {@code run} or {@code sweep}: the merged counts of its finished blocks
 * in one file beside the folder it writes ({@link BlockFiles#checkpointOf}), replaced in one step
 * at each save, kept when the job is stopped or fails, deleted once its folder is published.
 * {@code --resume} reads it back, and refuses one that another job (scenario, seed, options or
 * treatysim version) kept.
 *
 * @param <A> the job's accumulator
 */
final class CheckpointFile<A> implements Checkpoints<A> {

    /** A checkpoint that does not belong to this job, or cannot be read: invalid input, exit status 2. */
    static final class ForeignException extends IOException {
        private static final long serialVersionUID = 1L;

        ForeignException(String message) {
            super(message);
        }
    }

    /**
     * What every save records besides the counts.
     *
     * @param identity     the job's identity once its plan is known
     * @param scenarioFile the scenario file as given
     * @param arguments    the options that shape the job's results
     */
    record Job(Function<BlockPlan, JobIdentity> identity, String scenarioFile, List<String> arguments) {
        Job {
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(scenarioFile, "scenarioFile");
            arguments = List.copyOf(arguments);
        }
    }

    /**
     * How the command line says to keep checkpoints ({@link ScaleOptions#checkpoints}).
     *
     * @param resume   read the file ({@code --resume}); otherwise it is only written
     * @param interval least time between saves ({@code --checkpoint-every}), &gt; 0
     * @param notes    told, in a sentence, where the job goes on from
     */
    record Settings(boolean resume, Duration interval, Consumer<String> notes) {
        Settings {
            Objects.requireNonNull(interval, "interval");
            Objects.requireNonNull(notes, "notes");
        }
    }

    private final Path file;
    private final Job job;
    private final Function<A, long[]> toCounts;
    private final Function<long[], A> ofCounts;
    private final Settings settings;

    /**
     * @param file     the checkpoint file
     * @param job      what the job is
     * @param toCounts the accumulator's counts
     * @param ofCounts the accumulator of counts (throws IllegalArgumentException when they do not fit)
     * @param settings whether to resume, how often to save, where to say where the job goes on from
     */
    CheckpointFile(Path file, Job job, Function<A, long[]> toCounts, Function<long[], A> ofCounts,
                   Settings settings) {
        this.file = file;
        this.job = job;
        this.toCounts = toCounts;
        this.ofCounts = ofCounts;
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    @Override
    public Optional<Resumed<A>> resume(BlockPlan plan, BlockPlan.Range range) throws IOException {
        if (!settings.resume()) return Optional.empty();
        if (!Files.exists(file)) {
            settings.notes().accept("treatysim: no checkpoint " + file + ": starting from the first run");
            return Optional.empty();
        }
        BlockCounts kept;
        try {
            kept = BlockFiles.read(file);
        } catch (CommandFailure unreadable) {
            throw new ForeignException(unreadable.getMessage() + "; delete it or run without --resume");
        }
        List<String> differences = job.identity().apply(plan).differences(kept.job());
        if (!differences.isEmpty()) {
            throw new ForeignException(file + ": a checkpoint of another job: " + String.join("; ", differences)
                    + "; delete it or run without --resume");
        }
        if (kept.range().first() != range.first() || kept.range().end() > range.end()) {
            throw new ForeignException(file + ": a checkpoint of blocks " + kept.range().first() + ".." + kept.range()
                    .end() + ", not of this job's blocks " + range.first() + ".." + range.end() + " (another --shard?);"
                    + " delete it or run without --resume");
        }
        A merged;
        try {
            merged = ofCounts.apply(kept.counts());
        } catch (IllegalArgumentException misfit) {
            throw new ForeignException(file + ": " + misfit.getMessage() + "; delete it or run without --resume");
        }
        settings.notes().accept(String.format(Locale.ROOT, "treatysim: resuming from %s: %,d of %,d runs done", file,
                plan.start(kept.range().end()) - plan.start(range.first()), plan.indicesIn(range)));
        return Optional.of(new Resumed<>(kept.range().end(), merged));
    }

    @Override
    public void save(BlockPlan plan, BlockPlan.Range range, int nextBlock, A merged) throws IOException {
        BlockFiles.write(file, new BlockCounts(job.identity().apply(plan), 1, 1, new BlockPlan.Range(range.first(),
                nextBlock), job.scenarioFile(), job.arguments(), toCounts.apply(merged)));
    }

    @Override
    public long intervalNanos() {
        return settings.interval().toNanos();
    }

    /** Deletes the checkpoint: the job it served is published. */
    void delete() throws IOException {
        Files.deleteIfExists(file);
    }
}
