package org.treatysim.montecarlo.conditioning;

import java.time.LocalDate;
import java.util.Objects;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;

/**
 * "Event by date": a yes/no question about a run's history.
 *
 * @param event the milestone
 * @param date  the day by which it happened or not (inclusive)
 */
public record DatedEvent(Milestone event, LocalDate date) {
    public DatedEvent {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
    }

    /** True when the event happened in {@code run} on or before the date. */
    public boolean happenedIn(RunResult run) {
        return event.reachedBy(run, date);
    }
}
