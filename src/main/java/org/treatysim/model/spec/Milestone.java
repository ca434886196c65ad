package org.treatysim.model.spec;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A milestone of a run's history, the one vocabulary of forecasts, comparisons, sweep targets,
 * observations and the brief: its key as files and the command line spell it, its label as
 * sentences say it, and the day a run reached it ({@link #dayIn}).
 *
 * <p>Declared in the order of the model's ratification pipeline ({@code docs/model.md},
 * "Ratification"), which is also the order observations files list them in messages. Consumers
 * that track only some milestones say which: {@link #CURVE} for the forecast curve and sweep
 * targets; compare reports {@link #SIGNED} and {@link #TEXT_AGREED}; observations accept all.
 *
 * <p>A run reports the day of its last referendum only. In the model a run holds at most one (after
 * a failed vote the referendum issues reopen capped at their threshold, so the renegotiated text
 * needs no second vote), so "a referendum was held by d" is exact; a passed referendum is always
 * the last, so "passed by d" is exact too.
 */
public enum Milestone {
    /** The full text was agreed (the first agreement). */
    TEXT_AGREED("textAgreed"),
    /** The agreed text was initialed. */
    INITIALED("initialed"),
    /** The constitutional referendum was held. */
    REFERENDUM_HELD("referendumHeld"),
    /** That referendum passed. */
    REFERENDUM_PASSED("referendumPassed"),
    /** The treaty was signed. */
    SIGNED("signed"),
    /** The talks collapsed. */
    COLLAPSED("collapsed");

    /**
     * The milestones the forecast curve tracks, in the column order of curve.csv and of
     * summary.json's {@code outcomes}; also the events a sweep's {@code --target} may name.
     */
    public static final List<Milestone> CURVE = List.of(SIGNED, TEXT_AGREED, INITIALED, COLLAPSED);

    /**
     * The milestone dates a run reports (the model's run result): each the day it was first reached,
     * or null when it was not reached by the horizon.
     */
    public interface Dates {
        /** First day the full text was agreed. */
        LocalDate textAgreed();

        /** Day the text was initialed. */
        LocalDate initialed();

        /** Polling day of the (last) referendum held. */
        LocalDate referendum();

        /** True/false after a referendum, null when none was held. */
        Boolean referendumPassed();

        /** Signature day. */
        LocalDate signed();

        /** Day the talks collapsed. */
        LocalDate collapsed();
    }

    private final String key;
    private final String label;

    Milestone(String key) {
        this.key = key;
        // The label is the key in words, so that the two can never disagree.
        this.label = key.replaceAll("([A-Z])", " $1").toLowerCase(Locale.ROOT);
    }

    /** The name used in files and on the command line, e.g. {@code textAgreed}. */
    public String key() {
        return key;
    }

    /** The name used in sentences, e.g. "text agreed". */
    public String label() {
        return label;
    }

    /** The day {@code run} reached this milestone, or null when it did not by the horizon. */
    public LocalDate dayIn(Dates run) {
        return switch (this) {
            case TEXT_AGREED -> run.textAgreed();
            case INITIALED -> run.initialed();
            case REFERENDUM_HELD -> run.referendum();
            case REFERENDUM_PASSED -> Boolean.TRUE.equals(run.referendumPassed()) ? run.referendum() : null;
            case SIGNED -> run.signed();
            case COLLAPSED -> run.collapsed();
        };
    }

    /** True when {@code run} reached this milestone on or before {@code date} (the day itself counts). */
    public boolean reachedBy(Dates run, LocalDate date) {
        LocalDate day = dayIn(run);
        return day != null && !day.isAfter(date);
    }

    /** Every key, in declaration order. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (Milestone m : values()) {
            keys.add(m.key);
        }
        return List.copyOf(keys);
    }

    /** The milestone with this key (exact spelling), if any. */
    public static Optional<Milestone> byKey(String key) {
        for (Milestone m : values()) {
            if (m.key.equals(key)) return Optional.of(m);
        }
        return Optional.empty();
    }

    /**
     * The milestones that have happened by any date by which this one has, itself included: its
     * predecessors in the model's pipeline. A treaty is initialed only after its text is agreed;
     * the referendum is scheduled at initialing; a signature follows initialing (and, when one is
     * needed, the passed referendum, which is why signing does not imply a referendum).
     */
    public Set<Milestone> implied() {
        return switch (this) {
            case TEXT_AGREED -> EnumSet.of(TEXT_AGREED);
            case INITIALED -> EnumSet.of(INITIALED, TEXT_AGREED);
            case REFERENDUM_HELD -> EnumSet.of(REFERENDUM_HELD, INITIALED, TEXT_AGREED);
            case REFERENDUM_PASSED -> EnumSet.of(REFERENDUM_PASSED, REFERENDUM_HELD, INITIALED, TEXT_AGREED);
            case SIGNED -> EnumSet.of(SIGNED, INITIALED, TEXT_AGREED);
            case COLLAPSED -> EnumSet.of(COLLAPSED);
        };
    }

    /** True when no run can reach both milestones, whatever their dates: signing and collapsing each end a run. */
    public boolean excludes(Milestone other) {
        return (this == SIGNED && other == COLLAPSED) || (this == COLLAPSED && other == SIGNED);
    }
}
