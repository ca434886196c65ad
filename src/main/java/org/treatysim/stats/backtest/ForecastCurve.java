package org.treatysim.stats.backtest;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatysim.stats.Estimate;

/**
 * A case's forecast of one event over time: P(event by date) at each date, with its Wilson 95%
 * interval, as the share of the case's runs.
 *
 * @param event         the event's key, e.g. {@code signed}
 * @param dates         the dates, increasing, at least one
 * @param probabilities P(event by the date at the same index)
 */
public record ForecastCurve(String event, List<LocalDate> dates, List<Estimate> probabilities) {
    public ForecastCurve {
        Objects.requireNonNull(event, "event");
        dates = List.copyOf(dates);
        probabilities = List.copyOf(probabilities);
        if (dates.isEmpty() || dates.size() != probabilities.size()) {
            throw new IllegalArgumentException(event + ": " + dates.size() + " dates and " + probabilities.size()
                    + " probabilities (expected the same number, at least one)");
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw new IllegalArgumentException(event + ": dates out of order at " + dates.get(i));
            }
        }
    }
}
