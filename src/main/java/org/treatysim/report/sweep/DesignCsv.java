package org.treatysim.report.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.treatysim.report.files.Csv;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.sensitivity.Design;

/**
 * design.csv: one row per design point, in design order:
 * {@code point,<parameter>...,p,lo,hi}. {@code point} is the 0-based row of the design; each
 * parameter column (named by its dotted path) holds the value the factor was fixed at; {@code p}
 * is the target (the share of the point's runs that reached it) and {@code lo}, {@code hi} its
 * 95% Wilson interval. For a Sobol design the rows come in groups of k + 2 per base sample: A,
 * then A with factor 1 … k taken from B, then B (see docs/sensitivity.md), k counting the
 * sweep's dummy column, which the model never reads.
 */
public final class DesignCsv {
    private DesignCsv() { }

    /** The header line for these factors. */
    public static String header(List<String> factors) {
        StringBuilder line = new StringBuilder("point");
        for (String factor : factors) {
            line.append(',').append(Csv.plain(factor));
        }
        return line.append(",p,lo,hi").toString();
    }

    /**
     * Writes the file; does not close {@code out}.
     *
     * @param design    the points
     * @param estimates the target at each point, in design order
     */
    public static void write(Design design, List<Estimate> estimates, Writer out) throws IOException {
        if (estimates.size() != design.size()) {
            throw new IllegalArgumentException(estimates.size() + " estimates for " + design.size() + " points");
        }
        out.write(header(design.factors()));
        out.write('\n');
        StringBuilder line = new StringBuilder();
        for (int row = 0; row < design.size(); row++) {
            line.setLength(0);
            line.append(row);
            for (int column = 0; column < design.dimension(); column++) {
                line.append(',').append(Numbers.format(design.value(row, column)));
            }
            Estimate e = estimates.get(row);
            line.append(',').append(Numbers.format(e.p())).append(',').append(Numbers.format(e.lo())).append(',')
                    .append(Numbers.format(e.hi())).append('\n');
            out.write(line.toString());
        }
        out.flush();
    }
}
