package org.treatysim.report.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatysim.model.spec.Milestone;
import org.treatysim.report.chart.ReportText;
import org.treatysim.stats.DeadlineOutcome;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.SampleDesign;

/** The headline lines {@code treatysim run} prints to stdout: the brief's numbers as text. */
public final class Headline {
    /** Decimals of a headline probability away from 0 and 1. */
    private static final int DECIMALS = 3;

    private Headline() { }

    /**
     * E.g. {@code P(signed by 2026-12-31) = 0.231 (95% CI 0.223–0.239, 10000 runs)}, one line per
     * outcome and per deadline, then the band and the design.
     *
     * @param unicode true to use –, ± and ≤ (where stdout can encode them), false for ASCII
     */
    public static List<String> lines(ForecastSummary summary, SampleDesign design, boolean unicode) {
        String dash = unicode ? "–" : "-";
        long runs = summary.provenance().runs();
        String horizon = summary.curve().get(summary.curve().size() - 1).date().toString();
        List<String> lines = new ArrayList<>();
        for (Milestone m : Milestone.CURVE) {
            lines.add(line(m.label() + " by " + horizon, summary.outcomes().get(m.key()), runs, dash));
        }
        lines.add(line("stalled at " + horizon, summary.outcomes().get("stalled"), runs, dash));
        for (DeadlineOutcome d : summary.deadlines()) {
            lines.add(line("signed by " + d.end() + ", end of " + d.label(), d.signed(), runs, dash));
            lines.add(line("text agreed by " + d.end() + ", end of " + d.label(), d.textAgreed(), runs, dash));
        }
        lines.add(String.format(Locale.ROOT, "Whole curves: within %s%.3f at every date at once (DKW 95%% band).",
                unicode ? "±" : "+/-", summary.bandHalfWidth()));
        if (design.method() != SampleDesign.Method.FIXED) {
            lines.add(String.format(Locale.ROOT, "Runs chosen for a widest half-width %s %s (%s design%s): widest %.4f.",
                    unicode ? "≤" : "<=", design.targetHalfWidth(), design.method().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    design.pilotRuns() > 0 ? ", pilot of " + design.pilotRuns() + " runs" : "",
                    design.achievedHalfWidth()));
        }
        return lines;
    }

    /**
     * One headline: the estimate and its interval with the same decimals, three or as many as
     * give a small chance (or its complement) a significant digit, e.g. 0.0005 (0.0001–0.0014).
     */
    static String line(String event, Estimate e, long runs, String dash) {
        return String.format(Locale.ROOT, "P(%s) = %s (95%% CI %s, %d runs)", event,
                ReportText.value(e, DECIMALS), ReportText.interval(e, DECIMALS, dash), runs);
    }
}
