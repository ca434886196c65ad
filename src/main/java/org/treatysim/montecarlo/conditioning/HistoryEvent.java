package org.treatysim.montecarlo.conditioning;

import java.time.LocalDate;
import org.treatysim.model.RunResult;

/**
 * A milestone of a run's history that can be checked against a date: did it happen on or before
 * that day? Read from the dates a {@link RunResult} reports.
 *
 * <p>{@link RunResult#referendum()} is the day of the last referendum held; in the model a run
 * holds at most one (after a failed vote the referendum issues reopen capped at their threshold,
 * so the renegotiated text needs no second vote), so "a referendum was held by d" is exact. A
 * passed referendum is always the last, so "passed by d" is exact too.
 */
public enum HistoryEvent {
    /** The full text was agreed (the first agreement). */
    TEXT_AGREED,
    /** The text was initialed. */
    INITIALED,
    /** The referendum was held. */
    REFERENDUM_HELD,
    /** The referendum was held and passed. */
    REFERENDUM_PASSED,
    /** The treaty was signed. */
    SIGNED,
    /** The talks collapsed. */
    COLLAPSED;

    /** True when this event happened in {@code run} on or before {@code date}. */
    public boolean happenedBy(RunResult run, LocalDate date) {
        LocalDate when = switch (this) {
            case TEXT_AGREED -> run.textAgreed();
            case INITIALED -> run.initialed();
            case REFERENDUM_HELD -> run.referendum();
            case REFERENDUM_PASSED -> Boolean.TRUE.equals(run.referendumPassed()) ? run.referendum() : null;
            case SIGNED -> run.signed();
            case COLLAPSED -> run.collapsed();
        };
        return when != null && !when.isAfter(date);
    }
}
