package org.treatysim.report.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatysim.model.spec.Milestone;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.PairedComparison;
import org.treatysim.stats.PairedDifference;

/**
 * The comparison as aligned text for stdout: one block per key date (P(signed by it)) and one for
 * P(text agreed by the horizon); in each, one line per scenario with its probability and 95%
 * Wilson interval and, for every scenario but the reference, the paired difference from the
 * reference with its 95% score interval. For example (from the scenario library's comparison):
 * <pre>
 * P(signed by 2026-12-31)  P      95% CI         difference from baseline-2024-09  95% CI (paired)
 *   baseline-2024-09       0.110  0.104–0.116
 *   popular-referendum     0.160  0.153–0.168    +0.0508                           +0.0467 to +0.0553
 * </pre>
 */
public final class ComparisonTable {
    private ComparisonTable() { }

    /**
     * The table's lines, without line ends.
     *
     * @param unicode true to write the interval dash as "–", false for "-"
     */
    public static List<String> lines(PairedComparison comparison, boolean unicode) {
        String dash = unicode ? "–" : "-";
        int idWidth = "scenario".length();
        for (PairedComparison.Row row : comparison.rows()) {
            idWidth = Math.max(idWidth, row.scenario().length());
        }
        List<String> lines = new ArrayList<>();
        for (LocalDate date : comparison.keyDates()) {
            block(lines, comparison, Milestone.SIGNED, date, idWidth, dash);
        }
        block(lines, comparison, Milestone.TEXT_AGREED, comparison.horizon(), idWidth, dash);
        return lines;
    }

    private static void block(List<String> lines, PairedComparison comparison, Milestone event,
                              LocalDate date, int idWidth, String dash) {
        String heading = "P(" + event.label() + " by " + date + ")";
        String difference = "difference from " + comparison.referenceId();
        int headingWidth = Math.max(heading.length(), idWidth + 2);
        int differenceWidth = Math.max(difference.length(), 7);
        if (!lines.isEmpty()) lines.add("");
        lines.add(String.format(Locale.ROOT, "%-" + headingWidth + "s  %-5s  %-11s    %-" + differenceWidth + "s  %s",
                heading, "P", "95% CI", difference, "95% CI (paired)"));
        for (PairedComparison.Row row : comparison.rows()) {
            if (row.event() != event || !row.date().equals(date)) continue;
            Estimate p = row.probability();
            String line = String.format(Locale.ROOT, "%-" + headingWidth + "s  %.3f  %.3f%s%.3f",
                    "  " + row.scenario(), p.p(), p.lo(), dash, p.hi());
            if (!row.reference()) {
                PairedDifference d = row.difference();
                line += String.format(Locale.ROOT, "    %-" + differenceWidth + "s  %s to %s", signed(d.difference()),
                        signed(d.lo()), signed(d.hi()));
            }
            lines.add(line);
        }
    }

    /**
     * A difference to four decimals with its sign; one that rounds to zero shows as 0.0000. Four,
     * not three as for probabilities: paired intervals are narrow (±0.0004 with 10,000 runs and no
     * discordant run), and three decimals would show them as "0.000 to 0.000".
     */
    static String signed(double value) {
        String text = String.format(Locale.ROOT, "%+.4f", value);
        return text.equals("+0.0000") || text.equals("-0.0000") ? "0.0000" : text;
    }
}
