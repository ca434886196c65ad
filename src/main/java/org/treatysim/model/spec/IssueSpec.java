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
 * @param agreed              the value already agreed when the scenario starts, if any, in [0, 1]
 * @throws IllegalArgumentException when the threshold or the agreed value is outside [0, 1]
 */
public record IssueSpec(String id, String title, boolean referendum, double referendumThreshold,
                        OptionalDouble agreed) {
    public IssueSpec {
        Objects.requireNonNull(id, "id");
        title = title == null ? id : title;
        agreed = agreed == null ? OptionalDouble.empty() : agreed;
        if (!(referendumThreshold >= 0 && referendumThreshold <= 1)) {
            throw new IllegalArgumentException("issue " + id + ": referendumThreshold " + referendumThreshold
                    + " (expected a value in [0, 1])");
        }
        if (agreed.isPresent() && !(agreed.getAsDouble() >= 0 && agreed.getAsDouble() <= 1)) {
            throw new IllegalArgumentException("issue " + id + ": agreed " + agreed.getAsDouble()
                    + " (expected a value in [0, 1])");
        }
    }
}
