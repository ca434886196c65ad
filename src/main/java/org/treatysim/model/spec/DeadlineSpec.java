package org.treatysim.model.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A focal date that presses the parties (docs/model.md section 7). Before {@code date} the pressure
 * on party p is pressure[p]·exp(−(date − t)/lambdaDays); from {@code date} to {@code end} it is
 * pressure[p]; after {@code end} it is zero, and the clocks run at {@code letdownFactor} of their
 * speed for {@code letdownDays}.
 *
 * @param id            unique id, names the deadline's columns in summary.json
 * @param label         chart marker text
 * @param date          first day of the deadline window
 * @param end           last day of the window, on or after date (equal to date for a single day)
 * @param pressure      weight on each party (two entries), &ge; 0
 * @param lambdaDays    time scale of the build-up, days &gt; 0
 * @param shiftDays     days added to both date and end in a run (a distribution makes the deadline stochastic)
 * @param letdownDays   days of slowed clocks after the window, &ge; 0
 * @param letdownFactor clock speed multiplier during the letdown, in [0, 1]
 * @param missed        what missing it costs, applied once at the window's end when no text is
 *                      agreed by then; empty: nothing
 * @throws IllegalArgumentException when end is before date
 */
public record DeadlineSpec(String id, String label, LocalDate date, LocalDate end, List<Quantity> pressure,
                           Quantity lambdaDays, Quantity shiftDays, Quantity letdownDays, Quantity letdownFactor,
                           Optional<Missed> missed) {
    /** A deadline that costs nothing when missed (the default). */
    public DeadlineSpec(String id, String label, LocalDate date, LocalDate end, List<Quantity> pressure,
                        Quantity lambdaDays, Quantity shiftDays, Quantity letdownDays, Quantity letdownFactor) {
        this(id, label, date, end, pressure, lambdaDays, shiftDays, letdownDays, letdownFactor, Optional.empty());
    }

    public DeadlineSpec {
        Components.requireNonNull("id, date, lambdaDays, shiftDays, letdownDays, letdownFactor", id, date, lambdaDays,
                shiftDays, letdownDays, letdownFactor);
        label = label == null ? id : label;
        end = end == null ? date : end;
        if (end.isBefore(date)) {
            throw new IllegalArgumentException("deadline " + id + ": end " + end + " is before date " + date
                    + " (expected an end on or after the date)");
        }
        pressure = List.copyOf(pressure);
        missed = missed == null ? Optional.empty() : missed;
    }

    /**
     * The consequences of a missed deadline (docs/model.md section 7).
     *
     * @param collapse  probability that the talks end (COLLAPSED), in [0, 1]
     * @param trustLoss trust lost in every mediator by both parties, in [0, 1]
     * @param batna     per party (two entries, or none for zero), utility added to its batna; may be negative
     */
    public record Missed(Quantity collapse, Quantity trustLoss, List<Quantity> batna) {
        public Missed {
            Objects.requireNonNull(collapse, "collapse");
            Objects.requireNonNull(trustLoss, "trustLoss");
            batna = batna == null ? List.of() : List.copyOf(batna);
        }
    }
}
