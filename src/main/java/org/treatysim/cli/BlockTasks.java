package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.sweep.DesignRunner;
import org.treatysim.montecarlo.sweep.Sweep;
import org.treatysim.montecarlo.sweep.SweepInputException;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import picocli.CommandLine;

/**
 * A {@code run} or {@code sweep} cut into its blocks of runs as tasks for a cluster engine (the
 * Spark module, docs/scale-out.md). Block b of a job of B blocks is the command's shard b+1/B
 * ({@code --shard}), counted on one thread; what it returns is its {@link BlockCounts} in their
 * binary form. The driver writes the B results as shard folders and {@code treatysim merge} joins
 * them in block order into the results folder the command writes on one machine, so the files are
 * the same bit for bit.
 *
 * <p>A job is given as the command line would be: {@code [run|sweep, SCENARIO, options...]}, one
 * scenario, without {@code --out}, {@code --force}, {@code --quiet} or {@code --threads} (the
 * driver's) and, for {@code run}, with a fixed number of runs.
 */
public final class BlockTasks {
    private BlockTasks() { }

    /** A job that cannot be cut into blocks: the exit status and lines the command would give. */
    public static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int status;

        RefusedException(int status, String message) {
            super(message);
            this.status = status;
        }

        /** The exit status: 2 for invalid input or usage. */
        public int status() {
            return status;
        }
    }

    /**
     * The number of blocks of the job.
     *
     * @param job {@code [run|sweep, SCENARIO, options...]}
     * @throws RefusedException for a job the command would refuse, or one that cannot be cut
     */
    public static int blocks(List<String> job) throws RefusedException {
        ResultsCommand<?> command = parse(job);
        try {
            command.checkOptions();
            if (command instanceof SweepCommand sweep) {
                SweepCommand.Planned planned = sweep.planned;
                return DesignRunner.plan(Sweep.design(planned.factors(), planned.plan()), planned.plan().runsPerPoint())
                        .blocks();
            }
            RunCommand run = (RunCommand) command;
            if (run.scenarios.size() != 1) throw refused(job.get(0) + " on a cluster runs one scenario");
            if (run.sampling != null && run.sampling.precision != null) {
                throw refused("--precision: a run on a cluster needs a fixed number of runs (--runs N)");
            }
            int scenarioRuns = new ScenarioLoader().load(run.scenarios.get(0)).scenario().runs();
            int runs = run.sampling != null ? run.sampling.runs : scenarioRuns;
            return BlockPlan.of(runs).blocks();
        } catch (CommandFailure | ScenarioException | SweepInputException invalid) {
            throw refused(CommandFailure.of(invalid, job.get(0), null));
        } catch (CommandLine.ParameterException | IllegalArgumentException usage) {
            throw refused(usage.getMessage());
        }
    }

    /**
     * Counts block {@code block} of the job on one thread.
     *
     * @param job          {@code [run|sweep, SCENARIO, options...]}, SCENARIO where this machine has it
     * @param block        the block, in [0, blocks)
     * @param blocks       the job's number of blocks ({@link #blocks})
     * @param scenarioFile the scenario file as the driver names it, recorded in the counts for the merge
     * @return the block's {@link BlockCounts}, encoded
     * @throws RefusedException     for a job the command would refuse
     * @throws IOException          when a file cannot be read
     * @throws InterruptedException when stopped
     * @throws MonteCarloException  when a run fails
     */
    public static byte[] count(List<String> job, int block, int blocks, String scenarioFile) throws RefusedException,
            IOException, InterruptedException {
        List<String> shard = new ArrayList<>(job);
        shard.addAll(List.of("--shard", (block + 1) + "/" + blocks, "--threads", "1", "--quiet"));
        ResultsCommand<?> command = parse(shard);
        List<? extends ResultsCommand.Work<?>> works;
        try {
            command.checkOptions();
            works = command.prepare(1);
        } catch (CommandFailure | ScenarioException | SweepInputException invalid) {
            throw refused(CommandFailure.of(invalid, job.get(0), null));
        } catch (CommandLine.ParameterException usage) {
            throw refused(usage.getMessage());
        }
        Object result;
        try {
            result = works.get(0).run(null, ProgressListener.NONE);
        } catch (CommandFailure failed) {
            throw new RefusedException(1, failed.getMessage());
        }
        BlockCounts counts = ((ShardJob.Sharded.Shard<?>) result).counts();
        return new BlockCounts(counts.job(), counts.shard(), counts.shards(), counts.range(), scenarioFile,
                counts.arguments(), counts.counts()).encode();
    }

    /** The command of {@code job}, its options parsed. */
    private static ResultsCommand<?> parse(List<String> job) throws RefusedException {
        if (job.size() < 2) throw refused("expected run|sweep SCENARIO [options...]");
        ResultsCommand<?> command = switch (job.get(0)) {
            case "run" -> new RunCommand();
            case "sweep" -> new SweepCommand();
            default -> throw refused("'" + job.get(0) + "': only run and sweep are cut into blocks");
        };
        CommandLine line = new CommandLine(command);
        StringWriter said = new StringWriter();
        line.setErr(new PrintWriter(said));
        try {
            line.parseArgs(job.subList(1, job.size()).toArray(String[]::new));
        } catch (CommandLine.ParameterException usage) {
            throw refused(usage.getMessage());
        }
        return command;
    }

    private static RefusedException refused(String message) {
        return new RefusedException(Main.INVALID_INPUT, message);
    }

    private static RefusedException refused(CommandFailure failure) {
        return new RefusedException(Main.INVALID_INPUT, failure.getMessage());
    }
}
