package org.treatysim.scenario;

import java.time.LocalDate;
import org.treatysim.model.spec.Components;
import org.treatysim.model.spec.Milestone;

/**
 * One dated fact about the history: whether {@code event} happened on or before {@code date}.
 * In {@code update} it is a condition on the runs; in {@code score} it is an outcome to forecast.
 *
 * @param date     the day by which the event did or did not happen (inclusive)
 * @param event    the milestone
 * @param happened true when the event had happened by {@code date}, false when it had not
 * @param location where the observation stands, {@code FILE:LINE:COLUMN}, for messages
 */
public record Observation(LocalDate date, Milestone event, boolean happened, String location) {
    public Observation {
        Components.requireNonNull("date, event, location", date, event, location);
    }

    /** The outcome this observation settles, e.g. "signed by 2024-11-22". */
    public String outcome() {
        return event.key() + " by " + date;
    }

    /** E.g. "signed by 2024-11-22: did not happen". */
    public String describe() {
        return outcome() + ": " + (happened ? "happened" : "did not happen");
    }
}
