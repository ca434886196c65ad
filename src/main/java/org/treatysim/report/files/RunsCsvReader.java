package org.treatysim.report.files;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;

/**
 * Reads runs.csv.gz back into {@link RunResult}s, one row at a time, so files of any length can
 * be read in constant memory.
 */
public final class RunsCsvReader implements Closeable, Iterator<RunResult> {
    private final BufferedReader lines;
    private final RunsCsv columns;
    private final int width;
    private String next;
    private int lineNumber = 1;

    /** Opens a gzip stream over {@code in} (closed by {@link #close}) and reads its header. */
    public RunsCsvReader(InputStream in) throws IOException {
        lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(in, 1 << 16), StandardCharsets.UTF_8),
                1 << 16);
        String header = lines.readLine();
        if (header == null) throw new IOException("runs.csv.gz is empty");
        try {
            columns = RunsCsv.ofHeader(header);
        } catch (IllegalArgumentException e) {
            throw new IOException(e.getMessage(), e);
        }
        width = columns.columns().size();
        next = lines.readLine();
    }

    /** The file's columns. */
    public RunsCsv columns() {
        return columns;
    }

    @Override
    public boolean hasNext() {
        return next != null && !next.isEmpty();
    }

    /** The next run. Malformed rows throw {@link UncheckedIOException} naming the line. */
    @Override
    public RunResult next() {
        if (!hasNext()) throw new NoSuchElementException();
        String line = next;
        lineNumber++;
        try {
            next = lines.readLine();
            return parse(Csv.fields(line, width, "runs.csv.gz", lineNumber));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("runs.csv.gz:" + lineNumber + ": " + e.getMessage(), e));
        }
    }

    private RunResult parse(String[] f) {
        int issues = columns.issueIds().size();
        int parties = columns.partyIds().size();
        int parameters = columns.parameterPaths().size();
        int at = RunsCsv.LEADING.size();
        double[] agreed = new double[issues];
        for (int i = 0; i < issues; i++) agreed[i] = Numbers.parse(f[at++]);
        double[] concessions = new double[parties];
        for (int p = 0; p < parties; p++) concessions[p] = Numbers.parse(f[at++]);
        double[] sampled = new double[parameters];
        for (int k = 0; k < parameters; k++) sampled[k] = Numbers.parse(f[at++]);
        return new RunResult(Integer.parseInt(f[0]), Long.parseUnsignedLong(f[1]), Outcome.valueOf(f[2]), date(f[3]),
                date(f[4]), date(f[5]), f[6].isEmpty() ? null : Boolean.valueOf(parseBoolean(f[6])), date(f[7]),
                date(f[10]), Integer.parseInt(f[8]), Integer.parseInt(f[9]), agreed, concessions, sampled);
    }

    private static boolean parseBoolean(String text) {
        if (text.equals("true")) return true;
        if (text.equals("false")) return false;
        throw new IllegalArgumentException("referendumPassed must be true, false or empty, not " + text);
    }

    private static LocalDate date(String text) {
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
