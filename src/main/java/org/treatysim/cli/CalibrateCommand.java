package org.treatysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.treatysim.report.calibration.CalibrationFiles;
import org.treatysim.report.calibration.CalibrationOutcome;
import org.treatysim.scenario.Hyperparameter;
import org.treatysim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treatysim calibrate DIR... --fit NAME=LOW:HIGH ...}: fits global hyperparameters to a
 * corpus of past negotiations by minimising the mean log score, and judges the fit by
 * leave-one-case-out cross-validation ({@link CalibrateJob} does the work; see docs/calibration.md).
 * Writes {@code <out>/calibrate/} whole or not at all and prints the summary.
 */
@Command(name = "calibrate",
        sortOptions = false,
        description = {
            "Fits global hyperparameters (each a multiplier on, or a shift of, a family of scenario parameters) to"
                    + " a corpus of past negotiations: a grid search that minimises the mean log score of the"
                    + " backtest, with the same runs for every candidate; then leave-one-case-out"
                    + " cross-validation, each case scored under the hyperparameters fitted without it, beside the"
                    + " uncalibrated model and the backtest's reference forecasters.",
            "Writes <out>/calibrate/: calibration.yaml (for a scenario's calibration key or --calibration), cv.csv,"
                    + " grid.csv, summary.txt, charts/score-<name>.png and .svg; prints the summary, with a warning when the"
                    + " in-sample gain is not kept out of sample.",
            "Exit status 0 on success, 2 for a case that cannot be backtested or a candidate a case cannot take"
                    + " (every problem located), invalid options, an existing folder without --force or one that"
                    + " another job is writing, 1 for anything else."
        })
public final class CalibrateCommand extends ResultsCommand<CalibrationOutcome> {

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "A case folder (scenario.yaml and outcomes.yaml), or a folder of case folders such as"
                    + " scenarios/cases; at least two cases in all.")
    List<Path> folders;

    @Option(names = "--fit", paramLabel = "NAME=LOW:HIGH", required = true,
            description = "A hyperparameter and the range searched, e.g. patience=0.5:2; repeat for each. Names: "
                    + "patience, stance, mediatorLeverage, sidePayment, deadlinePressure, clashHazard (multipliers,"
                    + " > 0), batnaShift (a shift).")
    List<String> fit;

    @Option(names = "--points", paramLabel = "N",
            description = "Grid values per hyperparameter, at least 2 (default: " + CalibrateJob.DEFAULT_POINTS
                    + "; log-spaced for a multiplier).")
    int points = CalibrateJob.DEFAULT_POINTS;

    @Option(names = "--runs", paramLabel = "N",
            description = "Runs per case and candidate (default: " + CalibrateJob.DEFAULT_RUNS + ").")
    int runs = CalibrateJob.DEFAULT_RUNS;

    @Option(names = "--method", paramLabel = "grid",
            description = "The search: grid (the only one; a Bayesian optimiser would need a library this build"
                    + " does not have).")
    String method = "grid";

    @Mixin
    JobOptions job;

    private List<CalibrateJob.Fit> fits;

    @Override
    void checkOptions() {
        if (!method.equals("grid")) {
            throw usage("--method " + method + " is not available (expected grid: a Bayesian optimiser would need"
                    + " a Gaussian-process library that this build does not include)");
        }
        requireAtLeast("--points", points, 2);
        requireAtLeast("--runs", runs, 1);
        if (job.calibration != null) {
            throw usage("--calibration does not apply to calibrate, which fits a calibration (expected the cases"
                    + " without it)");
        }
        fits = new ArrayList<>();
        Set<Hyperparameter> seen = new HashSet<>();
        for (String spec : fit) {
            CalibrateJob.Fit parsed = parse(spec);
            if (!seen.add(parsed.hyperparameter())) {
                throw usage("--fit " + parsed.hyperparameter().key() + " is given twice (expected each hyperparameter"
                        + " once)");
            }
            fits.add(parsed);
        }
        double candidates = StrictMath.pow(points, fits.size());
        if (candidates > 10_000) {
            throw usage(String.format(java.util.Locale.ROOT, "%d values for %d hyperparameters make %.0f candidates"
                    + " (expected at most 10,000: fewer --points or hyperparameters)", points, fits.size(), candidates));
        }
    }

    /** {@code NAME=LOW:HIGH}. */
    private CalibrateJob.Fit parse(String spec) {
        String expected = " (expected NAME=LOW:HIGH, e.g. patience=0.5:2, NAME one of "
                + String.join(", ", Hyperparameter.keys()) + ")";
        int eq = spec.indexOf('=');
        int colon = spec.indexOf(':', Math.max(eq, 0));
        if (eq < 0 || colon < 0) throw usage("--fit " + spec + " is not a range" + expected);
        String name = spec.substring(0, eq).strip();
        Hyperparameter h = Hyperparameter.byKey(name)
                .orElseThrow(() -> usage("--fit " + spec + ": no hyperparameter '" + name + "'" + expected));
        double low;
        double high;
        try {
            low = Double.parseDouble(spec.substring(eq + 1, colon).strip());
            high = Double.parseDouble(spec.substring(colon + 1).strip());
        } catch (NumberFormatException e) {
            throw usage("--fit " + spec + ": LOW and HIGH must be numbers" + expected);
        }
        if (!(h.allows(low) && h.allows(high) && low < high)) {
            throw usage("--fit " + spec + ": expected LOW < HIGH, each " + h.expected());
        }
        return new CalibrateJob.Fit(h, low, high);
    }

    /** Every case loaded and every candidate applied to it before anything runs. */
    @Override
    List<CalibrateJob> prepare(int workers) throws ScenarioException {
        List<BacktestJob.Case> cases = BacktestJob.load(caseFolders(folders), job.seed, null, err());
        if (cases.size() < 2) {
            throw usage("calibrate needs at least two cases (expected a folder of case folders such as"
                    + " scenarios/cases), got " + cases.size());
        }
        String command = "treatysim " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        return List.of(CalibrateJob.prepare(cases, new CalibrateJob.Options(fits, points, runs, job.seed, workers,
                job.out, job.force, command)));
    }

    @Override
    void report(CalibrationOutcome outcome, Path folder) {
        printWritten(CalibrationFiles.summary(outcome, dash()), folder, out());
    }
}
