package org.treatysim.report.sweep;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.PrimResult;
import org.treatysim.stats.sensitivity.SobolIndex;

/**
 * What {@code treatysim sweep} prints on stdout before saying where the files went: the design,
 * how the target spreads over the design points, the ranking of the parameters, and the PRIM
 * boxes in sentences. For example, a Latin hypercube of 40 points over the one-driver toy of the
 * tests, 30 runs each:
 * <pre>
 * Sweep of one-driver: 3 parameters, Latin hypercube of 40 points, 30 runs each
 * P(signed by 2026-12-31) over the design points: min 0, median 0.4, mean 0.441, max 0.933
 *
 * Ranking by partial rank correlation (95% interval; &lt; 0: the parameter lowers the target):
 *    1. parties.AZE.patienceDays  -0.964 [-0.981, -0.931]
 *    2. patrons.RUS.influence     -0.122 [-0.425, 0.206]
 *    3. patrons.RUS.decayPerYear  0.0012 [-0.319, 0.321]
 *
 * Scenario discovery (PRIM) for P(signed by 2026-12-31) ≥ 0.5:
 *   Box 1: P(signed by 2026-12-31) ≥ 0.5 in 100% of cases where parties.AZE.patienceDays ≤ 712.
 *          These cases hold 100% of all cases where P(signed by 2026-12-31) ≥ 0.5, and 45% of all cases.
 * </pre>
 */
public final class SweepReport {
    private SweepReport() { }

    /** The lines, without line ends; the last is empty; parameters named by their paths. */
    public static List<String> lines(SweepSummary summary) {
        return lines(summary, ScenarioNames.NONE);
    }

    /**
     * The lines, without line ends; the last is empty. The ranking names each parameter by its
     * readable label with its path beside it (the path is what {@code --vary} takes), and PRIM's
     * sentences by the labels.
     */
    public static List<String> lines(SweepSummary summary, ScenarioNames names) {
        List<String> lines = new ArrayList<>();
        int parameters = summary.factors().size();
        SweepSummary.Spread spread = summary.spread();
        lines.add(String.format(Locale.ROOT, "Sweep of %s: %d parameter%s, %s, %,d runs each",
                summary.provenance().scenario(), parameters, parameters == 1 ? "" : "s", SweepText.design(
                        summary.method(), summary.samples(), summary.levels(), summary.points()),
                summary.runsPerPoint()));
        lines.add(String.format(Locale.ROOT, "%s over the design points: min %s, median %s, mean %s, max %s",
                summary.targetText(), SweepText.number(spread.min()), SweepText.number(spread.median()),
                SweepText.number(spread.mean()), SweepText.number(spread.max())));
        lines.add("");
        ranking(summary, names, lines);
        lines.add("");
        boxes(summary, names, lines);
        lines.add("");
        return lines;
    }

    /** The parameters by Sobol index or by partial rank correlation, or why there is no ranking. */
    private static void ranking(SweepSummary summary, ScenarioNames names, List<String> lines) {
        int width = summary.factors().stream().mapToInt(f -> named(names, f.parameter()).length()).max().orElse(10);
        if (summary.sobol().isPresent()) {
            lines.add("Ranking by total Sobol index (first-order index; 95% bootstrap intervals):");
            List<SobolIndex> ranked = summary.sobol().get().byTotalDescending();
            for (int i = 0; i < ranked.size(); i++) {
                SobolIndex s = ranked.get(i);
                lines.add(String.format(Locale.ROOT, "%4d. %-" + width + "s  total %s [%s, %s]  first %s [%s, %s]",
                        i + 1, named(names, s.parameter()), SweepText.number(s.total()), SweepText.number(s.totalLow()),
                        SweepText.number(s.totalHigh()), SweepText.number(s.first()), SweepText.number(s.firstLow()),
                        SweepText.number(s.firstHigh())));
            }
        } else if (!summary.prcc().isEmpty()) {
            lines.add("Ranking by partial rank correlation (95% interval; < 0: the parameter lowers the target):");
            List<PrccIndex> ranked = summary.prcc();
            for (int i = 0; i < ranked.size(); i++) {
                PrccIndex p = ranked.get(i);
                lines.add(String.format(Locale.ROOT, "%4d. %-" + width + "s  %s [%s, %s]", i + 1,
                        named(names, p.parameter()),
                        SweepText.number(p.prcc()), SweepText.number(p.low()), SweepText.number(p.high())));
            }
        } else {
            lines.add("No ranking: " + summary.indicesNote().orElse("the indices could not be computed"));
        }
        if (summary.tornado()) {
            summary.indicesNote().ifPresent(note -> lines.add("Note: " + note + "."));
        }
    }

    /** PRIM's boxes, each as its sentences, or why there is none. */
    private static void boxes(SweepSummary summary, ScenarioNames names, List<String> lines) {
        List<String> paths = summary.factors().stream().map(f -> f.parameter()).toList();
        String outcome = summary.outcome();
        lines.add("Scenario discovery (PRIM) for " + outcome + ":");
        if (summary.boxes().isEmpty()) {
            lines.add("  " + summary.boxesNote().orElse("no box"));
        }
        for (int b = 0; b < summary.boxes().size(); b++) {
            PrimPruning.Pruned box = summary.simplified().get(b);
            String sentence = box.box().sentence(outcome);
            lines.add("  Box " + (b + 1) + ": " + (names == ScenarioNames.NONE ? sentence
                    : names.relabel(sentence, paths)) + ".");
            lines.add("         " + box.box().coverageSentence(outcome));
            if (!box.dropped().isEmpty()) {
                PrimResult found = summary.boxes().get(b);
                lines.add(String.format(Locale.ROOT, "         (PRIM's box also restricted %d more parameter%s by"
                        + " margins that add nothing significant; with them: density %s, coverage %s; see"
                        + " boxes.csv)", box.dropped().size(), box.dropped().size() == 1 ? "" : "s",
                        percent(found.box().density()), percent(found.box().coverage())));
            }
        }
    }

    /** A parameter by its label and path, or by its path alone where the label would only repeat it. */
    private static String named(ScenarioNames names, String path) {
        return names == ScenarioNames.NONE || path.equals(Factor.DUMMY) ? path
                : names.parameter(path) + " (" + path + ")";
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "%";
    }
}
