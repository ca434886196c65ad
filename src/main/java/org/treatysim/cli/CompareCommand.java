package org.treatysim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.compare.KeyDates;
import org.treatysim.montecarlo.compare.PairedRuns;
import org.treatysim.report.compare.ComparisonChart;
import org.treatysim.report.compare.ComparisonCsv;
import org.treatysim.report.compare.ComparisonJson;
import org.treatysim.report.compare.ComparisonTable;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import org.treatysim.stats.PairedComparison;
import org.treatysim.stats.Provenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim compare SCENARIO...}: runs two or more scenarios with common random numbers,
 * pairs run i of every scenario with run i of the first, and writes
 * {@code <out>/compare-<first id>/}: comparison.csv, compare.json and charts/comparison.png, whole
 * or not at all; prints the table on stdout.
 */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Runs two or more scenarios with common random numbers and compares them with the first: run i of"
                    + " every scenario uses run index i and the same seed, so the runs pair one to one.",
            "Writes OUT/compare-<first scenario id>/ (comparison.csv, compare.json, charts/comparison.png) whole or"
                    + " not at all, and prints the table: P(signed by each key date) and P(text agreed by the"
                    + " horizon) with 95%% Wilson intervals, and each scenario's paired difference from the first with"
                    + " its 95%% Tango score interval.",
            "All scenarios must share start and horizon. Every scenario is validated first; any invalid one stops"
                    + " the command before anything runs.",
            "Exit status 0 on success, 2 for invalid scenarios, options, an existing folder without --force or"
                    + " one that another job is writing, 1 for anything else."
        })
public final class CompareCommand implements Callable<Integer> {
    /** File names inside the comparison folder. */
    static final String CSV = "comparison.csv";
    static final String JSON = "compare.json";
    static final String CHART = "charts/comparison.png";

    @Parameters(arity = "2..*", paramLabel = "SCENARIO",
            description = "Scenario files (YAML); the first is the reference the others are compared with.")
    List<Path> files;

    @Option(names = "--runs", paramLabel = "N",
            description = "Runs per scenario (default: the first scenario's runs).")
    Integer runs;

    @Option(names = "--dates", split = ",", paramLabel = "D",
            description = "Key dates, ISO, comma-separated (default: the end of each calendar year in the window,"
                    + " the horizon, and the end of each of the first scenario's deadlines).")
    List<LocalDate> dates;

    @Mixin
    JobOptions job;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return compare(stdout, err);
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private int compare(PrintWriter stdout, PrintWriter err) {
        int workers = job.workers();
        job.checkOut();
        List<LoadedScenario> loaded = load(err);
        if (loaded == null) return Main.INVALID_INPUT;
        Scenario first = loaded.get(0).scenario();
        List<LocalDate> keyDates = dates == null ? KeyDates.defaults(first) : KeyDates.normalise(dates);
        List<String> problems = usageProblems(loaded, keyDates);
        if (!problems.isEmpty()) {
            problems.forEach(p -> err.println("compare: " + p));
            return Main.INVALID_INPUT;
        }
        int runCount = runs != null ? runs : first.runs();
        long commonSeed = job.seed != null ? job.seed : first.seed();
        String seedFrom = job.seed != null ? "--seed" : first.id();
        noteOverrides(loaded, runCount, commonSeed, err);

        List<PairedRuns.Arm> arms = new ArrayList<>();
        for (LoadedScenario l : loaded) {
            Scenario common = l.scenario().withRunsAndSeed(runCount, commonSeed);
            arms.add(new PairedRuns.Arm(common, () -> new Simulation(common)));
        }
        Path target = job.out.resolve("compare-" + first.id());
        PairedComparison comparison;
        // The guard is released only after the line that says why a job stopped: Ctrl-C waits for it.
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            try (ResultsFolder folder = ResultsFolder.open(target, job.force);
                 ProgressReporter reporter = job.progress()) {
                PairedRuns.Result result = new PairedRuns(new MonteCarloEngine(workers)).run(arms, keyDates, runCount,
                        JobOptions.listener(reporter));
                if (reporter != null) reporter.close();
                if (Thread.interrupted()) throw new InterruptedException("stopped before writing");
                Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
                List<Provenance> provenance = new ArrayList<>();
                List<ComparisonJson.Source> sources = new ArrayList<>();
                for (LoadedScenario l : loaded) {
                    Scenario s = l.scenario();
                    provenance.add(new Provenance(s.id(), s.title(), runCount, commonSeed, l.sha256(),
                            VersionProvider.version(), System.getProperty("java.version"), now));
                    sources.add(new ComparisonJson.Source(l.file().toString(), s.seed(), s.runs()));
                }
                comparison = result.freeze(provenance);
                write(folder.temporary(), comparison, new ComparisonJson.Setup(sources, seedFrom,
                        dates == null ? "default" : "--dates"));
                folder.publish();
            } catch (InterruptedException | IOException | MonteCarloException e) {
                return job.failed(e, target);
            }
        }

        stdout.println("Compared " + loaded.size() + " scenarios with common random numbers: " + runCount
                + " runs each, seed " + commonSeed + (job.seed != null ? " (--seed)" : " (" + first.id()
                + "'s, used for all)") + "; run i of every scenario is paired with run i of " + first.id() + ".");
        stdout.println("P: share of runs, 95% Wilson interval. Difference from " + first.id()
                + ": from the paired runs, 95% Tango score interval.");
        stdout.println();
        ComparisonTable.lines(comparison, Headline.unicodeOut()).forEach(stdout::println);
        stdout.println();
        stdout.println("Written: " + target + " (" + CSV + ", " + JSON + ", " + CHART + ")");
        return 0;
    }

    /** Loads every file, reporting every problem of every invalid one; null when any is invalid. */
    private List<LoadedScenario> load(PrintWriter err) {
        ScenarioLoader loader = new ScenarioLoader();
        List<LoadedScenario> loaded = new ArrayList<>();
        int invalid = 0;
        for (Path file : files) {
            try {
                loaded.add(loader.load(file));
            } catch (ScenarioException e) {
                invalid++;
                e.problems().forEach(err::println);
            }
        }
        if (invalid > 0) {
            err.println("compare: " + invalid + " of " + files.size() + " scenario files are not valid; nothing was run");
            return null;
        }
        return loaded;
    }

    /** Options and combinations of scenarios that cannot be compared. */
    private List<String> usageProblems(List<LoadedScenario> loaded, List<LocalDate> keyDates) {
        List<String> problems = new ArrayList<>();
        if (runs != null && runs < 1) problems.add("--runs must be at least 1, got " + runs);
        Scenario first = loaded.get(0).scenario();
        Map<String, Path> ids = new HashMap<>();
        for (LoadedScenario l : loaded) {
            Scenario s = l.scenario();
            Path earlier = ids.putIfAbsent(s.id(), l.file());
            if (earlier != null) {
                problems.add("scenario id " + s.id() + " is used by both " + earlier + " and " + l.file()
                        + " (expected a distinct id per compared scenario)");
            }
            if (!s.start().equals(first.start()) || !s.horizon().equals(first.horizon())) {
                problems.add(l.file() + ": runs from " + s.start() + " to " + s.horizon() + " (expected the window of "
                        + loaded.get(0).file() + ", " + first.start() + " to " + first.horizon() + ")");
            }
        }
        problems.addAll(KeyDates.problems(keyDates, first.start(), first.horizon()));
        return problems;
    }

    /** Says on stderr when a scenario's own seed or run count is not the one used. */
    private void noteOverrides(List<LoadedScenario> loaded, int runCount, long commonSeed, PrintWriter err) {
        for (LoadedScenario l : loaded) {
            Scenario s = l.scenario();
            if (s.seed() != commonSeed) {
                err.println("compare: note: " + s.id() + " sets seed " + s.seed() + "; it runs with the common seed "
                        + commonSeed + " so that its runs pair with " + loaded.get(0).scenario().id() + "'s");
            }
            if (runs == null && s.runs() != runCount) {
                err.println("compare: note: " + s.id() + " sets runs " + s.runs() + "; every scenario runs " + runCount
                        + " (the first scenario's; --runs overrides)");
            }
        }
    }

    private static void write(Path folder, PairedComparison comparison, ComparisonJson.Setup setup) throws IOException {
        try (Writer csv = Files.newBufferedWriter(folder.resolve(CSV), StandardCharsets.UTF_8)) {
            ComparisonCsv.write(comparison, csv);
        }
        try (OutputStream json = Files.newOutputStream(folder.resolve(JSON))) {
            ComparisonJson.write(comparison, setup, json);
        }
        Path chart = folder.resolve(CHART);
        Files.createDirectories(chart.getParent());
        try (OutputStream png = Files.newOutputStream(chart)) {
            ComparisonChart.writePng(comparison, png);
        }
    }
}
