package org.treatysim.report.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The scenario's forecast window, which the summary records do not carry: charts need the start
 * to place signature dates (stored in days after it) and the horizon to end their time axes, and
 * the brief names the horizon in its sentences. The command line takes both from the scenario.
 *
 * @param start   the scenario's {@code start}, the forecast date
 * @param horizon the scenario's {@code horizon}, after {@code start}
 */
public record ForecastWindow(LocalDate start, LocalDate horizon) {
    public ForecastWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(horizon, "horizon");
        if (!horizon.isAfter(start)) {
            throw new IllegalArgumentException("horizon " + horizon + " is not after start " + start);
        }
    }
}
