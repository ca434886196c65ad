package org.treatysim.report.calibration;

import java.util.List;
import java.util.Objects;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.calibration.GridSearch;

/**
 * Everything {@code treatysim calibrate} reports.
 *
 * @param hyperparameters the hyperparameters fitted, in {@code --fit} order
 * @param fitted          each one's fit on all cases, in the same order
 * @param grid            the candidates (values in hyperparameter order) with their mean scores on all cases
 * @param inSample        the backtest of the corpus under the hyperparameters fitted on all cases
 * @param heldOut         the backtest where each case is forecast under the hyperparameters fitted
 *                        without it (leave-one-case-out)
 * @param uncalibrated    the backtest of the uncalibrated model, on the same runs
 * @param heldOutValues   per case, in case order, the hyperparameter values fitted without it
 * @param setup           how it was made
 */
public record CalibrationOutcome(List<Hyper> hyperparameters, List<GridSearch.Fitted> fitted, List<Candidate> grid,
                                 BacktestResult inSample, BacktestResult heldOut, BacktestResult uncalibrated,
                                 List<double[]> heldOutValues, Setup setup) {
    public CalibrationOutcome {
        hyperparameters = List.copyOf(hyperparameters);
        fitted = List.copyOf(fitted);
        grid = List.copyOf(grid);
        heldOutValues = List.copyOf(heldOutValues);
        Objects.requireNonNull(inSample, "inSample");
        Objects.requireNonNull(heldOut, "heldOut");
        Objects.requireNonNull(uncalibrated, "uncalibrated");
        Objects.requireNonNull(setup, "setup");
    }

    /**
     * A hyperparameter as the files name it.
     *
     * @param name     e.g. patience
     * @param multiply true for a multiplier (neutral 1), false for a shift (neutral 0)
     * @param describe what it does, e.g. "multiplies parties.&lt;party&gt;.patienceDays"
     */
    public record Hyper(String name, boolean multiply, String describe) { }

    /**
     * A candidate of the grid.
     *
     * @param values    one per hyperparameter
     * @param meanLog   its mean log score over every outcome, nats
     * @param meanBrier its mean Brier score
     */
    public record Candidate(double[] values, double meanLog, double meanBrier) { }

    /**
     * How the calibration was made, for the files' headers.
     *
     * @param command       the command line
     * @param date          the day it was made (ISO)
     * @param version       treatysim's version
     * @param runs          runs per case and candidate
     * @param seeds         "each case's own seed" or the --seed
     * @param replicates    bootstrap resamples of the cases
     * @param bootstrapSeed their seed
     */
    public record Setup(String command, String date, String version, int runs, String seeds, int replicates,
                        long bootstrapSeed) { }

    /** The in-sample gain in mean log score over the uncalibrated model (positive: calibrated is better). */
    public double inSampleGain() {
        return uncalibrated.pooled().get(0).logScore().value() - inSample.pooled().get(0).logScore().value();
    }

    /** The held-out gain in mean log score over the uncalibrated model. */
    public double heldOutGain() {
        return uncalibrated.pooled().get(0).logScore().value() - heldOut.pooled().get(0).logScore().value();
    }

    /**
     * The warning when the in-sample gain is not kept out of sample (held out, the calibration is no
     * better than the uncalibrated model, or keeps less than half its in-sample gain), else null.
     */
    public String overfittingWarning() {
        double in = inSampleGain();
        double out = heldOutGain();
        if (!(in > 0)) return null;
        if (out <= 0) {
            return String.format(java.util.Locale.ROOT, "Warning: the in-sample gain of %.3f nats per outcome is not"
                    + " kept out of sample: held out, the calibrated model scores %.3f nats %s than the uncalibrated"
                    + " one. The calibration fits these cases, not cases it has not seen.", in, Math.abs(out),
                    out == 0 ? "no better" : "worse");
        }
        if (out < in / 2) {
            return String.format(java.util.Locale.ROOT, "Warning: the in-sample gain of %.3f nats per outcome is"
                    + " mostly not kept out of sample: held out, the gain is %.3f nats.", in, out);
        }
        return null;
    }
}
