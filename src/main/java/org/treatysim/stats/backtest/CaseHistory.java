package org.treatysim.stats.backtest;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * A past negotiation of the backtest corpus as the reference forecasters see it: when its forecast
 * was made and what happened afterwards.
 *
 * @param id           the case's name (its folder's name), unique in the corpus
 * @param forecastDate the day the forecast was made: the scenario's start
 * @param outcomes     its dated outcomes, at least one, none before {@code forecastDate}
 */
public record CaseHistory(String id, LocalDate forecastDate, List<DatedOutcome> outcomes) {
    public CaseHistory {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forecastDate, "forecastDate");
        outcomes = List.copyOf(outcomes);
        if (outcomes.isEmpty()) throw new IllegalArgumentException("case " + id + " has no outcomes");
        for (DatedOutcome o : outcomes) {
            if (o.date().isBefore(forecastDate)) {
                throw new IllegalArgumentException("case " + id + ": " + o.outcome() + " is before its forecast date "
                        + forecastDate);
            }
        }
    }

    /** Days from the forecast date to {@code date}, &ge; 0 for the case's outcomes. */
    public long daysTo(LocalDate date) {
        return ChronoUnit.DAYS.between(forecastDate, date);
    }
}
