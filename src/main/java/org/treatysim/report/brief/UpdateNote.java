package org.treatysim.report.brief;

import java.time.LocalDate;
import java.util.Objects;
import org.treatysim.stats.Estimate;

/**
 * What {@code treatysim update} found for the same scenario file, for the brief's "Since the
 * forecast" section: the chance of a signature by the horizon before and given the observations.
 *
 * @param asOf         the observations dated on or before this day were used
 * @param observations how many observations were used, &ge; 1
 * @param runsMade     runs made
 * @param accepted     runs whose history met every observation, 1 .. runsMade
 * @param horizon      the signature date the chances are about
 * @param before       P(signed by the horizon) over all runs made
 * @param after        P(signed by the horizon | observations), over the accepted runs
 */
public record UpdateNote(LocalDate asOf, int observations, long runsMade, long accepted, LocalDate horizon,
                         Estimate before, Estimate after) {
    public UpdateNote {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(horizon, "horizon");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (accepted < 1 || accepted > runsMade) throw new IllegalArgumentException(accepted + " of " + runsMade + " runs");
    }
}
