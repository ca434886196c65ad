package org.treatysim.report.compare;

import java.util.ArrayList;
import java.util.List;
import org.treatysim.stats.PairedComparison;

/**
 * What {@code treatysim compare} prints on stdout before saying where the files went: how the
 * scenarios were paired, what the numbers are, and the {@link ComparisonTable}.
 */
public final class ComparisonReport {
    /** {@code seedFrom} when the common seed was given on the command line. */
    public static final String SEED_OPTION = "--seed";

    private ComparisonReport() { }

    /**
     * The lines, without line ends: two that say how the runs were made and paired, an empty one,
     * then the table.
     *
     * @param seedFrom where the common seed came from: {@value #SEED_OPTION}, or the id of the
     *                 scenario whose seed it is (the reference's)
     * @param unicode  true to write the interval dash as "–", false for "-"
     */
    public static List<String> lines(PairedComparison comparison, String seedFrom, boolean unicode) {
        String reference = comparison.referenceId();
        List<String> lines = new ArrayList<>();
        lines.add("Compared " + comparison.scenarios().size() + " scenarios with common random numbers: "
                + comparison.runs() + " runs each, seed " + comparison.seed() + (seedFrom.equals(SEED_OPTION)
                ? " (--seed)" : " (" + seedFrom + "'s, used for all)") + "; run i of every scenario is paired with"
                + " run i of " + reference + ".");
        lines.add("P: share of runs, 95% Wilson interval. Difference from " + reference
                + ": from the paired runs, 95% Tango score interval.");
        lines.add("");
        lines.addAll(ComparisonTable.lines(comparison, unicode));
        return lines;
    }
}
