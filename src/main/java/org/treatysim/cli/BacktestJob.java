package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Components;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.conditioning.DatedEvent;
import org.treatysim.montecarlo.conditioning.OutcomeAccumulator;
import org.treatysim.report.backtest.BacktestCharts;
import org.treatysim.report.backtest.BacktestFiles;
import org.treatysim.report.backtest.BacktestJson;
import org.treatysim.report.backtest.BacktestPage;
import org.treatysim.report.backtest.BacktestProvenance;
import org.treatysim.report.chart.ChartFormat;
import org.treatysim.report.chart.NamedChart;
import org.treatysim.scenario.Observation;
import org.treatysim.model.spec.Milestone;
import org.treatysim.scenario.Problem;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.Wilson;
import org.treatysim.stats.backtest.Backtest;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseForecast;
import org.treatysim.stats.backtest.CaseHistory;
import org.treatysim.stats.backtest.DatedOutcome;
import org.treatysim.stats.backtest.ForecastCurve;

/**
 * {@code treatysim backtest}'s work (docs/backtest.md): finds the case folders, loads every case
 * (refusing the whole backtest, with every problem located, when any case cannot be expressed),
 * runs each case's scenario as {@code run} would, counts the share of runs in which each outcome's
 * event happened by its date and each event's curve, scores the corpus
 * ({@link Backtest}) and writes {@code <out>/backtest/}, all into a {@link ResultsFolder} that is
 * published only when everything is written ({@link ResultsCommand#publish}).
 */
final class BacktestJob implements ResultsCommand.Work<BacktestJob.Scored> {
    /** The results folder's name under {@code --out}. */
    static final String FOLDER = "backtest";
    /** A case folder's files. */
    static final String SCENARIO_FILE = "scenario.yaml";
    static final String OUTCOMES_FILE = "outcomes.yaml";
    /** The results folder's files, besides {@link ResultsFiles#SUMMARY_JSON} and {@link ResultsFiles#CHARTS}. */
    static final String SCORECARD = "scorecard.csv";
    static final String CURVES = "curves.csv";
    static final String HTML = "backtest.html";
    /** Runs per case without {@code --runs}: the scenario's own, at most this many. */
    static final int MAX_DEFAULT_RUNS = 5000;
    /** The seed of the bootstrap's resamples of the cases (recorded in summary.json). */
    static final long BOOTSTRAP_SEED = 1;
    /** Most points of a case's curves; a longer window is drawn every few steps. */
    static final int MAX_CURVE_POINTS = 400;
    /** What a case folder may be called: its name is the case's id in every file. */
    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final List<Case> cases;
    private final Options options;
    private final CaseCounter counter;

    /**
     * Counts a case's runs 0..n−1: on this machine's threads, or elsewhere (the Spark module).
     */
    @FunctionalInterface
    interface CaseCounter {
        /**
         * @param index     the case's place in the backtest, from 0
         * @param c         the case
         * @param runs      its runs
         * @param questions what to count ({@link #questions})
         * @param progress  told of the runs done
         * @throws InterruptedException when stopped
         */
        OutcomeAccumulator count(int index, Case c, int runs, List<DatedEvent> questions, ProgressListener progress)
                throws InterruptedException;
    }

    /**
     * The backtest of {@code cases}, as loaded ({@link #load}), run as {@code options} say.
     *
     * @throws IllegalArgumentException when there is no case
     */
    BacktestJob(List<Case> cases, Options options) {
        this(cases, options, null);
    }

    /**
     * The backtest of {@code cases} whose runs {@code counter} counts (null: this machine's threads).
     *
     * @throws IllegalArgumentException when there is no case
     */
    BacktestJob(List<Case> cases, Options options, CaseCounter counter) {
        if (cases.isEmpty()) throw new IllegalArgumentException("no cases");
        this.cases = List.copyOf(cases);
        this.options = Objects.requireNonNull(options, "options");
        MonteCarloEngine engine = new MonteCarloEngine(options.threads());
        this.counter = counter != null ? counter : (index, c, runs, questions, progress) -> engine.run(
                () -> new Simulation(c.inputs().scenario()), 0, runs, () -> new OutcomeAccumulator(questions), null,
                "runs", progress);
    }

    /** A command-line argument that names no usable case: a usage error (exit status 2). */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    /**
     * A case as loaded.
     *
     * @param id     the case folder's name
     * @param folder the case folder
     * @param inputs its scenario (with the {@code --seed} override) and outcomes
     */
    record Case(String id, Path folder, InputFiles inputs) {
        Case {
            Components.requireNonNull("id, folder, inputs", id, folder, inputs);
        }
    }

    /**
     * How to run the cases.
     *
     * @param runs    runs per case, or null for min(the case's runs, {@link #MAX_DEFAULT_RUNS})
     * @param seed    the master seed of every case, or null for each case's own
     * @param threads worker threads, &ge; 1
     * @param out     the folder that holds results folders
     * @param force   replace an existing {@code <out>/backtest/}
     */
    record Options(Integer runs, Long seed, int threads, Path out, boolean force) {
        Options {
            Objects.requireNonNull(out, "out");
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
            if (runs != null && runs < 1) throw new IllegalArgumentException("runs must be >= 1");
        }

        /** The results folder. */
        Path target() {
            return out.resolve(FOLDER);
        }
    }

    /**
     * What the runs gave.
     *
     * @param result     the scores
     * @param provenance where they come from
     */
    record Scored(BacktestResult result, BacktestProvenance provenance) { }

    /**
     * The case folders the arguments name, in order: an argument holding {@value #SCENARIO_FILE} or
     * {@value #OUTCOMES_FILE} is a case; any other folder holds cases, each of its subfolders (by
     * name; hidden ones aside) one case. A subfolder without the files is a case all the same, so
     * that loading it says what is missing rather than leaving it out.
     *
     * @throws UsageException for an argument that is not a folder or holds no case, a folder name
     *                        that cannot be a case id, or two cases with one name
     */
    static List<Path> caseFolders(List<Path> arguments) throws UsageException {
        List<Path> folders = new ArrayList<>();
        for (Path argument : arguments) {
            if (!Files.exists(argument)) {
                throw new UsageException(argument + ": no such folder (expected a case folder with " + SCENARIO_FILE
                        + " and " + OUTCOMES_FILE + ", or a folder of case folders)");
            }
            if (!Files.isDirectory(argument)) {
                throw new UsageException(argument + " is not a folder (expected a case folder with " + SCENARIO_FILE
                        + " and " + OUTCOMES_FILE + ", or a folder of case folders)");
            }
            if (Files.exists(argument.resolve(SCENARIO_FILE), LinkOption.NOFOLLOW_LINKS)
                    || Files.exists(argument.resolve(OUTCOMES_FILE), LinkOption.NOFOLLOW_LINKS)) {
                folders.add(argument);
                continue;
            }
            List<Path> cases;
            try (Stream<Path> children = Files.list(argument)) {
                cases = children.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().toList();
            } catch (IOException e) {
                throw new UsageException(argument + ": cannot list the folder: " + CommandFailure.reason(e));
            }
            if (cases.isEmpty()) {
                throw new UsageException(argument + " holds no case (expected " + SCENARIO_FILE + " and "
                        + OUTCOMES_FILE + " in it, or folders that hold them)");
            }
            folders.addAll(cases);
        }
        Map<String, Path> byId = new HashMap<>();
        for (Path folder : folders) {
            String id = caseId(folder);
            if (!CASE_ID.matcher(id).matches()) {
                throw new UsageException(folder + ": the case folder's name '" + id + "' cannot be a case id"
                        + " (expected letters, digits, '.', '-' and '_', starting with a letter or digit)");
            }
            Path earlier = byId.putIfAbsent(id, folder);
            if (earlier != null) {
                throw new UsageException("two cases named " + id + ": " + earlier + " and " + folder
                        + " (expected each case once, in folders of different names)");
            }
        }
        return List.copyOf(folders);
    }

    private static String caseId(Path folder) {
        Path name = folder.toAbsolutePath().normalize().getFileName();
        return name == null ? folder.toString() : name.toString();
    }

    /**
     * Loads every case: its {@value #SCENARIO_FILE} and its {@value #OUTCOMES_FILE}, whose dates must
     * lie in the scenario's window and whose events the model must count. Other forecasters'
     * entries in an outcomes file are not part of the backtest; that is said on {@code err}.
     *
     * @param seed        the {@code --seed} override, or null
     * @param calibration the {@code --calibration} file applied to every case, or null for each case's own
     * @throws ScenarioException with every problem of every case, each located FILE:LINE:COLUMN
     */
    static List<Case> load(List<Path> folders, Long seed, Path calibration, PrintWriter err)
            throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<Case> cases = new ArrayList<>();
        for (Path folder : folders) {
            try {
                InputFiles inputs = InputFiles.load(folder.resolve(SCENARIO_FILE), folder.resolve(OUTCOMES_FILE), seed,
                        calibration);
                cases.add(new Case(caseId(folder), folder, inputs));
                int others = inputs.observations().forecasts().size();
                if (others > 0) {
                    notes.add("treatysim backtest: " + inputs.observations().file() + ": " + others
                            + (others == 1 ? " forecast by another forecaster is" : " forecasts by other forecasters"
                            + " are") + " not part of the backtest (treatysim score scores them)");
                }
            } catch (ScenarioException e) {
                refused.add(caseId(folder));
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            // The command line prints the located problems under this line.
            err.println("treatysim backtest: " + refused.size() + " of " + folders.size() + " case"
                    + (folders.size() == 1 ? "" : "s") + " cannot be backtested (" + String.join(", ", refused)
                    + "); nothing was run or written:");
            err.flush();
            throw new ScenarioException(problems);
        }
        notes.forEach(err::println);
        err.flush();
        return List.copyOf(cases);
    }

    /**
     * Runs the backtest on its own (without a command's progress bar and messages).
     *
     * @throws ResultsFolder.TargetExistsException when the folder exists and {@code force} is off
     * @throws InterruptedException when interrupted; nothing is left on disk
     */
    static ResultsCommand.Published<Scored> run(List<Case> cases, Options options, ProgressListener progress)
            throws IOException, InterruptedException {
        try {
            return ResultsCommand.publish(new BacktestJob(cases, options), options.force(), progress);
        } catch (CommandFailure impossible) {
            throw new IllegalStateException("a backtest's runs always give scores", impossible);
        }
    }

    @Override
    public Path target() {
        return options.target();
    }

    /** Runs every case, with one progress over all their runs, and scores the corpus. */
    @Override
    public Scored run(Path folder, ProgressListener progress) throws InterruptedException {
        List<Integer> runs = cases.stream().map(c -> runsOf(c, options)).toList();
        long total = runs.stream().mapToLong(Integer::longValue).sum();
        List<CaseForecast> forecasts = new ArrayList<>();
        long before = 0;
        for (int i = 0; i < cases.size(); i++) {
            long offset = before;
            // One bar over every case's runs: each case's progress shifted by the runs before it.
            ProgressListener overall = (stage, done, count) -> progress.progress("runs", offset + done, total);
            Case c = cases.get(i);
            List<DatedEvent> questions = questions(c);
            forecasts.add(forecast(c, questions, counter.count(i, c, runs.get(i), questions, overall)));
            before += runs.get(i);
        }
        if (Thread.interrupted()) throw new InterruptedException("stopped before scoring");
        return new Scored(Backtest.score(forecasts, BOOTSTRAP_SEED), provenance(cases, options));
    }

    /** Writes scorecard.csv, curves.csv, summary.json, the charts and backtest.html into {@code folder}. */
    @Override
    public void write(Scored scored, Path folder) throws IOException, InterruptedException {
        BacktestResult result = scored.result();
        BacktestProvenance provenance = scored.provenance();
        ResultsFiles.writeText(folder, SCORECARD, w -> BacktestFiles.writeScorecard(result, w));
        ResultsFiles.writeText(folder, CURVES, w -> BacktestFiles.writeCurves(result, w));
        ResultsFiles.writeBytes(folder, ResultsFiles.SUMMARY_JSON, o -> BacktestJson.write(result, provenance, o));
        List<NamedChart> charts = BacktestCharts.build(result, provenance);
        ResultsFiles.writeCharts(folder, charts, EnumSet.allOf(ChartFormat.class));
        Files.write(folder.resolve(HTML), BacktestPage.render(result, provenance, charts));
    }

    /** The case's runs: {@code --runs}, or its scenario's, at most {@link #MAX_DEFAULT_RUNS}. */
    static int runsOf(Case c, Options options) {
        return options.runs() != null ? options.runs() : Math.min(c.inputs().scenario().runs(), MAX_DEFAULT_RUNS);
    }

    /**
     * Runs {@code scenario}, the case's own or a variant of it (e.g. calibrated), runs 0..n−1 of its
     * seed, and counts the case's outcomes and, when {@code withCurves}, its curves (without them:
     * no curves, and the runs are quicker).
     */
    static CaseForecast forecast(Case c, Scenario scenario, boolean withCurves, int runs, MonteCarloEngine engine,
                                 ProgressListener progress) throws InterruptedException {
        List<DatedEvent> questions = questions(c, scenario, withCurves);
        OutcomeAccumulator counts = engine.run(() -> new Simulation(scenario), 0, runs,
                () -> new OutcomeAccumulator(questions), null, "runs", progress);
        return forecast(c, questions, counts);
    }

    /**
     * What a case's runs count: whether each outcome happened by its date, then each outcome's
     * event by each of the curve's dates ({@link #curveDates}).
     */
    static List<DatedEvent> questions(Case c) {
        return questions(c, c.inputs().scenario(), true);
    }

    /** The outcomes' questions, then, when {@code withCurves}, each event by each date of the scenario's curve. */
    private static List<DatedEvent> questions(Case c, Scenario scenario, boolean withCurves) {
        List<Observation> outcomes = c.inputs().observations().observations();
        List<DatedEvent> questions = new ArrayList<>();
        outcomes.forEach(o -> questions.add(ObservationConditions.question(o)));
        List<LocalDate> dates = withCurves ? curveDates(scenario) : List.of();
        for (Milestone event : events(outcomes)) {
            for (LocalDate date : dates) questions.add(new DatedEvent(event, date));
        }
        return List.copyOf(questions);
    }

    /** The events the outcomes name, in order, each once. */
    private static LinkedHashSet<Milestone> events(List<Observation> outcomes) {
        LinkedHashSet<Milestone> events = new LinkedHashSet<>();
        outcomes.forEach(o -> events.add(o.event()));
        return events;
    }

    /** The forecasts and curves of a case from the counts of its runs of {@link #questions}. */
    static CaseForecast forecast(Case c, List<DatedEvent> questions, OutcomeAccumulator counts) {
        if (!counts.questions().equals(questions)) throw new IllegalArgumentException("counts of other questions");
        Scenario scenario = c.inputs().scenario();
        List<Observation> outcomes = c.inputs().observations().observations();
        LinkedHashSet<Milestone> events = events(outcomes);
        List<LocalDate> dates = curveDates(scenario);
        boolean withCurves = questions.size() > outcomes.size();
        List<Estimate> forecasts = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) forecasts.add(Wilson.estimate(counts.happened(i), counts.runs()));
        List<ForecastCurve> curves = new ArrayList<>();
        int next = outcomes.size();
        for (Milestone event : withCurves ? events : List.<Milestone>of()) {
            List<Estimate> curve = new ArrayList<>();
            for (int d = 0; d < dates.size(); d++) curve.add(Wilson.estimate(counts.happened(next++), counts.runs()));
            curves.add(new ForecastCurve(event.key(), dates, curve));
        }
        CaseHistory history = new CaseHistory(c.id(), scenario.start(), outcomes.stream()
                .map(o -> new DatedOutcome(o.event().key(), o.date(), o.happened())).toList());
        return new CaseForecast(history, scenario.id(), scenario.title(), scenario.horizon(), scenario.seed(),
                counts.runs(), forecasts, curves);
    }

    /**
     * The dates of a case's curves: the start and every model step's day after it (every few steps
     * when there are more than {@link #MAX_CURVE_POINTS}), and the horizon.
     */
    static List<LocalDate> curveDates(Scenario scenario) {
        long days = ChronoUnit.DAYS.between(scenario.start(), scenario.horizon());
        long steps = days / scenario.stepDays();
        long every = Math.max(1, (steps + MAX_CURVE_POINTS - 2) / (MAX_CURVE_POINTS - 1));
        List<LocalDate> dates = new ArrayList<>();
        for (long k = 0; k <= steps; k += every) dates.add(scenario.start().plusDays(k * scenario.stepDays()));
        if (dates.get(dates.size() - 1).isBefore(scenario.horizon())) dates.add(scenario.horizon());
        return List.copyOf(dates);
    }

    private static BacktestProvenance provenance(List<Case> cases, Options options) {
        List<BacktestProvenance.CaseSource> sources = cases.stream().map(c -> new BacktestProvenance.CaseSource(c.id(),
                c.inputs().loaded().file().toString(), c.inputs().observations().file(), c.inputs().loaded().sha256(),
                c.inputs().loaded().calibration().map(ResultsCommand::note).orElse(null)))
                .toList();
        String runs = options.runs() == null ? "min(the case's runs, " + MAX_DEFAULT_RUNS + ")"
                : options.runs() + " per case (--runs)";
        String seeds = options.seed() == null ? "each case's own seed" : options.seed() + " for every case (--seed)";
        return new BacktestProvenance(VersionProvider.version(), System.getProperty("java.version"),
                ResultsCommand.now(), runs, seeds, sources);
    }
}
