package org.treatysim.stats.backtest;

import java.time.LocalDate;
import java.util.List;
import org.treatysim.model.spec.Components;
import org.treatysim.stats.Estimate;

/**
 * One outcome of one case, with treatysim's forecast and its scores and the reference forecasts:
 * a row of scorecard.csv.
 *
 * @param caseId     the case
 * @param event      the event's key
 * @param date       the outcome's date: the question is "event by date"
 * @param days       days from the case's forecast date to {@code date}, &ge; 0
 * @param forecast   treatysim's probability with its Wilson 95% interval
 * @param runs       the runs behind it
 * @param happened   what happened
 * @param brier      treatysim's Brier score (p − o)², in [0, 1]
 * @param logScore   treatysim's log score in nats, −ln of the clipped probability of what happened
 * @param references the reference forecasts, in {@link ReferenceForecasters#NAMES} order
 */
public record ScorecardRow(String caseId, String event, LocalDate date, long days, Estimate forecast, long runs,
                           boolean happened, double brier, double logScore, List<ReferenceForecast> references) {
    public ScorecardRow {
        Components.requireNonNull("caseId, event, date, forecast", caseId, event, date, forecast);
        references = List.copyOf(references);
    }

    /** The reference forecast of {@code forecaster}. */
    public ReferenceForecast reference(String forecaster) {
        return references.stream().filter(r -> r.forecaster().equals(forecaster)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no reference " + forecaster));
    }
}
