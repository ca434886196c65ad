package org.treatysim.report.files;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.Estimate;

/**
 * curve.csv: one row per model step, the cumulative probability of each milestone by that date
 * with its pointwise 95% Wilson interval. Columns as the README lists them ("The results folder").
 */
public final class CurveCsv {
    /** The header line, without its newline. */
    public static final String HEADER = "date,signed,signed_lo,signed_hi,textAgreed,textAgreed_lo,textAgreed_hi,"
            + "initialed,initialed_lo,initialed_hi,collapsed,collapsed_lo,collapsed_hi";

    private CurveCsv() { }

    /** Writes the header and one line per point ({@code \n} line ends); does not close {@code out}. */
    public static void write(List<CurvePoint> curve, Writer out) throws IOException {
        Csv.write(HEADER, curve, (point, text) -> {
            text.append(point.date());
            for (Estimate e : List.of(point.signed(), point.textAgreed(), point.initialed(), point.collapsed())) {
                Csv.estimate(text, e);
            }
        }, out);
    }

    /** Reads what {@link #write} wrote. */
    public static List<CurvePoint> read(Reader in) throws IOException {
        return Csv.read(in, HEADER, "curve.csv", f -> new CurvePoint(LocalDate.parse(f[0]), estimate(f, 1),
                estimate(f, 4), estimate(f, 7), estimate(f, 10)));
    }

    private static Estimate estimate(String[] fields, int at) {
        return new Estimate(Numbers.parse(fields[at]), Numbers.parse(fields[at + 1]), Numbers.parse(fields[at + 2]));
    }
}
