package org.treatysim.report.files;

import java.io.IOException;

/** The little CSV the results files need: no field ever holds a comma, quote or newline. */
final class Csv {
    private Csv() { }

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
