package org.treatysim.montecarlo.compare;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.Scenario;

/**
 * The dates a comparison reports P(signed by date) at. By default: the last day of every
 * calendar year in the scenario's window, the horizon, and the end of each of the scenario's
 * deadlines (for the library's baseline: 2024-11-22, the end of COP29; 2024-12-31; 2025-12-31;
 * 2026-12-31).
 */
public final class KeyDates {
    private KeyDates() { }

    /** The default key dates of a comparison whose first scenario is {@code first}, ascending. */
    public static List<LocalDate> defaults(Scenario first) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int year = first.start().getYear(); year <= first.horizon().getYear(); year++) {
            LocalDate yearEnd = LocalDate.of(year, 12, 31);
            if (inWindow(yearEnd, first)) dates.add(yearEnd);
        }
        dates.add(first.horizon());
        for (DeadlineSpec deadline : first.deadlines()) {
            if (inWindow(deadline.end(), first)) dates.add(deadline.end());
        }
        return List.copyOf(dates);
    }

    /** {@code dates} ascending without repeats. */
    public static List<LocalDate> normalise(List<LocalDate> dates) {
        return List.copyOf(new TreeSet<>(dates));
    }

    /**
     * What is wrong with user-given key dates for scenarios with this window: one message per date
     * that is not after the start or is after the horizon (nothing can be counted there). Empty
     * when all are usable.
     */
    public static List<String> problems(List<LocalDate> dates, LocalDate start, LocalDate horizon) {
        List<String> problems = new ArrayList<>();
        if (dates.isEmpty()) problems.add("no key dates given (expected at least one date)");
        for (LocalDate date : dates) {
            if (!date.isAfter(start) || date.isAfter(horizon)) {
                problems.add("key date " + date + " is outside the scenarios' window (expected a date after "
                        + start + " and not after " + horizon + ")");
            }
        }
        return problems;
    }

    private static boolean inWindow(LocalDate date, Scenario scenario) {
        return date.isAfter(scenario.start()) && !date.isAfter(scenario.horizon());
    }
}
