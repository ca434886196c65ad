package org.treatysim.stats.scoring;

import java.util.Objects;

/**
 * A probability given to a yes/no outcome, and what happened.
 *
 * @param outcome     what was forecast, e.g. "signed by 2025-12-31"; pairs forecasts of the same
 *                    outcome from different forecasters
 * @param probability forecast probability that the outcome happens, in [0, 1]
 * @param happened    whether it did
 */
public record BinaryForecast(String outcome, double probability, boolean happened) {
    public BinaryForecast {
        Objects.requireNonNull(outcome, "outcome");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(outcome + ": probability " + probability + " outside [0, 1]");
        }
    }
}
