package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.compare.KeyDates;
import org.treatysim.montecarlo.compare.PairedRuns;
import org.treatysim.report.compare.ComparisonChart;
import org.treatysim.report.compare.ComparisonCsv;
import org.treatysim.report.compare.ComparisonJson;
import org.treatysim.report.compare.ComparisonReport;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.stats.PairedComparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treatysim compare SCENARIO...}: runs two or more scenarios with common random numbers,
 * pairs run i of every scenario with run i of the first, and writes
 * {@code <out>/compare-<first id>-vs-<other ids joined by +>/}: comparison.csv, compare.json and
 * charts/comparison.png, .svg and .pdf, whole or not at all; prints the table on stdout. The folder
 * names every scenario, so that two comparisons against the same reference do not overwrite each other.
 */
@Command(name = "compare",
        sortOptions = false,
        description = {
            "Runs two or more scenarios with common random numbers and compares them with the first: run i of"
                    + " every scenario uses run index i and the same seed, so the runs pair one to one.",
            "Writes OUT/compare-<first id>-vs-<other ids joined by +>/ (comparison.csv, compare.json,"
                    + " charts/comparison.png|svg|pdf) whole or"
                    + " not at all, and prints the table: P(signed by each key date) and P(text agreed by the"
                    + " horizon) with 95%% Wilson intervals, and each scenario's paired difference from the first with"
                    + " its 95%% Tango score interval.",
            "All scenarios must share start and horizon. Every scenario is validated first; any invalid one stops"
                    + " the command before anything runs.",
            "Exit status 0 on success, 2 for invalid scenarios, options, an existing folder without --force or"
                    + " one that another job is writing, 1 for anything else."
        })
public final class CompareCommand extends ResultsCommand<PairedComparison> {
    /** File names inside the comparison folder. */
    static final String CSV = "comparison.csv";
    static final String JSON = "compare.json";
    static final String CHART = ResultsFiles.CHARTS + "/comparison.png";
    static final String CHART_SVG = ResultsFiles.CHARTS + "/comparison.svg";
    static final String CHART_PDF = ResultsFiles.CHARTS + "/comparison.pdf";

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

    /** Where the common seed came from: {@code --seed}, or the first scenario's id. */
    private String seedFrom;

    /**
     * The comparison to run and write.
     *
     * @param target   {@code <out>/compare-<first id>}
     * @param loaded   the scenarios as loaded, the reference first
     * @param keyDates the dates P(signed) is compared at
     * @param runs     runs per scenario
     * @param seed     the common master seed
     * @param setup    where the seed and dates came from, for compare.json
     * @param workers  worker threads
     */
    private record Comparison(Path target, List<LoadedScenario> loaded, List<LocalDate> keyDates, int runs, long seed,
                              ComparisonJson.Setup setup, int workers) implements Work<PairedComparison> {
        @Override
        public PairedComparison run(Path folder, ProgressListener progress) throws InterruptedException {
            List<PairedRuns.Arm> arms = new ArrayList<>();
            for (LoadedScenario l : loaded) {
                Scenario common = l.scenario().withRunsAndSeed(runs, seed);
                arms.add(new PairedRuns.Arm(common, () -> new Simulation(common)));
            }
            PairedRuns.Result result = new PairedRuns(new MonteCarloEngine(workers)).run(arms, keyDates, runs,
                    progress);
            Instant now = now();
            return result.freeze(loaded.stream().map(l -> provenance(l.scenario(), l.sha256(), runs, seed, now,
                    l.calibration()))
                    .toList());
        }

        @Override
        public void write(PairedComparison comparison, Path folder) throws IOException {
            ResultsFiles.writeText(folder, CSV, csv -> ComparisonCsv.write(comparison, csv));
            ResultsFiles.writeBytes(folder, JSON, json -> ComparisonJson.write(comparison, setup, json));
            Files.createDirectories(folder.resolve(ResultsFiles.CHARTS));
            ResultsFiles.writeBytes(folder, CHART, png -> ComparisonChart.writePng(comparison, png));
            ResultsFiles.writeBytes(folder, CHART_SVG, svg -> ComparisonChart.writeSvg(comparison, svg));
            ResultsFiles.writeBytes(folder, CHART_PDF, pdf -> ComparisonChart.writePdf(comparison, pdf));
        }
    }

    /** Every scenario validated, and the scenarios checked against each other, before anything runs. */
    @Override
    List<Comparison> prepare(int workers) throws CommandFailure {
        ScenarioFiles scenarios = ScenarioFiles.load(files, job.calibration);
        if (scenarios.invalid() > 0) {
            List<String> problems = new ArrayList<>(scenarios.problems());
            problems.add("compare: " + scenarios.invalid() + " of " + files.size() + " scenario files are not valid;"
                    + " nothing was run");
            throw CommandFailure.invalid(problems);
        }
        List<LoadedScenario> loaded = scenarios.loaded();
        Scenario first = loaded.get(0).scenario();
        List<LocalDate> keyDates = dates == null ? KeyDates.defaults(first) : KeyDates.normalise(dates);
        List<String> problems = usageProblems(loaded, keyDates);
        if (!problems.isEmpty()) {
            throw CommandFailure.invalid(problems.stream().map(p -> "compare: " + p).toList());
        }
        int runCount = runs != null ? runs : first.runs();
        long commonSeed = job.seed != null ? job.seed : first.seed();
        seedFrom = job.seed != null ? ComparisonReport.SEED_OPTION : first.id();
        noteOverrides(loaded, runCount, commonSeed, err());

        List<ComparisonJson.Source> sources = loaded.stream().map(l -> new ComparisonJson.Source(l.file().toString(),
                l.scenario().seed(), l.scenario().runs())).toList();
        ComparisonJson.Setup setup = new ComparisonJson.Setup(sources, seedFrom, dates == null ? "default" : "--dates");
        return List.of(new Comparison(target(loaded.stream().map(l -> l.scenario().id()).toList()), loaded, keyDates,
                runCount, commonSeed, setup, workers));
    }

    /** {@code <out>/compare-<first>-vs-<second>+<third>…}: every compared scenario in the name. */
    private Path target(List<String> ids) {
        return job.out.resolve(folderName(ids));
    }

    /** The comparison folder's name for these scenario ids, the reference first. */
    static String folderName(List<String> ids) {
        return "compare-" + ids.get(0) + "-vs-" + String.join("+", ids.subList(1, ids.size()));
    }

    @Override
    void report(PairedComparison comparison, Path folder) {
        PrintWriter stdout = out();
        ComparisonReport.lines(comparison, seedFrom, unicodeOut()).forEach(stdout::println);
        stdout.println();
        stdout.println("Written: " + target(comparison.scenarios().stream().map(s -> s.provenance().scenario()).toList())
                + " (" + CSV + ", " + JSON + ", " + CHART + ", " + CHART_SVG + ", " + CHART_PDF + ")");
    }

    /** Options and combinations of scenarios that cannot be compared. */
    private List<String> usageProblems(List<LoadedScenario> loaded, List<LocalDate> keyDates) {
        List<String> problems = new ArrayList<>();
        belowLeast("--runs", runs, 1).ifPresent(problems::add);
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
}
