package org.treatysim.report.calibration;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatysim.report.backtest.BacktestText;
import org.treatysim.stats.backtest.Backtest;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseScore;
import org.treatysim.stats.backtest.ForecasterScore;
import org.treatysim.stats.backtest.PooledScore;
import org.treatysim.stats.backtest.ReferenceForecasters;
import org.treatysim.stats.calibration.GridSearch;

/**
 * The text files and the table of {@code treatysim calibrate}: {@code calibration.yaml} (a
 * calibration file that scenarios and {@code --calibration} read), {@code cv.csv} (per case, its
 * scores held out, in sample, uncalibrated and by the reference forecasters), {@code grid.csv}
 * (every candidate's mean scores) and the summary it prints.
 */
public final class CalibrationFiles {
    private CalibrationFiles() { }

    /** A value as the files write it: up to 6 significant digits, no exponent for ordinary sizes. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.6g", value);
        if (text.contains("e")) return text;
        if (text.contains(".")) text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        return text;
    }

    /** calibration.yaml: comments saying how it was made, then the values with their intervals. */
    public static void writeCalibration(CalibrationOutcome o, Writer out) throws IOException {
        CalibrationOutcome.Setup s = o.setup();
        PooledScore in = o.inSample().pooled().get(0);
        PooledScore held = o.heldOut().pooled().get(0);
        PooledScore raw = o.uncalibrated().pooled().get(0);
        List<String> lines = new ArrayList<>();
        lines.add("# A treatysim calibration (docs/calibration.md): global hyperparameters fitted on a corpus.");
        lines.add("# Made on " + s.date() + " by treatysim " + s.version() + ":");
        lines.add("#   " + s.command());
        lines.add(String.format(Locale.ROOT, "# Grid search: %d candidates, %d runs per case and candidate (%s),"
                + " the same runs for every candidate.", o.grid().size(), s.runs(), s.seeds()));
        lines.add("# Each value is the grid value with the lowest mean log score over every outcome of the cases;");
        lines.add(String.format(Locale.ROOT, "# its interval is the 95%% percentile interval of the values refitted"
                + " on %d bootstrap resamples of the cases.", s.replicates()));
        lines.add(String.format(Locale.ROOT, "# Mean log score (nats): in sample %s, held out (leave one case out)"
                + " %s, uncalibrated %s.", BacktestText.score(in.logScore().value()),
                BacktestText.score(held.logScore().value()), BacktestText.score(raw.logScore().value())));
        lines.add(String.format(Locale.ROOT, "description: \"Fitted by treatysim calibrate on %d cases (%d outcomes),"
                + " %s\"", o.inSample().cases().size(), o.inSample().outcomes(), s.date()));
        lines.add("fittedOn: [" + String.join(", ", o.inSample().cases().stream().map(c -> c.id()).toList()) + "]");
        lines.add("hyperparameters:");
        for (int i = 0; i < o.hyperparameters().size(); i++) {
            CalibrationOutcome.Hyper h = o.hyperparameters().get(i);
            GridSearch.Fitted f = o.fitted().get(i);
            lines.add(String.format(Locale.ROOT, "  %s: { value: %s, interval: [%s, %s] }  # %s%s", h.name(),
                    number(f.value()), number(Math.min(f.low(), f.value())), number(Math.max(f.high(), f.value())),
                    h.describe(), f.atEdge() ? "; at the edge of the range searched" : ""));
        }
        for (String line : lines) out.write(line + "\n");
    }

    /**
     * cv.csv: per case, the hyperparameters fitted without it and its mean scores under them (held
     * out), under those fitted on all cases (in sample), uncalibrated and by each reference.
     */
    public static void writeCv(CalibrationOutcome o, Writer out) throws IOException {
        StringBuilder header = new StringBuilder("case,outcomes");
        for (CalibrationOutcome.Hyper h : o.hyperparameters()) header.append(',').append(h.name()).append("_heldout");
        header.append(",heldout_log,heldout_brier,insample_log,insample_brier,uncalibrated_log,uncalibrated_brier");
        for (String r : ReferenceForecasters.NAMES) {
            String name = r.replace(' ', '_');
            header.append(',').append(name).append("_log,").append(name).append("_brier");
        }
        out.write(header + "\n");
        for (int c = 0; c < o.heldOut().byCase().size(); c++) {
            CaseScore held = o.heldOut().byCase().get(c);
            StringBuilder row = new StringBuilder(held.caseId()).append(',').append(held.outcomes());
            for (double v : o.heldOutValues().get(c)) row.append(',').append(number(v));
            append(row, held.of(Backtest.TREATYSIM));
            append(row, o.inSample().byCase().get(c).of(Backtest.TREATYSIM));
            append(row, o.uncalibrated().byCase().get(c).of(Backtest.TREATYSIM));
            for (String r : ReferenceForecasters.NAMES) append(row, held.of(r));
            out.write(row + "\n");
        }
    }

    private static void append(StringBuilder row, ForecasterScore s) {
        row.append(',').append(number(s.logScore())).append(',').append(number(s.brier()));
    }

    /** grid.csv: every candidate's values and mean scores over all cases. */
    public static void writeGrid(CalibrationOutcome o, Writer out) throws IOException {
        StringBuilder header = new StringBuilder();
        for (CalibrationOutcome.Hyper h : o.hyperparameters()) header.append(h.name()).append(',');
        out.write(header + "mean_log,mean_brier\n");
        for (CalibrationOutcome.Candidate k : o.grid()) {
            StringBuilder row = new StringBuilder();
            for (double v : k.values()) row.append(number(v)).append(',');
            out.write(row + number(k.meanLog()) + "," + number(k.meanBrier()) + "\n");
        }
    }

    /**
     * The summary it prints: the fitted values with their intervals; the mean log and Brier scores
     * in sample, held out, uncalibrated and of the references, each with its bootstrap interval;
     * the warning when the in-sample gain is not kept out of sample.
     *
     * @param dash the range dash (– where stdout can encode it, else -)
     */
    public static List<String> summary(CalibrationOutcome o, String dash) {
        List<String> lines = new ArrayList<>();
        BacktestResult in = o.inSample();
        lines.add(String.format(Locale.ROOT, "Calibration of %d hyperparameter%s on %d cases, %d outcomes; %d"
                        + " candidates, %d runs per case and candidate (%s)", o.hyperparameters().size(),
                o.hyperparameters().size() == 1 ? "" : "s", in.cases().size(), in.outcomes(), o.grid().size(),
                o.setup().runs(), o.setup().seeds()));
        int width = Math.max(14, o.hyperparameters().stream().mapToInt(h -> h.name().length()).max().orElse(0));
        lines.add(String.format(Locale.ROOT, "  %-" + width + "s %8s  %-22s %s", "hyperparameter", "fitted",
                "95% interval (cases)", "what it does"));
        for (int i = 0; i < o.hyperparameters().size(); i++) {
            GridSearch.Fitted f = o.fitted().get(i);
            lines.add(String.format(Locale.ROOT, "  %-" + width + "s %8s  %-22s %s%s", o.hyperparameters().get(i).name(),
                    number(f.value()), number(Math.min(f.low(), f.value())) + dash
                            + number(Math.max(f.high(), f.value())), o.hyperparameters().get(i).describe(),
                    f.atEdge() ? " (at the edge of the range searched)" : ""));
        }
        lines.add(String.format(Locale.ROOT, "Mean scores over the %d outcomes (95%% bootstrap interval, resampling"
                + " cases):", in.outcomes()));
        String row = "  %-32s  log score %s nats  Brier %s";
        lines.add(String.format(Locale.ROOT, row, "calibrated, in sample", BacktestText.interval(
                in.pooled().get(0).logScore(), dash), BacktestText.interval(in.pooled().get(0).brier(), dash)));
        PooledScore held = o.heldOut().pooled().get(0);
        lines.add(String.format(Locale.ROOT, row, "calibrated, held out (LOCO)", BacktestText.interval(
                held.logScore(), dash), BacktestText.interval(held.brier(), dash)));
        PooledScore raw = o.uncalibrated().pooled().get(0);
        lines.add(String.format(Locale.ROOT, row, "uncalibrated", BacktestText.interval(raw.logScore(), dash),
                BacktestText.interval(raw.brier(), dash)));
        for (PooledScore r : o.uncalibrated().pooled().subList(1, o.uncalibrated().pooled().size())) {
            lines.add(String.format(Locale.ROOT, row, r.forecaster(), BacktestText.interval(r.logScore(), dash),
                    BacktestText.interval(r.brier(), dash)));
        }
        lines.add(String.format(Locale.ROOT, "Gain in mean log score over the uncalibrated model: in sample %s nats,"
                + " held out %s nats", BacktestText.score(o.inSampleGain()), BacktestText.score(o.heldOutGain())));
        String warning = o.overfittingWarning();
        if (warning != null) lines.add(warning);
        return lines;
    }
}
