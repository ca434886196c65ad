package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.RunRequest;
import org.treatysim.report.brief.Assumption;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.ParameterSource;
import org.treatysim.scenario.Problem;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treatysim run SCENARIO... [--runs N | --precision P] [--seed S] [--threads T] [--out DIR]
 * [--force] [--no-runs-file] [--quiet]}: the Monte Carlo forecast of each scenario, written to
 * {@code DIR/<scenario>/} (summary.json, curve.csv, states.csv, runs.csv.gz, charts/, brief.html,
 * brief.pdf), with the headline
 * numbers on stdout. Every scenario is loaded and checked, and every target folder checked,
 * before anything runs; invalid input exits with status 2 and writes nothing.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Runs the Monte Carlo forecast of each scenario and writes its results folder.",
                "Prints P(signed), P(text agreed), P(initialed), P(collapsed), P(stalled) by the horizon and "
                        + "by each deadline, with 95%% Wilson intervals.",
                "An existing forecast is replaced only with --force; the folder's sweep/, update/ and score/ stay."},
        exitCodeListHeading = "Exit status:%n",
        exitCodeList = {"0:forecast written", "1:failure while running or writing",
                "2:invalid scenario, options, an existing forecast without --force, or one that another job is"
                        + " writing"})
public final class RunCommand implements Callable<Integer> {

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

    @Mixin
    JobOptions job;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter stdout = spec.commandLine().getOut();
        int threadCount = job.workers();
        job.checkOut();
        RunRequest request;
        try {
            request = request();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
        }

        // Load everything first: a bad file or an existing folder stops the job before any run.
        List<LoadedScenario> loaded = new ArrayList<>();
        boolean invalid = false;
        ScenarioLoader loader = new ScenarioLoader();
        for (Path file : scenarios) {
            try {
                loaded.add(loader.load(file));
            } catch (ScenarioException e) {
                e.problems().stream().map(Problem::toString).forEach(err::println);
                invalid = true;
            }
        }
        Set<String> ids = new HashSet<>();
        for (LoadedScenario s : loaded) {
            if (!ids.add(s.scenario().id())) {
                err.println(s.file() + ": scenario id " + s.scenario().id() + " appears twice: each needs its own folder");
                invalid = true;
            }
            Path target = job.out.resolve(s.scenario().id());
            Path lockFile = FolderLock.fileOf(target);
            if (Files.exists(lockFile) && !ResultsFolder.abandoned(lockFile)) {
                err.println(new FolderLock.BusyException(target, FolderLock.holder(lockFile)).getMessage());
                invalid = true;
                continue;
            }
            try {
                if (!job.force && ResultsFolder.occupied(target.toAbsolutePath(), ForecastJob.ANALYSES)) {
                    err.println(target + " already exists: pass --force to replace it (its sweep/, update/ and"
                            + " score/ stay)");
                    invalid = true;
                }
            } catch (IOException unreadable) {
                err.println(target + ": " + unreadable.getMessage());
                invalid = true;
            }
        }
        if (invalid) {
            err.flush();
            return Main.INVALID_INPUT;
        }

        boolean unicode = Headline.unicodeOut();
        // The guard is released only after the line that says why a job stopped: Ctrl-C waits for it.
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            for (LoadedScenario s : loaded) {
                Scenario scenario = s.scenario();
                RunRequest scenarioRequest = request;
                if (scenarioRequest == null) scenarioRequest = new RunRequest.Fixed(scenario.runs());
                if (job.seed != null) scenario = scenario.withRunsAndSeed(scenario.runs(), job.seed);
                Scenario frozen = scenario;
                ForecastJob.Inputs inputs = new ForecastJob.Inputs(frozen, s.sha256(), () -> new Simulation(frozen),
                        assumptions(s));
                ForecastJob.Options options = new ForecastJob.Options(scenarioRequest, threadCount, job.out,
                        job.force, !noRunsFile, true);
                try (ProgressReporter progress = job.progress()) {
                    ForecastJob.Done done = ForecastJob.run(inputs, options, JobOptions.listener(progress));
                    if (loaded.size() > 1) stdout.println(frozen.id() + ":");
                    Headline.lines(done.summary(), done.design(), unicode).forEach(stdout::println);
                    done.sweep().note().ifPresent(err::println);
                    if (done.sweep().finding().isPresent()) {
                        stdout.println("The brief includes the sweep in " + done.folder().resolve(SweepCommand.FOLDER)
                                + ".");
                    }
                    stdout.println("Results: " + done.folder());
                    stdout.flush();
                } catch (InterruptedException | IOException | MonteCarloException e) {
                    return job.failed(e, job.out.resolve(frozen.id()));
                }
            }
        }
        return 0;
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
