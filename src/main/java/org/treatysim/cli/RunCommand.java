package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.Forecaster;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.RunRequest;
import org.treatysim.report.brief.Assumption;
import org.treatysim.report.brief.Headline;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.ParameterSource;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treatysim run SCENARIO... [--runs N | --precision P] [--seed S] [--threads T] [--out DIR]
 * [--force] [--no-runs-file] [--representative-traces] [--quiet]}: the Monte Carlo forecast of each
 * scenario, written to {@code DIR/<scenario>/} (summary.json, curve.csv, states.csv, runs.csv.gz,
 * charts/, brief.html, brief.pdf, and with the option traces/), with the headline
 * numbers on stdout. Every scenario is loaded and checked, and every target folder checked,
 * before anything runs; invalid input exits with status 2 and writes nothing.
 */
@Command(name = "run",
        description = {"Runs the Monte Carlo forecast of each scenario and writes its results folder.",
                "Prints P(signed), P(text agreed), P(initialed), P(collapsed), P(stalled) by the horizon and "
                        + "by each deadline, with 95%% Wilson intervals.",
                "An existing forecast is replaced only with --force; the folder's sweep/, update/ and score/ stay."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:forecast written", "1:failure while running or writing",
                "2:invalid scenario, options, an existing forecast without --force, or one that another job is"
                        + " writing"})
public final class RunCommand extends ResultsCommand<ShardJob.Sharded<ForecastJob.Forecast>> {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML).")
    List<Path> scenarios;

    @ArgGroup(exclusive = true)
    Sampling sampling;

    /** Either a run count or a precision. */
    static final class Sampling {
        @Option(names = "--runs", paramLabel = "N", description = "Runs per scenario (default: the scenario's runs).")
        Integer runs;

        @Option(names = "--precision", paramLabel = "P", description = {
                "Choose the runs so that the widest headline 95%% half-width is at most P (0.001-0.5):",
                "a pilot of 1000 runs bounds the variance, then a fixed number of runs is made (see docs/montecarlo.md)."})
        Double precision;
    }

    @Option(names = "--no-runs-file", description = "Do not write runs.csv.gz.")
    boolean noRunsFile;

    @Option(names = "--representative-traces", description = "Also write the trace pages (trace --html) of the"
            + " median signing, the median collapse and the first stall into traces/, linked from brief.html.")
    boolean representativeTraces;

    @Mixin
    ScaleOptions scale;

    @Mixin
    JobOptions job;

    /** How many scenarios run: with more than one, each headline is preceded by its scenario's id. */
    private int count;

    /** --shard, --resume and --checkpoint-every, with what they need of the other options. */
    @Override
    void checkOptions() {
        scale.checkpointInterval(spec.commandLine());
        if (scale.shard != null) {
            if (scenarios.size() != 1) throw usage("--shard runs one scenario, not " + scenarios.size());
            if (sampling != null && sampling.precision != null) {
                throw usage("--shard needs a fixed number of runs (--runs N): every shard must plan the same runs");
            }
            if (representativeTraces) throw usage("--representative-traces needs the whole job, not a shard");
            if (job.calibration != null) {
                // merge reloads the scenario from its file alone, so it would merge without the calibration.
                throw usage("--shard cannot be used with --calibration (name the calibration in the scenario file"
                        + " with calibration: FILE instead)");
            }
        } else if (scale.resume && !noRunsFile) {
            throw usage("--resume needs --no-runs-file: runs.csv.gz is compressed as one stream, which cannot be"
                    + " continued");
        } else if (scale.resume && representativeTraces) {
            throw usage("--resume cannot be used with --representative-traces: the traces watch every run as it"
                    + " ends, and a resumed job does not run them all again");
        }
    }

    /** Every scenario loaded and checked, and every target folder checked, before anything runs. */
    @Override
    List<ResultsCommand.Work<ShardJob.Sharded<ForecastJob.Forecast>>> prepare(int workers) throws CommandFailure {
        RunRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        ScenarioFiles files = ScenarioFiles.load(scenarios, job.calibration);
        List<String> problems = new ArrayList<>(files.problems());
        Set<String> ids = new HashSet<>();
        for (LoadedScenario s : files.loaded()) {
            if (!ids.add(s.scenario().id())) {
                problems.add(s.file() + ": scenario id " + s.scenario().id() + " appears twice: each needs its own"
                        + " folder");
            }
            problems.addAll(targetProblems(target(s.scenario().id())));
        }
        if (!problems.isEmpty()) throw CommandFailure.invalid(problems);

        List<ResultsCommand.Work<ShardJob.Sharded<ForecastJob.Forecast>>> jobs = new ArrayList<>();
        for (LoadedScenario s : files.loaded()) {
            Scenario scenario = job.seeded(s.scenario());
            ForecastJob.Inputs inputs = new ForecastJob.Inputs(scenario, s.sha256(), s.calibration(),
                    () -> new Simulation(scenario),
                    assumptions(s));
            RunRequest runs = request != null ? request : new RunRequest.Fixed(scenario.runs());
            CheckpointFile<ForecastAccumulator> checkpoint = (noRunsFile && !representativeTraces) || scale.shard != null
                    ? checkpoint(s, scenario, target(scenario.id())) : null;
            if (scale.shard != null) {
                jobs.add(shard(s, scenario, (RunRequest.Fixed) runs, workers, checkpoint));
                continue;
            }
            ForecastJob forecast = new ForecastJob(inputs, new ForecastJob.Options(runs, workers, job.out, job.force,
                    !noRunsFile, true, representativeTraces));
            jobs.add(ShardJob.whole(checkpoint == null ? forecast : forecast.checkpointed(checkpoint)));
        }
        count = jobs.size();
        return jobs;
    }

    /** The folder a scenario's forecast, or its shard, goes into. */
    private Path target(String scenario) {
        return job.out.resolve(scale.shard == null ? scenario : scale.shard.folderName(scenario, spec.name()));
    }

    /** The checkpoint of the job that writes {@code target}. */
    private CheckpointFile<ForecastAccumulator> checkpoint(LoadedScenario loaded, Scenario scenario, Path target) {
        ForecastLayout layout = ForecastLayout.of(scenario);
        CheckpointFile.Job identity = new CheckpointFile.Job(plan -> ForecastJob.identity(loaded.sha256(),
                scenario.seed(), plan), loaded.file().toAbsolutePath().toString(), List.of());
        return new CheckpointFile<>(BlockFiles.checkpointOf(target), identity, ForecastAccumulator::toCounts,
                counts -> ForecastAccumulator.ofCounts(layout, counts), scale.checkpoints(spec.commandLine(), job.quiet,
                err()));
    }

    /** Shard K/N of the forecast: its blocks' counts into the shard folder. */
    private ShardJob<ForecastJob.Forecast> shard(LoadedScenario loaded, Scenario scenario, RunRequest.Fixed runs,
                                                 int workers, CheckpointFile<ForecastAccumulator> checkpoint) {
        ScaleOptions.Shard shard = scale.shard;
        BlockPlan plan = BlockPlan.of(runs.runs());
        try {
            plan.shard(shard.index(), shard.count());
        } catch (IllegalArgumentException tooMany) {
            throw usage("--shard " + tooMany.getMessage() + " (fewer shards, or more --runs)");
        }
        ForecastLayout layout = ForecastLayout.of(scenario);
        String scenarioFile = loaded.file().toAbsolutePath().toString();
        return new ShardJob<>(target(scenario.id()), progress -> {
            Forecaster.Blocks blocks = new Forecaster(new MonteCarloEngine(workers)).forecast(layout,
                    () -> new Simulation(scenario), runs, null, progress,
                    p -> p.shard(shard.index(), shard.count()), checkpoint);
            return new BlockCounts(ForecastJob.identity(loaded.sha256(), scenario.seed(), blocks.plan()),
                    shard.index(), shard.count(), blocks.range(), scenarioFile, List.of(), blocks.counts().toCounts());
        }, checkpoint);
    }

    /** Why the forecast cannot go into {@code target}: another job holds it, or it exists without --force. */
    private List<String> targetProblems(Path target) {
        Path lockFile = FolderLock.fileOf(target);
        if (Files.exists(lockFile) && !ResultsFolder.abandoned(lockFile)) {
            return List.of(new FolderLock.BusyException(target, FolderLock.holder(lockFile)).getMessage());
        }
        try {
            if (!job.force && ResultsFolder.occupied(target.toAbsolutePath(), ForecastJob.ANALYSES)) {
                return List.of(target + " already exists: pass --force to replace it (its sweep/, update/ and"
                        + " score/ stay)");
            }
        } catch (IOException unreadable) {
            return List.of(target + ": " + unreadable.getMessage());
        }
        return List.of();
    }

    @Override
    void report(ShardJob.Sharded<ForecastJob.Forecast> result, Path folder) {
        PrintWriter stdout = out();
        if (result instanceof ShardJob.Sharded.Shard<ForecastJob.Forecast> shard) {
            ShardReport.lines(shard.counts(), folder).forEach(stdout::println);
            stdout.flush();
            return;
        }
        ForecastJob.Forecast forecast = ((ShardJob.Sharded.Whole<ForecastJob.Forecast>) result).result();
        if (count > 1) stdout.println(forecast.summary().provenance().scenario() + ":");
        report(forecast, folder, stdout, err());
    }

    /** A written forecast on stdout: its headline numbers, whether its brief shows a sweep, and where it is. */
    static void report(ForecastJob.Forecast forecast, Path folder, PrintWriter stdout, PrintWriter stderr) {
        Headline.lines(forecast.summary(), forecast.design(), unicodeOut()).forEach(stdout::println);
        forecast.sweep().note().ifPresent(stderr::println);
        if (forecast.sweep().finding().isPresent()) {
            stdout.println("The brief includes the sweep in " + folder.resolve(SweepCommand.FOLDER) + ".");
        }
        stdout.println("Results: " + folder);
        stdout.flush();
    }

    /**
     * The brief's table of assumptions: every value the scenario file (and the files it extends)
     * writes, with its source comment, except names, titles, labels and free text.
     */
    static List<Assumption> assumptions(LoadedScenario loaded) {
        List<Assumption> rows = new ArrayList<>();
        for (ParameterSource source : loaded.sources()) {
            String path = source.path();
            String key = path.substring(path.lastIndexOf('.') + 1);
            if (List.of("scenario", "title", "name", "label", "description").contains(key)) continue;
            rows.add(new Assumption(path, source.value(), source.comment()));
        }
        return rows;
    }

    /** The run request of the options, or null to use each scenario's own run count. */
    private RunRequest request() {
        if (sampling == null) return null;
        if (sampling.runs != null) return new RunRequest.Fixed(sampling.runs);
        return new RunRequest.Precision(sampling.precision);
    }
}
