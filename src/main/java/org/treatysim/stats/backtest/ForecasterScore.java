package org.treatysim.stats.backtest;

import java.util.Objects;

/**
 * A forecaster's mean scores over a set of outcomes.
 *
 * @param forecaster {@link Backtest#TREATYSIM} or a reference's name
 * @param brier      mean Brier score, in [0, 1]
 * @param logScore   mean log score in nats (clipped), in [0, −ln clip]
 */
public record ForecasterScore(String forecaster, double brier, double logScore) {
    public ForecasterScore {
        Objects.requireNonNull(forecaster, "forecaster");
    }
}
