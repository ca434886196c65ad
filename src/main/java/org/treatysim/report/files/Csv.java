package org.treatysim.report.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.treatysim.stats.Estimate;

/**
 * The little CSV the results files need, shared by every writer of them: {@code \n} line ends,
 * numbers spelt by {@link Numbers}, and fields that never hold a comma, quote or newline except
 * the names of other forecasters, which are quoted ({@link #quote}).
 */
public final class Csv {
    private Csv() { }

    /**
     * Writes {@code header} and one line per row ({@code \n} line ends), each line begun by
     * {@code row}, which appends its fields; flushes but does not close {@code out}.
     */
    public static <T> void write(String header, List<T> rows, BiConsumer<T, StringBuilder> row, Writer out)
            throws IOException {
        StringBuilder text = new StringBuilder(header).append('\n');
        for (T item : rows) {
            row.accept(item, text);
            text.append('\n');
        }
        out.write(text.toString());
        out.flush();
    }

    /**
     * Reads a file that {@link #write} wrote: checks its header, skips empty lines and gives every
     * other line's fields (as many as the header's columns, or an error naming the line) to
     * {@code row}.
     */
    static <T> List<T> read(Reader in, String header, String file, Function<String[], T> row) throws IOException {
        BufferedReader lines = new BufferedReader(in);
        expectHeader(lines.readLine(), header, file);
        int columns = header.split(",", -1).length;
        List<T> rows = new ArrayList<>();
        String line;
        int number = 1;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isEmpty()) continue;
            rows.add(row.apply(fields(line, columns, file, number)));
        }
        return rows;
    }

    static void expectHeader(String line, String expected, String file) throws IOException {
        if (line == null) throw new IOException(file + " is empty");
        if (!line.equals(expected)) {
            throw new IOException(file + ": unexpected header " + line + " (expected " + expected + ")");
        }
    }

    static String[] fields(String line, int count, String file, int lineNumber) throws IOException {
        String[] fields = line.split(",", -1);
        if (fields.length != count) {
            throw new IOException(file + ":" + lineNumber + ": " + fields.length + " fields (expected " + count + ")");
        }
        return fields;
    }

    /**
     * Appends an estimate as three fields, each after a comma: its value and its interval's lower
     * and upper ends.
     */
    public static StringBuilder estimate(StringBuilder text, Estimate estimate) {
        return text.append(',').append(Numbers.format(estimate.p())).append(',').append(Numbers.format(estimate.lo()))
                .append(',').append(Numbers.format(estimate.hi()));
    }

    /** {@code field}, refused when it would need quoting: ids and dotted parameter paths never do. */
    public static String plain(String field) {
        if (field.isEmpty() || needsQuotes(field)) {
            throw new IllegalArgumentException("not a plain CSV field: " + field);
        }
        return field;
    }

    /** A field as CSV needs it: quoted (with quotes doubled) when it holds a comma, quote or line break. */
    public static String quote(String field) {
        if (!needsQuotes(field)) return field;
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private static boolean needsQuotes(String field) {
        return field.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
    }
}
