package org.treatysim.report.backtest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatysim.stats.backtest.Backtest;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseScore;
import org.treatysim.stats.backtest.Interval;
import org.treatysim.stats.backtest.PooledScore;
import org.treatysim.stats.backtest.ReferenceForecasters;
import org.treatysim.stats.backtest.Skill;
import org.treatysim.stats.scoring.BrierDecomposition;

/**
 * The table {@code treatysim backtest} prints, and the number formats it shares with
 * backtest.html: scores with three decimals, an interval as "0.074 (0.013–0.159)".
 */
public final class BacktestText {
    private BacktestText() { }

    /**
     * The scorecard table: per case, treatysim's mean Brier and log scores and each reference's
     * mean Brier score; then every forecaster over all outcomes with its bootstrap interval,
     * treatysim's skill against each reference and Murphy's decomposition.
     *
     * @param dash the range dash (– where stdout can encode it, else -)
     */
    public static List<String> table(BacktestResult result, BacktestProvenance provenance, String dash) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "Backtest of %d case%s, %d outcomes; runs: %s; seeds: %s",
                result.cases().size(), result.cases().size() == 1 ? "" : "s", result.outcomes(), provenance.runs(),
                provenance.seeds()));
        int width = Math.max(4, result.byCase().stream().mapToInt(c -> c.caseId().length()).max().orElse(4));
        String row = "  %-" + width + "s %8s %7s %9s %9s  %9s %9s %9s";
        lines.add(String.format(Locale.ROOT, row, "", "", "", "treatysim", "treatysim", "coin flip", "base rate",
                "duration").stripTrailing());
        lines.add(String.format(Locale.ROOT, row, "case", "outcomes", "runs", "Brier", "log", "Brier", "Brier",
                "Brier"));
        for (CaseScore c : result.byCase()) {
            lines.add(String.format(Locale.ROOT, row, c.caseId(), c.outcomes(), c.runs(),
                    score(c.of(Backtest.TREATYSIM).brier()),
                    score(c.of(Backtest.TREATYSIM).logScore()),
                    score(c.of(ReferenceForecasters.COIN_FLIP).brier()), score(c.of(ReferenceForecasters.BASE_RATE)
                            .brier()), score(c.of(ReferenceForecasters.DURATION).brier())));
        }
        lines.add(String.format(Locale.ROOT, "All cases, means over the %d outcomes (95%% bootstrap interval,"
                + " resampling cases):", result.outcomes()));
        int nameWidth = result.pooled().stream().mapToInt(p -> p.forecaster().length()).max().orElse(9);
        for (PooledScore p : result.pooled()) {
            lines.add(String.format(Locale.ROOT, "  %-" + nameWidth + "s  Brier %s  log score %s nats", p.forecaster(),
                    interval(p.brier(), dash), interval(p.logScore(), dash)));
        }
        List<String> skills = new ArrayList<>();
        for (Skill s : result.skill()) skills.add("vs " + s.reference() + " " + interval(s.brierSkill(), dash));
        lines.add("Brier skill of treatysim: " + String.join("; ", skills));
        BrierDecomposition d = result.decomposition();
        lines.add(String.format(Locale.ROOT, "Murphy decomposition over %s: reliability %s, resolution %s,"
                        + " uncertainty %s, within-bin terms %s (Brier %s)", d.binning(), score(d.reliability()),
                score(d.resolution()), score(d.uncertainty()), score(d.withinBin()), score(d.brier())));
        return lines;
    }

    /** A score with three decimals; −∞ as "-inf". */
    public static String score(double value) {
        if (Double.isInfinite(value)) return value < 0 ? "-inf" : "inf";
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** "0.074 (0.013–0.159)", with {@code dash} between the ends. */
    public static String interval(Interval interval, String dash) {
        return score(interval.value()) + " (" + score(interval.lo()) + dash + score(interval.hi()) + ")";
    }
}
