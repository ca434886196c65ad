package org.treatysim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The distributions a scenario may write, e.g. {@code { uniform: [0.2, 0.4] }}: each one's key,
 * its parameters as a file writes them (which say how many numbers it takes) and the rules they
 * follow. The rules its numbers must follow are checked by
 * the {@link org.treatysim.model.spec.Quantity} records and, located in the file, by
 * {@link QuantityReader}.
 */
enum Distribution {
    UNIFORM("[low, high]", ", low < high"),
    NORMAL("[mean, sd]", ", sd > 0 (unbounded: not allowed for bounded parameters)"),
    TRUNCNORMAL("[mean, sd, low, high]", ": a normal conditioned on [low, high]; sd > 0, low < high"),
    BETA("[alpha, beta]", ", both > 0; draws in [0, 1]"),
    TRIANGULAR("[low, mode, high]", ", low <= mode <= high, low < high"),
    LOGNORMAL("[mu, sigma]", ": exp of a normal; sigma > 0; draws > 0"),
    /** A list of [value, weight] pairs, of any length. */
    CHOICE("[[value, weight], ...]", ": weights >= 0, at least one > 0");

    /** Every key, in the order messages list them. */
    static final List<String> KEYS = Arrays.stream(values()).map(Distribution::key).toList();

    private final String usage;
    private final String constraints;

    /**
     * @param usage       its parameters as a file writes them, one name for each number
     * @param constraints what its rules add to {@code usage}
     */
    Distribution(String usage, String constraints) {
        this.usage = usage;
        this.constraints = constraints;
    }

    /** The key that names it in a file, e.g. "uniform": its name in lower case. */
    String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How many numbers it takes, one for each name in its usage; -1 for {@link #CHOICE}, a list of pairs. */
    int arity() {
        return this == CHOICE ? -1 : (int) usage.chars().filter(c -> c == ',').count() + 1;
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
        return usage + constraints;
    }

    static Optional<Distribution> byKey(String key) {
        return Arrays.stream(values()).filter(d -> d.key().equals(key)).findFirst();
    }
}
