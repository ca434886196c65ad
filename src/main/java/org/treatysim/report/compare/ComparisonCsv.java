package org.treatysim.report.compare;

import java.io.IOException;
import java.io.Writer;
import org.treatysim.report.files.Csv;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.PairedComparison;
import org.treatysim.stats.PairedDifference;

/**
 * comparison.csv: one row per scenario, event and date, the reference scenario first.
 *
 * <ul>
 * <li>{@code scenario}: scenario id; {@code event}: {@code signed} (one row per key date) or
 *     {@code textAgreed} (by the horizon); {@code date}: by when, inclusive; {@code runs}: runs.</li>
 * <li>{@code p, p_lo, p_hi}: P(event by date) with its 95% Wilson interval.</li>
 * <li>{@code diff, diff_lo, diff_hi}: P(event by date) minus the reference scenario's, from the
 *     paired runs, with its 95% Tango score interval; exactly 0, 0, 0 on the reference's rows.</li>
 * <li>{@code onlyReference, onlyThis}: the discordant runs: the event happened in the reference's
 *     run i but not in this scenario's run i, and the other way round. The difference is
 *     (onlyThis − onlyReference) / runs.</li>
 * </ul>
 * Numbers are spelled by {@link Numbers}; lines end in {@code \n}.
 */
public final class ComparisonCsv {
    /** The header line, without its newline. */
    public static final String HEADER = "scenario,event,date,runs,p,p_lo,p_hi,diff,diff_lo,diff_hi,onlyReference,onlyThis";

    private ComparisonCsv() { }

    /** Writes the header and one line per row; does not close {@code out}. */
    public static void write(PairedComparison comparison, Writer out) throws IOException {
        Csv.write(HEADER, comparison.rows(), (row, text) -> {
            PairedDifference d = row.difference();
            text.append(row.scenario()).append(',').append(row.event().key()).append(',').append(row.date())
                    .append(',').append(row.counts().n());
            Csv.estimate(text, row.probability())
                    .append(',').append(Numbers.format(d.difference())).append(',').append(Numbers.format(d.lo()))
                    .append(',').append(Numbers.format(d.hi()))
                    .append(',').append(row.counts().firstOnly()).append(',').append(row.counts().secondOnly());
        }, out);
    }
}
