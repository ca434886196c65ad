package org.treatysim.scenario;

import java.util.Objects;

/**
 * One thing wrong with a scenario file, located where the bad value stands.
 *
 * @param file    the file as named to the loader (a parent's path when the problem is in a file it extends)
 * @param line    1-based line number
 * @param column  1-based column number (in Unicode code points)
 * @param path    dotted YAML path of the key concerned, e.g. {@code parties.ARM.stance}; empty for
 *                problems with the file as a whole (syntax, encoding, size)
 * @param message what is wrong, ending with what was expected in parentheses
 */
public record Problem(String file, int line, int column, String path, String message) {
    public Problem {
        Objects.requireNonNull(file, "file");
        path = path == null ? "" : path;
        Objects.requireNonNull(message, "message");
    }

    /** {@code FILE:LINE:COLUMN: path.to.key: what is wrong (expected ...)}; the path is left out when empty. */
    @Override
    public String toString() {
        String where = file + ":" + line + ":" + column + ": ";
        return path.isEmpty() ? where + message : where + path + ": " + message;
    }
}
