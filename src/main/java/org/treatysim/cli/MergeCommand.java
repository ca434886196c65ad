package org.treatysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.Forecaster;
import org.treatysim.montecarlo.JobIdentity;
import org.treatysim.montecarlo.RunRequest;
import org.treatysim.montecarlo.sweep.SweepInputException;
import org.treatysim.montecarlo.sweep.TargetCounts;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.SampleDesign;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code treatysim merge SHARD_DIR... [--out DIR] [--force]}: joins the shard folders that
 * {@code run --shard K/N} or {@code sweep --shard K/N} wrote into the results folder the unsharded
 * command writes, byte for byte the same files (only {@code createdAt} is the merge's time). The
 * shards must be all N of one job: the same scenario files, seed, runs, design and treatysim
 * version, each K once; anything else is refused, naming the shard folder, before anything is
 * written.
 */
@Command(name = "merge",
        sortOptions = false,
        description = {"Joins the N shard folders of a `run --shard K/N` or `sweep --shard K/N` into the results"
                + " folder the command writes without --shard (charts and brief included; no runs.csv.gz).",
                "Refuses shards of different jobs (scenario, seed, runs, design, treatysim version), a shard given"
                        + " twice, or a missing one, naming the shard folder."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:results written", "1:failure while writing",
                "2:shards that are not all N of one job, a scenario file changed since, an existing folder without"
                        + " --force, or one that another job is writing"})
public final class MergeCommand extends ResultsCommand<Object> {

    @Parameters(arity = "1..*", paramLabel = "SHARD_DIR", description = "The shard folders, all N of them.")
    List<Path> shards;

    @Mixin
    JobOptions job;

    @Override
    void checkOptions() {
        if (job.seed != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "merge takes the seed from the shards:"
                    + " --seed is not an option here");
        }
    }

    /** A shard as read, with its file for messages. */
    private record Read(Path file, BlockCounts counts) { }

    @Override
    List<ResultsCommand.Work<Object>> prepare(int workers) throws CommandFailure, ScenarioException,
            SweepInputException {
        List<Read> read = read();
        Read first = read.get(0);
        JobIdentity job0 = first.counts().job();
        int shardCount = first.counts().shards();
        List<String> problems = new ArrayList<>();
        TreeMap<Integer, Read> byIndex = new TreeMap<>();
        for (Read shard : read) {
            BlockCounts counts = shard.counts();
            List<String> differences = job0.differences(counts.job());
            if (!differences.isEmpty()) {
                problems.add(shard.file() + ": not a shard of the job of " + first.file() + ": "
                        + String.join("; ", differences));
                continue;
            }
            if (counts.shards() != shardCount) {
                problems.add(shard.file() + ": shard " + counts.shard() + "/" + counts.shards() + ", but " + first.file()
                        + " is one of " + shardCount + " shards");
                continue;
            }
            Read twice = byIndex.putIfAbsent(counts.shard(), shard);
            if (twice != null) {
                problems.add(shard.file() + ": shard " + counts.shard() + "/" + shardCount + " is given twice (also "
                        + twice.file() + ")");
                continue;
            }
            BlockPlan.Range expected = job0.plan().shard(counts.shard(), shardCount);
            if (!counts.range().equals(expected)) {
                problems.add(shard.file() + ": blocks " + counts.range().first() + ".." + counts.range().end()
                        + " (expected " + expected.first() + ".." + expected.end() + " for shard " + counts.shard() + "/"
                        + shardCount + ")");
            }
        }
        List<Integer> missing = new ArrayList<>();
        for (int k = 1; k <= shardCount; k++) {
            if (!byIndex.containsKey(k)) missing.add(k);
        }
        if (problems.isEmpty() && !missing.isEmpty()) {
            problems.add(first.file() + ": the job has " + shardCount + " shards, and shard" + (missing.size() == 1 ? " "
                    : "s ") + String.join(", ", missing.stream().map(k -> k + "/" + shardCount).toList())
                    + (missing.size() == 1 ? " is" : " are") + " missing (expected every SHARD_DIR of the job)");
        }
        if (!problems.isEmpty()) throw CommandFailure.invalid(problems);

        LoadedScenario loaded = scenario(first);
        List<long[]> inOrder = byIndex.values().stream().map(r -> r.counts().counts()).toList();
        return switch (job0.command()) {
            case "run" -> List.of(erased(forecast(loaded, job0, inOrder, workers, first.file())));
            case "sweep" -> List.of(erased(sweep(loaded, first, inOrder, workers)));
            default -> throw CommandFailure.invalid(List.of(first.file() + ": shards of '" + job0.command()
                    + "' (expected run or sweep)"));
        };
    }

    /** Every shard's counts file, every problem located. */
    private List<Read> read() throws CommandFailure {
        List<Read> read = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path folder : shards) {
            Path file = folder.resolve(BlockFiles.SHARD_COUNTS);
            try {
                read.add(new Read(file, BlockFiles.read(file)));
            } catch (CommandFailure unreadable) {
                problems.add(unreadable.getMessage());
            }
        }
        if (!problems.isEmpty()) throw CommandFailure.invalid(problems);
        return read;
    }

    /** The scenario the shards ran, loaded again; refused when its files have changed since. */
    private static LoadedScenario scenario(Read first) throws ScenarioException, CommandFailure {
        String file = first.counts().scenarioFile();
        LoadedScenario loaded = new ScenarioLoader().load(Path.of(file));
        String expected = first.counts().job().scenarioSha256();
        if (!loaded.sha256().equals(expected)) {
            throw CommandFailure.invalid(List.of(file + ": changed since the shards ran: its SHA-256 (with the files"
                    + " it extends) is " + loaded.sha256() + ", the shards' " + expected + " (" + first.file() + ")"));
        }
        return loaded;
    }

    /** The forecast's folder from the shards' counts, merged in shard (block) order. */
    private ForecastJob forecast(LoadedScenario loaded, JobIdentity identity, List<long[]> inOrder, int workers,
                                 Path firstFile) throws CommandFailure {
        Scenario scenario = loaded.scenario().withRunsAndSeed(loaded.scenario().runs(), identity.seed());
        ForecastLayout layout = ForecastLayout.of(scenario);
        ForecastAccumulator merged = new ForecastAccumulator(layout);
        try {
            for (long[] counts : inOrder) merged.merge(ForecastAccumulator.ofCounts(layout, counts));
        } catch (IllegalArgumentException misfit) {
            throw CommandFailure.invalid(List.of(firstFile + ": " + misfit.getMessage()));
        }
        int runs = Math.toIntExact(identity.plan().indices());
        SampleDesign design = SampleDesign.fixed(runs).withAchieved(Forecaster.widestHalfWidth(merged));
        ForecastJob.Inputs inputs = new ForecastJob.Inputs(scenario, loaded.sha256(), loaded.calibration(),
                () -> new Simulation(scenario), RunCommand.assumptions(loaded));
        return ForecastJob.ofCounts(inputs, new ForecastJob.Options(new RunRequest.Fixed(runs), workers, job.out,
                job.force, false, true), new Forecaster.Result(merged, design));
    }

    /** The sweep's folder from the shards' counts, its plan made again from the options the shards recorded. */
    private SweepCommand.Sweeping sweep(LoadedScenario loaded, Read first, List<long[]> inOrder, int workers)
            throws CommandFailure, ScenarioException, SweepInputException {
        SweepCommand replay = new SweepCommand();
        List<String> arguments = new ArrayList<>();
        arguments.add(loaded.file().toString());
        arguments.addAll(first.counts().arguments());
        try {
            new CommandLine(replay).parseArgs(arguments.toArray(String[]::new));
        } catch (CommandLine.ParameterException unreadable) {
            throw CommandFailure.invalid(List.of(first.file() + ": its sweep options " + first.counts().arguments()
                    + " are not this version's: " + unreadable.getMessage()));
        }
        replay.checkOptions();
        SweepCommand.Planned planned = replay.planned;
        TargetCounts merged = planned.empty();
        try {
            for (long[] counts : inOrder) merged.merge(planned.counts(counts));
        } catch (IllegalArgumentException misfit) {
            throw CommandFailure.invalid(List.of(first.file() + ": " + misfit.getMessage()));
        }
        Path target = job.analysisFolder(loaded.scenario(), SweepCommand.FOLDER);
        return new SweepCommand.Sweeping(target, planned, workers, null, merged);
    }

    /** {@code work} as work whose result this command reports by its type. */
    @SuppressWarnings("unchecked")
    private static <R> ResultsCommand.Work<Object> erased(ResultsCommand.Work<R> work) {
        return ResultsCommand.mapped(work, result -> result, result -> (R) result);
    }

    @Override
    void report(Object result, Path folder) throws CommandFailure {
        if (result instanceof ForecastJob.Forecast forecast) {
            RunCommand.report(forecast, folder, out(), err());
        } else {
            SweepCommand.report((SweepFolder.Swept) result, folder, job.out, out(), err());
        }
    }
}
