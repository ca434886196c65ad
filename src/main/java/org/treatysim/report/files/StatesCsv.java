package org.treatysim.report.files;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import org.treatysim.stats.StateShares;

/**
 * states.csv: one row per model step, the share of runs in each state on that date (the stacked
 * area chart). An extra file beside curve.csv, listed in the README ("The results folder").
 */
public final class StatesCsv {
    /** The header line, without its newline. */
    public static final String HEADER = "date,negotiating,textAgreed,awaitingReferendum,signed,collapsed";

    private StatesCsv() { }

    /** Writes the header and one line per row; does not close {@code out}. */
    public static void write(List<StateShares> states, Writer out) throws IOException {
        Csv.write(HEADER, states, (s, text) -> text.append(s.date()).append(',')
                .append(Numbers.format(s.negotiating())).append(',').append(Numbers.format(s.textAgreed())).append(',')
                .append(Numbers.format(s.awaitingReferendum())).append(',').append(Numbers.format(s.signed()))
                .append(',').append(Numbers.format(s.collapsed())), out);
    }

    /** Reads what {@link #write} wrote. */
    public static List<StateShares> read(Reader in) throws IOException {
        return Csv.read(in, HEADER, "states.csv", f -> new StateShares(LocalDate.parse(f[0]), Numbers.parse(f[1]),
                Numbers.parse(f[2]), Numbers.parse(f[3]), Numbers.parse(f[4]), Numbers.parse(f[5])));
    }
}
