package org.treatysim.report.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.Estimate;

/**
 * curve.csv: one row per model step, the cumulative probability of each milestone by that date
 * with its pointwise 95% Wilson interval. Columns exactly as SCENARIO.md names them.
 */
public final class CurveCsv {
    /** The header line, without its newline. */
    public static final String HEADER = "date,signed,signed_lo,signed_hi,textAgreed,textAgreed_lo,textAgreed_hi,"
            + "initialed,initialed_lo,initialed_hi,collapsed,collapsed_lo,collapsed_hi";

    private CurveCsv() { }

    /** Writes the header and one line per point ({@code \n} line ends); does not close {@code out}. */
    public static void write(List<CurvePoint> curve, Writer out) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (CurvePoint point : curve) {
            text.append(point.date());
            for (Estimate e : List.of(point.signed(), point.textAgreed(), point.initialed(), point.collapsed())) {
                text.append(',').append(Numbers.format(e.p())).append(',').append(Numbers.format(e.lo()))
                        .append(',').append(Numbers.format(e.hi()));
            }
            text.append('\n');
        }
        out.write(text.toString());
        out.flush();
    }

    /** Reads what {@link #write} wrote. */
    public static List<CurvePoint> read(Reader in) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        Csv.expectHeader(lines.readLine(), HEADER, "curve.csv");
        List<CurvePoint> curve = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isEmpty()) continue;
            String[] f = Csv.fields(line, 13, "curve.csv", number);
            curve.add(new CurvePoint(LocalDate.parse(f[0]), estimate(f, 1), estimate(f, 4), estimate(f, 7),
                    estimate(f, 10)));
        }
        return curve;
    }

    private static Estimate estimate(String[] fields, int at) {
        return new Estimate(Numbers.parse(fields[at]), Numbers.parse(fields[at + 1]), Numbers.parse(fields[at + 2]));
    }
}
