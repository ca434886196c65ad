package org.treatysim.report.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;

/**
 * Reads runs.csv.gz back into the runs it records, as {@link RunsCsv} wrote them: each row is the
 * whole {@link RunResult} of one run, so that what is computed from the file (the brief's
 * signposts and drivers) is what the runs themselves give.
 */
public final class RunsCsvReader {
    private RunsCsvReader() { }

    /**
     * The file's columns and its runs, in row order.
     *
     * @param columns the layout its header names
     * @param runs    one result per row
     */
    public record Contents(RunsCsv columns, List<RunResult> runs) {
        public Contents {
            runs = List.copyOf(runs);
        }
    }

    /**
     * Reads a gzip-compressed runs.csv from {@code in} (not closed).
     *
     * @throws IOException {@code runs.csv.gz:line: what} when a row is not what treatysim writes
     */
    public static Contents read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16),
                StandardCharsets.UTF_8), 1 << 16);
        String header = lines.readLine();
        if (header == null) throw new IOException("runs.csv.gz:1: empty file (expected the header " + RunsCsv.LEADING + ")");
        String[] names = header.split(",", -1);
        for (int i = 0; i < RunsCsv.LEADING.size(); i++) {
            if (i >= names.length || !names[i].equals(RunsCsv.LEADING.get(i))) {
                throw new IOException("runs.csv.gz:1: column " + (i + 1) + " is " + (i < names.length ? names[i] : "missing")
                        + " (expected " + RunsCsv.LEADING.get(i) + ")");
            }
        }
        List<String> issues = new ArrayList<>();
        List<String> parties = new ArrayList<>();
        List<String> parameters = new ArrayList<>();
        for (int i = RunsCsv.LEADING.size(); i < names.length; i++) {
            if (names[i].startsWith("issue.")) issues.add(names[i].substring("issue.".length()));
            else if (names[i].startsWith("concession.")) parties.add(names[i].substring("concession.".length()));
            else if (names[i].startsWith("param.")) parameters.add(names[i].substring("param.".length()));
            else throw new IOException("runs.csv.gz:1: column " + (i + 1) + " is " + names[i]
                    + " (expected issue.<id>, concession.<party> or param.<path>)");
        }
        RunsCsv columns = new RunsCsv(issues, parties, parameters);
        if (!columns.columns().equals(List.of(names))) {
            throw new IOException("runs.csv.gz:1: the columns are out of order (expected " + columns.header().strip() + ")");
        }
        List<RunResult> runs = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            String[] cells = line.split(",", -1);
            if (cells.length != names.length) {
                throw new IOException("runs.csv.gz:" + number + ": " + cells.length + " cells (expected " + names.length + ")");
            }
            try {
                runs.add(row(cells, issues.size(), parties.size(), parameters.size()));
            } catch (IllegalArgumentException | DateTimeParseException bad) {
                throw new IOException("runs.csv.gz:" + number + ": " + bad.getMessage()
                        + " (expected a row as treatysim writes it)", bad);
            }
        }
        return new Contents(columns, runs);
    }

    private static RunResult row(String[] c, int issues, int parties, int parameters) {
        int at = RunsCsv.LEADING.size();
        double[] agreed = doubles(c, at, issues);
        double[] concessions = doubles(c, at + issues, parties);
        double[] sampled = doubles(c, at + issues + parties, parameters);
        return new RunResult(Integer.parseInt(c[0]), Long.parseUnsignedLong(c[1]), Outcome.valueOf(c[2]), date(c[3]),
                date(c[4]), date(c[5]), c[6].isEmpty() ? null : Boolean.valueOf(bool(c[6])), date(c[7]), date(c[10]),
                Integer.parseInt(c[8]), Integer.parseInt(c[9]), agreed, concessions, sampled);
    }

    private static boolean bool(String text) {
        if (!text.equals("true") && !text.equals("false")) throw new IllegalArgumentException("referendumPassed is " + text);
        return Boolean.parseBoolean(text);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    private static double[] doubles(String[] cells, int from, int count) {
        double[] values = new double[count];
        for (int i = 0; i < count; i++) {
            values[i] = Numbers.parse(cells[from + i]);
        }
        return values;
    }
}
