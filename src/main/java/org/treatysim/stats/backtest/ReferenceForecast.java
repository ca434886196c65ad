package org.treatysim.stats.backtest;

import java.util.Objects;

/**
 * A reference forecaster's probability for one outcome of a case.
 *
 * @param forecaster  {@link ReferenceForecasters#COIN_FLIP}, {@link ReferenceForecasters#BASE_RATE}
 *                    or {@link ReferenceForecasters#DURATION}
 * @param probability the forecast, in [0, 1]
 * @param support     what it rests on: for the base rate, the other cases' outcomes of the same
 *                    event; for the duration model, the other cases with an outcome of that event;
 *                    0 for the coin flip and whenever the fallback was used
 * @param fallback    true when no other case had an outcome of the event, so the pooled rate of
 *                    all the other cases' outcomes with a +1/+2 Laplace prior was used
 */
public record ReferenceForecast(String forecaster, double probability, int support, boolean fallback) {
    public ReferenceForecast {
        Objects.requireNonNull(forecaster, "forecaster");
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException(forecaster + ": probability " + probability + " outside [0, 1]");
        }
        if (support < 0) throw new IllegalArgumentException(forecaster + ": negative support " + support);
    }
}
