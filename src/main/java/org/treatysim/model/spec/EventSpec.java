package org.treatysim.model.spec;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A scheduled change of parameters (docs/model.md section 8), shown as a chart marker.
 *
 * @param date    the day it takes effect, within [start, horizon]
 * @param label   marker text
 * @param effects what it changes, applied in order
 */
public record EventSpec(LocalDate date, String label, List<Effect> effects) {
    public EventSpec {
        Objects.requireNonNull(date, "date");
        label = label == null ? "" : label;
        effects = List.copyOf(effects);
    }

    /** How an effect combines with the parameter's current value. */
    public enum Operation {
        /** The parameter becomes the value. */
        SET,
        /** The value is added to the parameter. */
        ADD,
        /** The parameter is multiplied by the value. */
        MULTIPLY;

        /** The scenario-file key: set, add or multiply. */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * One change.
     *
     * @param operation set, add or multiply
     * @param target    dotted path of the parameter changed, one of {@link ScenarioParameters#paths}
     * @param value     the operand, drawn once per run when it is a distribution
     */
    public record Effect(Operation operation, String target, Quantity value) {
        public Effect {
            Components.requireNonNull("operation, target, value", operation, target, value);
        }
    }
}
