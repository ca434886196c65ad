package org.treatysim.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A milestone of a run's history that an observations file may state as happened or not by a
 * date: the {@code event:} values of an observations file ({@code docs/update-and-score.md}).
 *
 * <p>Each event carries the other events the model's ratification pipeline makes happen no later
 * than it ({@code docs/model.md}, "Ratification"): a treaty is initialed only after its text is agreed; the
 * referendum is scheduled at initialing; a signature follows initialing (and, when one is needed,
 * the passed referendum). Signing and collapsing both end a run, so no run has both. The loader
 * uses these to refuse contradictory observations.
 */
public enum ObservedEvent {
    /** The full text was agreed (first agreement). */
    TEXT_AGREED("textAgreed", "text agreed"),
    /** The agreed text was initialed. */
    INITIALED("initialed", "initialed"),
    /** The first party's constitutional referendum was held. */
    REFERENDUM_HELD("referendumHeld", "referendum held"),
    /** That referendum passed. */
    REFERENDUM_PASSED("referendumPassed", "referendum passed"),
    /** The treaty was signed. */
    SIGNED("signed", "signed"),
    /** The talks collapsed. */
    COLLAPSED("collapsed", "collapsed");

    private final String key;
    private final String label;

    ObservedEvent(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name used in files, e.g. {@code textAgreed}. */
    public String key() {
        return key;
    }

    /** The name used in sentences, e.g. "text agreed". */
    public String label() {
        return label;
    }

    /** Every key, in declaration order. */
    public static List<String> keys() {
        List<String> keys = new ArrayList<>();
        for (ObservedEvent e : values()) {
            keys.add(e.key);
        }
        return List.copyOf(keys);
    }

    /** The event with this key (exact spelling), if any. */
    public static Optional<ObservedEvent> byKey(String key) {
        for (ObservedEvent e : values()) {
            if (e.key.equals(key)) return Optional.of(e);
        }
        return Optional.empty();
    }

    /**
     * The events that have happened by any date by which this one has, itself included: its
     * predecessors in the model's pipeline.
     */
    public Set<ObservedEvent> implied() {
        return switch (this) {
            case TEXT_AGREED -> EnumSet.of(TEXT_AGREED);
            case INITIALED -> EnumSet.of(INITIALED, TEXT_AGREED);
            case REFERENDUM_HELD -> EnumSet.of(REFERENDUM_HELD, INITIALED, TEXT_AGREED);
            case REFERENDUM_PASSED -> EnumSet.of(REFERENDUM_PASSED, REFERENDUM_HELD, INITIALED, TEXT_AGREED);
            case SIGNED -> EnumSet.of(SIGNED, INITIALED, TEXT_AGREED);
            case COLLAPSED -> EnumSet.of(COLLAPSED);
        };
    }

    /** True when no run can have both events, whatever their dates (signed and collapsed). */
    public boolean excludes(ObservedEvent other) {
        return (this == SIGNED && other == COLLAPSED) || (this == COLLAPSED && other == SIGNED);
    }
}
