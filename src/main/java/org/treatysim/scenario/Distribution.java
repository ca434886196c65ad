package org.treatysim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The distributions a scenario may write, e.g. {@code { uniform: [0.2, 0.4] }}: each one's key,
 * how many numbers it takes and what they mean. The rules its numbers must follow are checked by
 * the {@link org.treatysim.model.spec.Quantity} records and, located in the file, by
 * {@link QuantityReader}.
 */
enum Distribution {
    UNIFORM("uniform", 2, "[low, high]", "[low, high], low < high"),
    NORMAL("normal", 2, "[mean, sd]", "[mean, sd], sd > 0 (unbounded: not allowed for bounded parameters)"),
    TRUNCNORMAL("truncnormal", 4, "[mean, sd, low, high]",
            "[mean, sd, low, high]: a normal conditioned on [low, high]; sd > 0, low < high"),
    BETA("beta", 2, "[alpha, beta]", "[alpha, beta], both > 0; draws in [0, 1]"),
    TRIANGULAR("triangular", 3, "[low, mode, high]", "[low, mode, high], low <= mode <= high, low < high"),
    LOGNORMAL("lognormal", 2, "[mu, sigma]", "[mu, sigma]: exp of a normal; sigma > 0; draws > 0"),
    /** A list of [value, weight] pairs, of any length. */
    CHOICE("choice", -1, "[[value, weight], ...]", "[[value, weight], ...]: weights >= 0, at least one > 0");

    /** Every key, in the order messages list them. */
    static final List<String> KEYS = Arrays.stream(values()).map(Distribution::key).toList();

    private final String key;
    private final int arity;
    private final String usage;
    private final String rules;

    Distribution(String key, int arity, String usage, String rules) {
        this.key = key;
        this.arity = arity;
        this.usage = usage;
        this.rules = rules;
    }

    /** The key that names it in a file, e.g. "uniform". */
    String key() {
        return key;
    }

    /** How many numbers it takes; -1 for {@link #CHOICE}, which takes a list of pairs. */
    int arity() {
        return arity;
    }

    /** Its parameters as a file writes them, e.g. "[low, high]". */
    String usage() {
        return usage;
    }

    /** True when every parameter must be &gt; 0 (so that the schema can say so of each). */
    boolean allPositive() {
        return this == BETA;
    }

    /** Its parameters and their rules, as the schema describes them. */
    String rules() {
        return rules;
    }

    static Optional<Distribution> byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key.equals(key)).findFirst();
    }
}
