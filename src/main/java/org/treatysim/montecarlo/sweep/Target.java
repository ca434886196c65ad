package org.treatysim.montecarlo.sweep;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.stream.Collectors;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Scenario;

/**
 * What a sweep measures at each design point: the probability that an event has happened by a
 * date, estimated as the share of the point's runs in which it did, e.g. P(signed by 2025-12-31).
 *
 * @param event the milestone, one of {@link Milestone#CURVE}
 * @param date  the date by which it must have happened (inclusive), within the scenario's window
 */
public record Target(Milestone event, LocalDate date) {

    public Target {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        if (!Milestone.CURVE.contains(event)) {
            throw new IllegalArgumentException("a sweep target is one of " + Milestone.CURVE + ", not " + event);
        }
    }

    /** The default target: signed by the scenario's horizon. */
    public static Target signedByHorizon(Scenario scenario) {
        return new Target(Milestone.SIGNED, scenario.horizon());
    }

    /**
     * Reads {@code EVENT@YYYY-MM-DD} (e.g. {@code signed@2025-12-31}) or a bare {@code EVENT},
     * which means by the horizon.
     *
     * @throws SweepInputException when the event is unknown, the date unreadable, or the date
     *                             outside the scenario's window (start to horizon)
     */
    public static Target parse(String text, Scenario scenario) throws SweepInputException {
        String known = Milestone.CURVE.stream().map(Milestone::key).collect(Collectors.joining(", "));
        int at = text.indexOf('@');
        String eventText = (at < 0 ? text : text.substring(0, at)).trim();
        Milestone event = Milestone.byKey(eventText).filter(Milestone.CURVE::contains).orElse(null);
        if (event == null) {
            throw new SweepInputException("--target " + text + ": unknown event '" + eventText + "' (expected one of "
                    + known + ", then optionally @YYYY-MM-DD, e.g. signed@2025-12-31)");
        }
        if (at < 0) {
            return new Target(event, scenario.horizon());
        }
        String dateText = text.substring(at + 1).trim();
        LocalDate date;
        try {
            date = LocalDate.parse(dateText);
        } catch (DateTimeParseException e) {
            throw new SweepInputException("--target " + text + ": '" + dateText
                    + "' is not a date (expected YYYY-MM-DD, e.g. " + event.key() + "@2025-12-31)");
        }
        if (date.isBefore(scenario.start()) || date.isAfter(scenario.horizon())) {
            throw new SweepInputException("--target " + text + ": " + date + " is outside the scenario's window "
                    + scenario.start() + " to " + scenario.horizon() + " (expected a date in it; runs end at the horizon)");
        }
        return new Target(event, date);
    }

    /** Whether the run reached the event on or before the date. */
    public boolean reachedBy(RunResult run) {
        return event.reachedBy(run, date);
    }

    /** The target in words, e.g. {@code P(signed by 2025-12-31)}. */
    public String describe() {
        return "P(" + event.key() + " by " + date + ")";
    }

    /** What makes a design point positive for PRIM, e.g. {@code P(signed by 2025-12-31) ≥ 0.5}. */
    public String atLeast(double threshold) {
        return describe() + " ≥ " + BigDecimal.valueOf(threshold).stripTrailingZeros().toPlainString();
    }

    /** The command-line spelling, e.g. {@code signed@2025-12-31}. */
    public String spelling() {
        return event.key() + "@" + date;
    }
}
