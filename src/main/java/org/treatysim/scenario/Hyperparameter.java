package org.treatysim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The global hyperparameters a calibration may set (docs/calibration.md): each is a multiplier on,
 * or a shift of, every parameter of one named family of a scenario (e.g. every party's
 * {@code patienceDays}). Families are named by the dotted paths of
 * {@link org.treatysim.model.spec.ScenarioParameters}; the operands of events that {@code set} a
 * parameter of the family are transformed alike (and, for a multiplier, those that {@code add} to
 * it), so that a value an event writes is on the calibrated scale too. An event's {@code multiply}
 * factor is left alone: it scales whatever value the calibrated parameter has.
 */
public enum Hyperparameter {
    /** Multiplies every party's patienceDays (&gt; 1: slower concessions). */
    PATIENCE("patience", Operation.MULTIPLY, "parties.<party>.patienceDays", "parties\\.[^.]+\\.patienceDays"),
    /** Multiplies every party's stance (the shape of its concession curve: &gt; 1 concedes late). */
    STANCE("stance", Operation.MULTIPLY, "parties.<party>.stance", "parties\\.[^.]+\\.stance"),
    /** Multiplies every mediator's leverage on every party. */
    MEDIATOR_LEVERAGE("mediatorLeverage", Operation.MULTIPLY, "mediators.<mediator>.leverage.<party>",
            "mediators\\.[^.]+\\.leverage\\.[^.]+"),
    /** Multiplies every mediator's side payment to every party. */
    SIDE_PAYMENT("sidePayment", Operation.MULTIPLY, "mediators.<mediator>.sidePayment.<party>",
            "mediators\\.[^.]+\\.sidePayment\\.[^.]+"),
    /** Multiplies every deadline's pressure on every party. */
    DEADLINE_PRESSURE("deadlinePressure", Operation.MULTIPLY, "deadlines.<deadline>.pressure.<party>",
            "deadlines\\.[^.]+\\.pressure\\.[^.]+"),
    /** Multiplies the clash hazard, shocks.clashesPerYear. */
    CLASH_HAZARD("clashHazard", Operation.MULTIPLY, "shocks.clashesPerYear", "shocks\\.clashesPerYear"),
    /** Adds to every party's batna (utility; the result must stay in [0, 1]). */
    BATNA_SHIFT("batnaShift", Operation.SHIFT, "parties.<party>.batna", "parties\\.[^.]+\\.batna");

    /** How a hyperparameter acts on its family. */
    public enum Operation {
        /** Every value (every draw) is multiplied by the hyperparameter, &gt; 0; neutral 1. */
        MULTIPLY(1, "multiplies"),
        /** The hyperparameter is added to every value (every draw); neutral 0. */
        SHIFT(0, "adds to");

        private final double neutral;
        private final String verb;

        Operation(double neutral, String verb) {
            this.neutral = neutral;
            this.verb = verb;
        }

        /** The value that changes nothing. */
        public double neutral() {
            return neutral;
        }

        /** "multiplies" or "adds to". */
        public String verb() {
            return verb;
        }
    }

    private final String key;
    private final Operation operation;
    private final String family;
    private final Pattern paths;
    private final Pattern eventOperands;

    Hyperparameter(String key, Operation operation, String family, String regex) {
        this.key = key;
        this.operation = operation;
        this.family = family;
        this.paths = Pattern.compile(regex);
        String transformed = operation == Operation.MULTIPLY ? "(set|add)" : "set";
        this.eventOperands = Pattern.compile("events\\.[0-9]+\\." + transformed + "\\." + regex);
    }

    /** The name in calibration files and {@code --fit}, e.g. {@code patience}. */
    public String key() {
        return key;
    }

    public Operation operation() {
        return operation;
    }

    /** The family as docs and messages name it, e.g. {@code parties.<party>.patienceDays}. */
    public String family() {
        return family;
    }

    /** True when the parameter at this dotted path is one this hyperparameter transforms. */
    public boolean transforms(String path) {
        return paths.matcher(path).matches() || eventOperands.matcher(path).matches();
    }

    /** What it does, e.g. "multiplies parties.<party>.patienceDays". */
    public String describe() {
        return operation.verb() + " " + family;
    }

    /** Whether {@code value} is allowed: finite, and &gt; 0 for a multiplier. */
    public boolean allows(double value) {
        return Double.isFinite(value) && (operation != Operation.MULTIPLY || value > 0);
    }

    /** What {@link #allows} expects, for messages. */
    public String expected() {
        return operation == Operation.MULTIPLY ? "a multiplier > 0 (1 changes nothing)"
                : "a shift, any number (0 changes nothing)";
    }

    /** Every key, in table order. */
    public static List<String> keys() {
        return Arrays.stream(values()).map(Hyperparameter::key).toList();
    }

    /** The hyperparameter called {@code key}. */
    public static Optional<Hyperparameter> byKey(String key) {
        return Arrays.stream(values()).filter(h -> h.key.equals(key)).findFirst();
    }
}
