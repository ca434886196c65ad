package org.treatysim.stats.backtest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What happened in a past negotiation: whether {@code event} had happened on or before
 * {@code date}.
 *
 * @param event    the event's key, e.g. {@code signed}; outcomes of the same key are of one type
 * @param date     the day by which it had or had not happened (inclusive)
 * @param happened true when it had happened by {@code date}
 */
public record DatedOutcome(String event, LocalDate date, boolean happened) {
    public DatedOutcome {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
    }

    /** The outcome in words, e.g. "signed by 2024-11-22", as the score command spells it. */
    public String outcome() {
        return event + " by " + date;
    }
}
