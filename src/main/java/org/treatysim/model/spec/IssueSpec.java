package org.treatysim.model.spec;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One issue of the treaty, valued on [0, 1]: 0 is the first party's preferred outcome, 1 the second's.
 *
 * @param id                  unique id, used in per-issue maps and output columns
 * @param title               human-readable name
 * @param referendum          true: conceding past {@code referendumThreshold} obliges the first
 *                            party to change its constitution by referendum before signature
 * @param referendumThreshold value in [0, 1] beyond which the referendum is needed
 * @param agreed              the value already agreed when the scenario starts, if any
 */
public record IssueSpec(String id, String title, boolean referendum, double referendumThreshold,
                        OptionalDouble agreed) {
    public IssueSpec {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        agreed = agreed == null ? OptionalDouble.empty() : agreed;
    }
}
