package org.treatysim.stats;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatysim.model.spec.Components;
import org.treatysim.model.spec.Milestone;

/**
 * The frozen result of comparing scenarios with common random numbers: what comparison.csv, the
 * comparison table and the comparison chart show. The first scenario is the reference; run i of
 * every scenario used run index i and the same master seed, so the runs pair one to one.
 *
 * @param runs      runs per scenario, &ge; 1
 * @param seed      the master seed every scenario ran with
 * @param horizon   the scenarios' common last day (P(text agreed) is reported by it)
 * @param keyDates  the dates P(signed by date) is reported at, ascending, distinct
 * @param scenarios one forecast per scenario, the reference first (curves for the chart)
 * @param rows      per scenario (in order): one row per key date for {@link Milestone#SIGNED}, then
 *                  one for {@link Milestone#TEXT_AGREED} by the horizon
 */
public record PairedComparison(long runs, long seed, LocalDate horizon, List<LocalDate> keyDates,
                               List<ForecastSummary> scenarios, List<Row> rows) {

    /**
     * One scenario's probability of one event by one date, and its paired difference from the
     * reference scenario.
     *
     * @param scenario    scenario id
     * @param reference   true for the reference (first) scenario, whose difference is
     *                    {@link PairedDifference#IDENTICAL}
     * @param event       what happened: signed or text agreed
     * @param date        by when (inclusive)
     * @param probability P(event by date), with its 95% Wilson interval
     * @param difference  P(event by date) − the reference's, with its 95% Tango score interval
     * @param counts      the paired table against the reference (reference = first)
     */
    public record Row(String scenario, boolean reference, Milestone event, LocalDate date, Estimate probability,
                      PairedDifference difference, PairedCounts counts) {
        public Row {
            Components.requireNonNull("scenario, event, date, probability, difference, counts", scenario, event, date,
                    probability, difference, counts);
        }
    }

    public PairedComparison {
        Objects.requireNonNull(horizon, "horizon");
        keyDates = List.copyOf(keyDates);
        scenarios = List.copyOf(scenarios);
        rows = List.copyOf(rows);
        if (runs < 1) throw new IllegalArgumentException("runs must be >= 1");
        if (scenarios.size() < 2) throw new IllegalArgumentException("a comparison needs at least two scenarios");
        for (int k = 1; k < keyDates.size(); k++) {
            if (!keyDates.get(k - 1).isBefore(keyDates.get(k))) {
                throw new IllegalArgumentException("key dates must ascend without repeats: " + keyDates);
            }
        }
    }

    /** The reference scenario's id. */
    public String referenceId() {
        return scenarios.get(0).provenance().scenario();
    }

    /** The row of this scenario, event and date. */
    public Row row(String scenario, Milestone event, LocalDate date) {
        for (Row row : rows) {
            if (row.scenario().equals(scenario) && row.event() == event && row.date().equals(date)) return row;
        }
        throw new IllegalArgumentException("no row for " + scenario + ", " + event.key() + ", " + date);
    }
}
