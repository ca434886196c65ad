package org.treatysim.report.files;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The little CSV the results files need: no field ever holds a comma, quote or newline. */
final class Csv {
    private Csv() { }

    /**
     * Writes {@code header} and one line per row ({@code \n} line ends), each line begun by
     * {@code row}, which appends its fields; flushes but does not close {@code out}.
     */
    static <T> void write(String header, List<T> rows, BiConsumer<T, StringBuilder> row, Writer out)
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

    /** Refuses a column name that would need quoting: ids and dotted paths never do. */
    static String name(String name) {
        if (name.isEmpty() || name.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')) {
            throw new IllegalArgumentException("not a plain CSV column name: " + name);
        }
        return name;
    }
}
