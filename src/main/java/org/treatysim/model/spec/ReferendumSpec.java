package org.treatysim.model.spec;

import java.time.LocalDate;

/**
 * The first party's constitutional referendum (docs/model.md section 9). It is held at
 * max(earliest + earliestShiftDays, initialing + prepDays) and passes when support' &gt; 0.5 and
 * support'·turnout &ge; quorum, where support' = clamp(support + termsEffect·(U₁(text) −
 * termsReference), 0, 1) reads the terms of the agreed text.
 *
 * @param precondition      true: the second party will not sign before the constitution changes
 * @param earliest          first possible polling day
 * @param prepDays          days of preparation after initialing, &ge; 0
 * @param support           yes share of votes cast, in [0, 1], before the terms move it
 * @param turnout           votes cast over registered voters, in [0, 1]
 * @param quorum            minimum yes votes over registered voters, in [0, 1]
 * @param collapseOnFail    probability that a failed vote ends the process (COLLAPSED), in [0, 1]
 * @param earliestShiftDays days added to {@code earliest} in a run (events may set or add to it; a
 *                          distribution makes the date uncertain), default 0
 * @param termsEffect       support gained per unit of the first party's utility of the agreed
 *                          text above {@code termsReference}, &ge; 0; default 0 (support ignores the terms)
 * @param termsReference    the first party's utility at which the terms leave support as drawn,
 *                          in [0, 1]; default 0.5
 */
public record ReferendumSpec(boolean precondition, LocalDate earliest, Quantity prepDays, Quantity support,
                             Quantity turnout, Quantity quorum, Quantity collapseOnFail, Quantity earliestShiftDays,
                             Quantity termsEffect, Quantity termsReference) {
    /** Default of {@code termsReference}. */
    public static final Quantity MIDDLE = Quantity.of(0.5);

    /** A referendum on its fixed earliest date whose support ignores the terms (the defaults). */
    public ReferendumSpec(boolean precondition, LocalDate earliest, Quantity prepDays, Quantity support,
                          Quantity turnout, Quantity quorum, Quantity collapseOnFail) {
        this(precondition, earliest, prepDays, support, turnout, quorum, collapseOnFail, Quantity.of(0),
                Quantity.of(0), MIDDLE);
    }

    public ReferendumSpec {
        Components.requireNonNull("earliest, prepDays, support, turnout, quorum, collapseOnFail", earliest, prepDays,
                support, turnout, quorum, collapseOnFail);
        earliestShiftDays = earliestShiftDays == null ? Quantity.of(0) : earliestShiftDays;
        termsEffect = termsEffect == null ? Quantity.of(0) : termsEffect;
        termsReference = termsReference == null ? MIDDLE : termsReference;
    }
}
