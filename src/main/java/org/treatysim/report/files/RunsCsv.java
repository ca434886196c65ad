package org.treatysim.report.files;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.RunResult;

/**
 * The layout of runs.csv.gz: one row per run, in run order, so that row i is run i.
 *
 * <p>Columns: {@code run,seed,state,textAgreed,initialed,referendum,referendumPassed,signed,clashes,spoilers}
 * as README.md ("The results folder") fixes them, then {@code collapsed} (the collapse date, an addition so that a row
 * holds the whole {@link RunResult}), then {@code issue.<id>} (agreed value, empty when not agreed)
 * per issue, {@code concession.<party>} per party and {@code param.<dotted.path>} per sampled
 * parameter. Dates are ISO or empty; {@code referendumPassed} is true, false or empty (no vote);
 * {@code state} is SIGNED, COLLAPSED or STALLED; {@code seed} is the run's 64-bit seed as an
 * unsigned decimal.
 *
 * @param issueIds       issue ids, scenario order
 * @param partyIds       party ids, scenario order
 * @param parameterPaths dotted paths of the sampled parameters, in the order of
 *                       {@link RunResult#sampledParameters()}
 */
public record RunsCsv(List<String> issueIds, List<String> partyIds, List<String> parameterPaths) {
    /** The fixed leading columns. */
    public static final List<String> LEADING = List.of("run", "seed", "state", "textAgreed", "initialed",
            "referendum", "referendumPassed", "signed", "clashes", "spoilers", "collapsed");

    public RunsCsv {
        issueIds = List.copyOf(issueIds);
        partyIds = List.copyOf(partyIds);
        parameterPaths = List.copyOf(parameterPaths);
        issueIds.forEach(Csv::plain);
        partyIds.forEach(Csv::plain);
        parameterPaths.forEach(Csv::plain);
    }

    /** All column names, in order. */
    public List<String> columns() {
        List<String> columns = new ArrayList<>(LEADING);
        issueIds.forEach(id -> columns.add("issue." + id));
        partyIds.forEach(id -> columns.add("concession." + id));
        parameterPaths.forEach(path -> columns.add("param." + path));
        return columns;
    }

    /** The header line, with its newline. */
    public String header() {
        return String.join(",", columns()) + "\n";
    }

    /**
     * The rows of these runs as UTF-8 bytes, each line ending in {@code \n}. Thread-safe: the
     * Monte Carlo workers format their own chunks in parallel.
     */
    public byte[] rows(List<RunResult> runs) {
        StringBuilder text = new StringBuilder(runs.size() * (64 + 20 * (issueIds.size() + partyIds.size()
                + parameterPaths.size())));
        for (RunResult r : runs) {
            check(r);
            text.append(r.run()).append(',').append(Long.toUnsignedString(r.seed())).append(',')
                    .append(r.outcome().name()).append(',');
            date(text, r.textAgreed());
            date(text, r.initialed());
            date(text, r.referendum());
            text.append(r.referendumPassed() == null ? "" : r.referendumPassed().toString()).append(',');
            date(text, r.signed());
            text.append(r.clashes()).append(',').append(r.spoilers()).append(',');
            text.append(r.collapsed() == null ? "" : r.collapsed().toString());
            for (double v : r.agreedValues()) text.append(',').append(Numbers.format(v));
            for (double v : r.concessions()) text.append(',').append(Numbers.format(v));
            for (double v : r.sampledParameters()) text.append(',').append(Numbers.format(v));
            text.append('\n');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private void check(RunResult r) {
        if (r.agreedValues().length != issueIds.size() || r.concessions().length != partyIds.size()
                || r.sampledParameters().length != parameterPaths.size()) {
            throw new IllegalArgumentException("run " + r.run() + " does not have the columns of this file: "
                    + r.agreedValues().length + " issues, " + r.concessions().length + " parties, "
                    + r.sampledParameters().length + " parameters");
        }
    }

    private static void date(StringBuilder text, LocalDate date) {
        if (date != null) text.append(date);
        text.append(',');
    }
}
