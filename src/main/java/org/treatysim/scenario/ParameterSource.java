package org.treatysim.scenario;

import java.util.Objects;

/**
 * Where a value of the scenario was written, and the comment beside it (its source or the
 * analyst's {@code assumption:}). One per value written in the file or the files it extends; a
 * single value written for all issues or all parties gives one source per issue or party path,
 * all pointing at the same line.
 *
 * @param path    dotted parameter path, as in {@link org.treatysim.model.spec.ScenarioParameters}
 *                (e.g. {@code parties.ARM.reservation.transit}); for values that are not numeric
 *                parameters, the key path (e.g. {@code start}, {@code issues.transit.title})
 * @param value   the value as written, e.g. {@code 0.45} or {@code { uniform: [0.6, 1.0] }}
 * @param comment the comment on the value's line, or else the comment lines just above it
 *                (without {@code #}, trimmed); empty when there is none
 * @param file    the file that holds the value
 * @param line    1-based line of the value
 */
public record ParameterSource(String path, String value, String comment, String file, int line) {
    public ParameterSource {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(value, "value");
        comment = comment == null ? "" : comment;
        Objects.requireNonNull(file, "file");
    }
}
