package org.treatysim.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.report.calibration.CalibrationCharts;
import org.treatysim.report.calibration.CalibrationFiles;
import org.treatysim.report.calibration.CalibrationOutcome;
import org.treatysim.report.chart.ChartFormat;
import org.treatysim.scenario.Calibration;
import org.treatysim.scenario.Hyperparameter;
import org.treatysim.scenario.Problem;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.stats.backtest.Backtest;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseForecast;
import org.treatysim.stats.backtest.CaseScore;
import org.treatysim.stats.backtest.ForecasterScore;
import org.treatysim.stats.calibration.GridSearch;

/**
 * {@code treatysim calibrate}'s work (docs/calibration.md): for every candidate of a grid over the
 * hyperparameters, applies the candidate's {@link Calibration} to every case's scenario and runs it
 * as {@code backtest} does ({@link BacktestJob#forecast}: runs 0..n−1 of the case's seed, so every
 * candidate sees the same random numbers), plus the uncalibrated model; scores every forecast with
 * {@link Backtest}; fits on all cases and, for cross-validation, on all cases but each one
 * ({@link GridSearch}); and writes {@code <out>/calibrate/} whole or not at all.
 */
final class CalibrateJob implements ResultsCommand.Work<CalibrationOutcome> {
    static final String FOLDER = "calibrate";
    static final String CALIBRATION = "calibration.yaml";
    static final String CV = "cv.csv";
    static final String GRID = "grid.csv";
    static final String SUMMARY = "summary.txt";
    /** Runs per case and candidate without {@code --runs}. */
    static final int DEFAULT_RUNS = 400;
    /** Grid values per hyperparameter without {@code --points}. */
    static final int DEFAULT_POINTS = 5;
    /** Bootstrap resamples of the cases for the fitted values' intervals. */
    static final int REPLICATES = 2000;

    /**
     * One {@code --fit NAME=LOW:HIGH}.
     *
     * @param hyperparameter which
     * @param low            the lowest value searched
     * @param high           the highest, &gt; low
     */
    record Fit(Hyperparameter hyperparameter, double low, double high) {
        Fit {
            Objects.requireNonNull(hyperparameter, "hyperparameter");
            if (!(low < high)) throw new IllegalArgumentException("empty range");
        }

        /**
         * {@code points} grid values from low to high: evenly spaced on a log scale for a multiplier
         * (so that 0.5 and 2 are as far from 1), evenly for a shift; rounded to 3 significant digits.
         */
        double[] values(int points) {
            double[] v = new double[points];
            boolean multiply = hyperparameter.operation() == Hyperparameter.Operation.MULTIPLY;
            for (int i = 0; i < points; i++) {
                double t = points == 1 ? 0.5 : i / (double) (points - 1);
                double x = multiply ? StrictMath.exp(StrictMath.log(low) + t * (StrictMath.log(high) - StrictMath.log(low)))
                        : low + t * (high - low);
                v[i] = Double.parseDouble(String.format(java.util.Locale.ROOT, "%.3g", x));
            }
            return v;
        }
    }

    /**
     * How to calibrate.
     *
     * @param fits    the hyperparameters and their ranges, at least one, each once
     * @param points  grid values per hyperparameter, &ge; 2
     * @param runs    runs per case and candidate, &ge; 1
     * @param seed    the master seed of every case, or null for each case's own
     * @param threads worker threads, &ge; 1
     * @param out     the folder that holds results folders
     * @param force   replace an existing {@code <out>/calibrate/}
     * @param command the command line, for calibration.yaml's header
     */
    record Options(List<Fit> fits, int points, int runs, Long seed, int threads, Path out, boolean force,
                   String command) {
        Options {
            fits = List.copyOf(fits);
            Objects.requireNonNull(out, "out");
            if (fits.isEmpty()) throw new IllegalArgumentException("nothing to fit");
            if (points < 2 || runs < 1 || threads < 1) throw new IllegalArgumentException("points, runs or threads");
        }
    }

    private final List<BacktestJob.Case> cases;
    private final Options options;
    private final List<GridSearch.Axis> axes;
    /** Per case, per candidate (the grid's, then the uncalibrated model last): the scenario to run. */
    private final List<List<Scenario>> scenarios;

    private CalibrateJob(List<BacktestJob.Case> cases, Options options, List<GridSearch.Axis> axes,
                         List<List<Scenario>> scenarios) {
        this.cases = List.copyOf(cases);
        this.options = options;
        this.axes = List.copyOf(axes);
        this.scenarios = scenarios;
    }

    /**
     * The job, with every candidate applied to every case first: a candidate that a case's values
     * cannot take (a multiplier that pushes a probability past 1, a shift of a beta distribution)
     * refuses the whole calibration before anything runs.
     *
     * @throws ScenarioException with every such problem, located at the case's scenario file
     * @throws IllegalArgumentException with fewer than two cases (cross-validation needs them)
     */
    static CalibrateJob prepare(List<BacktestJob.Case> cases, Options options) throws ScenarioException {
        if (cases.size() < 2) throw new IllegalArgumentException("calibration needs at least two cases");
        List<GridSearch.Axis> axes = options.fits().stream()
                .map(f -> new GridSearch.Axis(f.hyperparameter().key(), f.values(options.points()))).toList();
        List<double[]> grid = GridSearch.candidates(axes);
        List<Problem> problems = new ArrayList<>();
        List<List<Scenario>> scenarios = new ArrayList<>();
        for (BacktestJob.Case c : cases) {
            List<Scenario> perCandidate = new ArrayList<>();
            String file = c.inputs().loaded().file().toString();
            for (double[] values : grid) {
                try {
                    perCandidate.add(calibration(options, values).apply(c.inputs().scenario(), file,
                            c.inputs().loaded().sources()));
                } catch (ScenarioException e) {
                    e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
                }
            }
            perCandidate.add(c.inputs().scenario());
            scenarios.add(perCandidate);
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return new CalibrateJob(cases, options, axes, scenarios);
    }

    /** The candidate's values as a calibration (named after the --fit options in messages). */
    private static Calibration calibration(Options options, double[] values) {
        List<Calibration.Setting> settings = new ArrayList<>();
        for (int i = 0; i < values.length; i++) {
            settings.add(new Calibration.Setting(options.fits().get(i).hyperparameter(), values[i]));
        }
        return new Calibration("a candidate of --fit", "", List.of(), settings);
    }

    @Override
    public Path target() {
        return options.out().resolve(FOLDER);
    }

    /** The runs of every candidate on every case under one progress bar, then the fits and scores. */
    @Override
    public CalibrationOutcome run(Path folder, ProgressListener progress) throws InterruptedException {
        int candidates = scenarios.get(0).size();
        long total = (long) candidates * cases.size() * options.runs();
        MonteCarloEngine engine = new MonteCarloEngine(options.threads());
        // forecasts[k][c]: candidate k's forecast of case c.
        List<List<CaseForecast>> forecasts = new ArrayList<>();
        for (int k = 0; k < candidates; k++) forecasts.add(new ArrayList<>());
        long before = 0;
        for (int c = 0; c < cases.size(); c++) {
            for (int k = 0; k < candidates; k++) {
                long offset = before;
                ProgressListener overall = (stage, done, count) -> progress.progress("runs", offset + done, total);
                // The case's scenario already has the --seed, if one was given (BacktestJob.load).
                forecasts.get(k).add(BacktestJob.forecast(cases.get(c), scenarios.get(c).get(k), false, options.runs(),
                        engine, overall));
                before += options.runs();
            }
        }
        if (Thread.interrupted()) throw new InterruptedException("stopped before scoring");
        return outcome(axes, forecasts, setup());
    }

    /**
     * Fits and scores: {@code forecasts.get(k).get(c)} is candidate k's forecast of case c, the
     * grid's candidates first ({@link GridSearch#candidates(List)} order) and the uncalibrated
     * model last.
     */
    static CalibrationOutcome outcome(List<GridSearch.Axis> axes, List<List<CaseForecast>> forecasts,
                                      CalibrationOutcome.Setup setup) {
        int candidates = forecasts.size();
        int caseCount = forecasts.get(0).size();
        double[][] logSums = new double[caseCount][candidates];
        double[][] brierSums = new double[caseCount][candidates];
        int[] outcomes = new int[caseCount];
        for (int k = 0; k < candidates; k++) {
            // One replicate: only the per-case scores are wanted here, not their intervals.
            BacktestResult scored = Backtest.score(forecasts.get(k), 1, BacktestJob.BOOTSTRAP_SEED);
            for (int c = 0; c < caseCount; c++) {
                CaseScore s = scored.byCase().get(c);
                ForecasterScore ours = s.of(Backtest.TREATYSIM);
                logSums[c][k] = ours.logScore() * s.outcomes();
                brierSums[c][k] = ours.brier() * s.outcomes();
                outcomes[c] = s.outcomes();
            }
        }
        List<GridSearch.CaseScores> scores = new ArrayList<>();
        for (int c = 0; c < caseCount; c++) {
            scores.add(new GridSearch.CaseScores(forecasts.get(0).get(c).id(), outcomes[c], logSums[c],
                    brierSums[c]));
        }
        GridSearch search = new GridSearch(axes, scores);
        List<double[]> grid = search.candidates();
        int best = search.best(search.allCases());
        int[] heldOutChoice = search.leaveOneOut();
        List<CaseForecast> heldOut = new ArrayList<>();
        List<double[]> heldOutValues = new ArrayList<>();
        for (int c = 0; c < caseCount; c++) {
            heldOut.add(forecasts.get(heldOutChoice[c]).get(c));
            heldOutValues.add(grid.get(heldOutChoice[c]));
        }
        List<CalibrationOutcome.Candidate> rows = new ArrayList<>();
        for (int k = 0; k < grid.size(); k++) {
            rows.add(new CalibrationOutcome.Candidate(grid.get(k), search.meanLog(k, search.allCases()),
                    search.meanBrier(k, search.allCases())));
        }
        List<CalibrationOutcome.Hyper> hypers = axes.stream().map(a -> {
            Hyperparameter h = Hyperparameter.byKey(a.name()).orElseThrow();
            return new CalibrationOutcome.Hyper(h.key(), h.operation() == Hyperparameter.Operation.MULTIPLY,
                    h.describe());
        }).toList();
        return new CalibrationOutcome(hypers, search.fit(setup.replicates(), setup.bootstrapSeed()), rows,
                Backtest.score(forecasts.get(best), BacktestJob.BOOTSTRAP_SEED),
                Backtest.score(heldOut, BacktestJob.BOOTSTRAP_SEED),
                Backtest.score(forecasts.get(candidates - 1), BacktestJob.BOOTSTRAP_SEED), heldOutValues, setup);
    }

    private CalibrationOutcome.Setup setup() {
        return new CalibrationOutcome.Setup(options.command(), LocalDate.now(ZoneOffset.UTC).toString(),
                VersionProvider.version(), options.runs(), options.seed() == null ? "each case's own seed"
                : "seed " + options.seed() + " for every case (--seed)", REPLICATES, BacktestJob.BOOTSTRAP_SEED);
    }

    /** Writes calibration.yaml, cv.csv, grid.csv, summary.txt and the charts into {@code folder}. */
    @Override
    public void write(CalibrationOutcome outcome, Path folder) throws IOException, InterruptedException {
        ResultsFiles.writeText(folder, CALIBRATION, w -> CalibrationFiles.writeCalibration(outcome, w));
        ResultsFiles.writeText(folder, CV, w -> CalibrationFiles.writeCv(outcome, w));
        ResultsFiles.writeText(folder, GRID, w -> CalibrationFiles.writeGrid(outcome, w));
        Files.write(folder.resolve(SUMMARY), (String.join("\n", CalibrationFiles.summary(outcome, "–")) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        ResultsFiles.writeCharts(folder, CalibrationCharts.build(outcome),
                EnumSet.of(ChartFormat.PNG, ChartFormat.SVG));
    }
}
