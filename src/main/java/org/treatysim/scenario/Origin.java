package org.treatysim.scenario;

/**
 * Where something stands in a scenario file.
 *
 * @param file   the file as named to the loader
 * @param line   1-based line
 * @param column 1-based column, in Unicode code points
 */
record Origin(String file, int line, int column) {

    /** The start of a file, for problems with the file as a whole. */
    static Origin startOf(String file) {
        return new Origin(file, 1, 1);
    }

    Problem problem(String path, String message) {
        return new Problem(file, line, column, path == null ? null : Excerpt.ofPath(path), message);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
