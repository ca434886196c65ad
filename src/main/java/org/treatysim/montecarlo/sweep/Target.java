package org.treatysim.montecarlo.sweep;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Scenario;

/**
 * What a sweep measures at each design point: the probability that an event has happened by a
 * date, estimated as the share of the point's runs in which it did, e.g. P(signed by 2025-12-31).
 *
 * @param event the milestone
 * @param date  the date by which it must have happened (inclusive), within the scenario's window
 */
public record Target(Event event, LocalDate date) {

    /** The milestones a target can name, with the spelling of the results files and of {@code --target}. */
    public enum Event {
        /** The treaty was signed. */
        SIGNED("signed"),
        /** The full text was agreed. */
        TEXT_AGREED("textAgreed"),
        /** The text was initialed. */
        INITIALED("initialed"),
        /** The talks collapsed. */
        COLLAPSED("collapsed");

        private final String key;

        Event(String key) {
            this.key = key;
        }

        /** The name used on the command line and in files, e.g. {@code textAgreed}. */
        public String key() {
            return key;
        }

        /** The day the run reached this milestone, or null when it did not by the horizon. */
        public LocalDate dateIn(RunResult run) {
            return switch (this) {
                case SIGNED -> run.signed();
                case TEXT_AGREED -> run.textAgreed();
                case INITIALED -> run.initialed();
                case COLLAPSED -> run.collapsed();
            };
        }

        static Event ofKey(String key) {
            for (Event e : values()) {
                if (e.key.equals(key)) return e;
            }
            return null;
        }
    }

    public Target {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
    }

    /** The default target: signed by the scenario's horizon. */
    public static Target signedByHorizon(Scenario scenario) {
        return new Target(Event.SIGNED, scenario.horizon());
    }

    /**
     * Reads {@code EVENT@YYYY-MM-DD} (e.g. {@code signed@2025-12-31}) or a bare {@code EVENT},
     * which means by the horizon.
     *
     * @throws SweepInputException when the event is unknown, the date unreadable, or the date
     *                             outside the scenario's window (start to horizon)
     */
    public static Target parse(String text, Scenario scenario) throws SweepInputException {
        String known = Arrays.stream(Event.values()).map(Event::key).collect(Collectors.joining(", "));
        int at = text.indexOf('@');
        String eventText = (at < 0 ? text : text.substring(0, at)).trim();
        Event event = Event.ofKey(eventText);
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
        LocalDate when = event.dateIn(run);
        return when != null && !when.isAfter(date);
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
