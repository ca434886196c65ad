package org.treatysim.model.spec;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The first party's constitutional referendum. It is held at max(earliest, initialing + prepDays)
 * and passes when support &gt; 0.5 and support·turnout &ge; quorum.
 *
 * @param precondition   true: the second party will not sign before the constitution changes
 * @param earliest       first possible polling day
 * @param prepDays       days of preparation after initialing, &ge; 0
 * @param support        yes share of votes cast, in [0, 1]
 * @param turnout        votes cast over registered voters, in [0, 1]
 * @param quorum         minimum yes votes over registered voters, in [0, 1]
 * @param collapseOnFail probability that a failed vote ends the process (COLLAPSED), in [0, 1]
 */
public record ReferendumSpec(boolean precondition, LocalDate earliest, Quantity prepDays, Quantity support,
                             Quantity turnout, Quantity quorum, Quantity collapseOnFail) {
    public ReferendumSpec {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(prepDays, "prepDays");
        Objects.requireNonNull(support, "support");
        Objects.requireNonNull(turnout, "turnout");
        Objects.requireNonNull(quorum, "quorum");
        Objects.requireNonNull(collapseOnFail, "collapseOnFail");
    }
}
