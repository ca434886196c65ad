package org.treatysim.report.brief;

import java.util.Objects;

/**
 * One row of the brief's table of assumptions: a scenario parameter, its value and where the
 * value comes from.
 *
 * @param path   the dotted scenario path, e.g. {@code parties.AZE.patienceDays}
 * @param value  the value or distribution as written in the scenario, e.g. {@code { triangular: [365, 730, 1460] }}
 * @param source the source comment beside it in the scenario file (e.g. "facts-2024-09.md §4" or
 *               "assumption: …"); empty when the file gives none
 */
public record Assumption(String path, String value, String source) {
    public Assumption {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        source = source == null ? "" : source.strip();
    }
}
