package org.treatysim.stats.backtest;

import org.treatysim.model.spec.Components;

/**
 * A forecaster's mean scores over every outcome of every case, with bootstrap 95% intervals from
 * resampling cases.
 *
 * @param forecaster {@link Backtest#TREATYSIM} or a reference's name
 * @param outcomes   outcomes scored, &ge; 1
 * @param brier      mean Brier score over the outcomes, in [0, 1]
 * @param logScore   mean log score over the outcomes, in nats (clipped)
 */
public record PooledScore(String forecaster, int outcomes, Interval brier, Interval logScore) {
    public PooledScore {
        Components.requireNonNull("forecaster, brier, logScore", forecaster, brier, logScore);
    }
}
