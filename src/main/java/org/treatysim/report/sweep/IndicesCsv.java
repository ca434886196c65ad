package org.treatysim.report.sweep;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.treatysim.report.files.Csv;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.SobolIndex;

/**
 * indices.csv: one row per factor, most influential first.
 * <ul>
 *   <li>Sobol design: {@code parameter,first,first_lo,first_hi,total,total_lo,total_hi}, the
 *       first-order and total indices with their bootstrap 95% intervals, ordered by total index;</li>
 *   <li>Latin hypercube or grid: {@code parameter,prcc,prcc_lo,prcc_hi}, the partial rank
 *       correlation with its Fisher-z 95% interval, ordered by |PRCC|.</li>
 * </ul>
 * When the target does not vary there are no indices and the file holds its header only.
 */
public final class IndicesCsv {
    /** Header of the Sobol form. */
    public static final String SOBOL_HEADER = "parameter,first,first_lo,first_hi,total,total_lo,total_hi";
    /** Header of the PRCC form. */
    public static final String PRCC_HEADER = "parameter,prcc,prcc_lo,prcc_hi";

    private IndicesCsv() { }

    /** Writes Sobol indices in the order given; does not close {@code out}. */
    public static void writeSobol(List<SobolIndex> ranked, Writer out) throws IOException {
        out.write(SOBOL_HEADER + "\n");
        for (SobolIndex s : ranked) {
            out.write(Csv.plain(s.parameter()) + "," + Numbers.format(s.first()) + ","
                    + Numbers.format(s.firstLow()) + "," + Numbers.format(s.firstHigh()) + ","
                    + Numbers.format(s.total()) + "," + Numbers.format(s.totalLow()) + ","
                    + Numbers.format(s.totalHigh()) + "\n");
        }
        out.flush();
    }

    /** Writes partial rank correlations in the order given; does not close {@code out}. */
    public static void writePrcc(List<PrccIndex> ranked, Writer out) throws IOException {
        out.write(PRCC_HEADER + "\n");
        for (PrccIndex p : ranked) {
            out.write(Csv.plain(p.parameter()) + "," + Numbers.format(p.prcc()) + "," + Numbers.format(p.low())
                    + "," + Numbers.format(p.high()) + "\n");
        }
        out.flush();
    }
}
