package org.treatysim.stats.backtest;

import java.time.LocalDate;
import java.util.List;
import org.treatysim.model.spec.Components;
import org.treatysim.stats.Estimate;

/**
 * One case of the backtest: what happened, and what the scenario's runs forecast on its start
 * date.
 *
 * @param history   the case's forecast date and outcomes
 * @param scenario  the scenario's id
 * @param title     the scenario's title, for charts
 * @param horizon   the scenario's last day
 * @param seed      the master seed its runs used
 * @param runs      runs made, &ge; 1
 * @param forecasts for each outcome of {@code history}, in the same order, the share of runs in
 *                  which the event happened by the outcome's date, with its Wilson 95% interval
 * @param curves    P(event by date) over the window, one curve per event of the outcomes (for charts)
 */
public record CaseForecast(CaseHistory history, String scenario, String title, LocalDate horizon, long seed,
                           long runs, List<Estimate> forecasts, List<ForecastCurve> curves) {
    public CaseForecast {
        Components.requireNonNull("history, scenario, title, horizon", history, scenario, title, horizon);
        forecasts = List.copyOf(forecasts);
        curves = List.copyOf(curves);
        if (runs < 1) throw new IllegalArgumentException("case " + history.id() + ": no runs");
        if (forecasts.size() != history.outcomes().size()) {
            throw new IllegalArgumentException("case " + history.id() + ": " + forecasts.size() + " forecasts for "
                    + history.outcomes().size() + " outcomes");
        }
    }

    /** The case's id. */
    public String id() {
        return history.id();
    }
}
