package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.model.Simulation;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.conditioning.DatedEvent;
import org.treatysim.montecarlo.conditioning.OutcomeAccumulator;
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

    /**
     * A case of a backtest, as the driver ships it.
     *
     * @param folder the case folder
     * @param seed   the {@code --seed} of every case, or null for each case's own
     * @param runs   its runs (runs 0..runs−1)
     * @param blocks its number of blocks
     */
    public record BacktestCase(Path folder, Long seed, int runs, int blocks) { }

    /**
     * The cases of a backtest, each loaded and checked as {@code backtest} does.
     *
     * @param job {@code [backtest, DIR..., options...]} without the driver's options
     * @throws RefusedException for a backtest the command would refuse
     */
    public static List<BacktestCase> backtestCases(List<String> job) throws RefusedException {
        BacktestCommand command = backtest(job);
        try {
            command.checkOptions();
            if (command.job.calibration != null) {
                // Executors get each case folder's files only; a calibration file would have to be shipped too.
                throw refused("--calibration: not supported by backtest on Spark (expected no --calibration; run"
                        + " treatysim backtest --calibration on one machine)");
            }
            List<BacktestJob.Case> cases = BacktestJob.load(BacktestJob.caseFolders(command.folders), command.job.seed,
                    null, new PrintWriter(new StringWriter()));
            BacktestJob.Options options = new BacktestJob.Options(command.runs, command.job.seed, 1, command.job.out,
                    false);
            return cases.stream().map(c -> {
                int runs = BacktestJob.runsOf(c, options);
                return new BacktestCase(c.folder(), command.job.seed, runs, BlockPlan.of(runs).blocks());
            }).toList();
        } catch (ScenarioException invalid) {
            throw refused(CommandFailure.of(invalid, "backtest", null));
        } catch (BacktestJob.UsageException | CommandLine.ParameterException usage) {
            throw refused(usage.getMessage());
        }
    }

    /**
     * Counts block {@code block} of a backtest case's runs on one thread.
     *
     * @param caseFolder the case folder on this machine
     * @param seed       the {@code --seed} of every case, or null for each case's own
     * @param runs       the case's runs
     * @param block      the block of {@code BlockPlan.of(runs)}
     * @return the counts of the case's questions (OutcomeAccumulator's)
     */
    public static long[] countBacktestBlock(Path caseFolder, Long seed, int runs, int block) throws RefusedException,
            InterruptedException {
        BacktestJob.Case c;
        try {
            c = BacktestJob.load(List.of(caseFolder), seed, null, new PrintWriter(new StringWriter())).get(0);
        } catch (ScenarioException invalid) {
            throw refused(CommandFailure.of(invalid, "backtest", null));
        }
        List<DatedEvent> questions = BacktestJob.questions(c);
        BlockPlan plan = BlockPlan.of(runs);
        return new MonteCarloEngine(1).run(() -> new Simulation(c.inputs().scenario()), (int) plan.start(block),
                (int) (plan.start(block + 1) - plan.start(block)), () -> new OutcomeAccumulator(questions), null,
                "runs", ProgressListener.NONE).toCounts();
    }

    /**
     * Runs {@code backtest} with each case's runs already counted: per case, its blocks' counts in
     * block order ({@link #countBacktestBlock}), merged here. Writes the folder and says what the
     * command says.
     *
     * @param job    {@code [backtest, DIR..., options...]}, the driver's options included
     * @param blocks per case in the order of {@link #backtestCases}, its blocks' counts in block order
     * @return the exit status
     */
    public static int backtest(List<String> job, List<List<long[]>> blocks, PrintWriter out, PrintWriter err)
            throws RefusedException {
        BacktestCommand command = backtest(job);
        command.counter = (index, c, runs, questions, progress) -> {
            OutcomeAccumulator merged = new OutcomeAccumulator(questions);
            for (long[] counts : blocks.get(index)) merged.merge(OutcomeAccumulator.ofCounts(questions, counts));
            if (merged.runs() != runs) {
                throw new IllegalStateException(c.id() + ": " + merged.runs() + " runs counted, not " + runs);
            }
            return merged;
        };
        CommandLine line = new CommandLine(command);
        line.setOut(out);
        line.setErr(err);
        return line.execute(job.subList(1, job.size()).toArray(String[]::new));
    }

    /** The backtest of {@code job}, its options parsed. */
    private static BacktestCommand backtest(List<String> job) throws RefusedException {
        if (job.isEmpty() || !job.get(0).equals("backtest")) throw refused("expected backtest DIR... [options...]");
        return parsed(new BacktestCommand(), job);
    }

    /** The command of {@code job}, its options parsed. */
    private static ResultsCommand<?> parse(List<String> job) throws RefusedException {
        if (job.size() < 2) throw refused("expected run|sweep SCENARIO [options...]");
        return parsed(switch (job.get(0)) {
            case "run" -> new RunCommand();
            case "sweep" -> new SweepCommand();
            default -> throw refused("'" + job.get(0) + "': only run and sweep are cut into blocks");
        }, job);
    }

    /** {@code command} with the options of {@code job} (its name first) parsed into it. */
    private static <C> C parsed(C command, List<String> job) throws RefusedException {
        try {
            new CommandLine(command).parseArgs(job.subList(1, job.size()).toArray(String[]::new));
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
