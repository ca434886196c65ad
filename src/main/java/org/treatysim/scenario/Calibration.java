package org.treatysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;

/**
 * A set of global hyperparameters (docs/calibration.md), each a multiplier on or a shift of one
 * family of scenario parameters ({@link Hyperparameter}), and the one place where they are applied
 * to a scenario ({@link #apply}): the scenario layer transforms the validated records before the
 * model sees them, so the model itself knows nothing of calibration.
 *
 * <p>A value's distribution is transformed in closed form: a multiplier m scales a fixed number, the
 * bounds of a uniform, triangular or truncated normal, a normal's mean and standard deviation and
 * every option of a choice, and adds ln m to a lognormal's mu; a shift moves the same values (not
 * the standard deviation). A beta distribution can be neither scaled nor shifted and a lognormal
 * not shifted: such a value is reported, as is any result outside the range the parameter's key
 * allows.
 *
 * <p>Immutable.
 */
public final class Calibration {

    /**
     * One hyperparameter's value.
     *
     * @param hyperparameter which
     * @param value          the value applied: a multiplier &gt; 0 or a shift
     * @param low            the lower end of its uncertainty interval, or NaN when none is given
     * @param high           the upper end, or NaN
     */
    public record Setting(Hyperparameter hyperparameter, double value, double low, double high) {
        public Setting {
            Objects.requireNonNull(hyperparameter, "hyperparameter");
            if (!hyperparameter.allows(value)) {
                throw new IllegalArgumentException(hyperparameter.key() + " " + value + " (expected "
                        + hyperparameter.expected() + ")");
            }
            if (Double.isNaN(low) != Double.isNaN(high) || (!Double.isNaN(low) && !(low <= value && value <= high))) {
                throw new IllegalArgumentException(hyperparameter.key() + " interval [" + low + ", " + high
                        + "] (expected both ends or neither, low <= value <= high)");
            }
        }

        /** A value without an interval. */
        public Setting(Hyperparameter hyperparameter, double value) {
            this(hyperparameter, value, Double.NaN, Double.NaN);
        }

        /** True when an interval is given. */
        public boolean hasInterval() {
            return !Double.isNaN(low);
        }
    }

    private final String source;
    private final String description;
    private final List<String> fittedOn;
    private final Map<Hyperparameter, Setting> settings;
    /** Where each value stands in its file; empty for a calibration made in memory. */
    private final Map<Hyperparameter, Origin> origins;

    /**
     * A calibration made in memory (e.g. a candidate of {@code treatysim calibrate}).
     *
     * @param source      names it in messages and provenance, e.g. its file
     * @param description free text (may be empty)
     * @param fittedOn    what it was fitted on, e.g. case ids (may be empty)
     * @param settings    at most one per hyperparameter
     * @throws IllegalArgumentException when a hyperparameter is set twice
     */
    public Calibration(String source, String description, List<String> fittedOn, List<Setting> settings) {
        this(source, description, fittedOn, settings, Map.of());
    }

    Calibration(String source, String description, List<String> fittedOn, List<Setting> settings,
                Map<Hyperparameter, Origin> origins) {
        this.source = Objects.requireNonNull(source, "source");
        this.description = description == null ? "" : description;
        this.fittedOn = List.copyOf(fittedOn);
        Map<Hyperparameter, Setting> byKey = new LinkedHashMap<>();
        for (Setting s : settings) {
            if (byKey.put(s.hyperparameter(), s) != null) {
                throw new IllegalArgumentException(s.hyperparameter().key() + " is set twice");
            }
        }
        this.settings = java.util.Collections.unmodifiableMap(byKey);
        this.origins = Map.copyOf(origins);
    }

    public String source() {
        return source;
    }

    public String description() {
        return description;
    }

    public List<String> fittedOn() {
        return fittedOn;
    }

    /** The settings, in the order written. */
    public List<Setting> settings() {
        return List.copyOf(settings.values());
    }

    /** The value of {@code h}, or its neutral value when this calibration does not set it. */
    public double value(Hyperparameter h) {
        Setting s = settings.get(h);
        return s == null ? h.operation().neutral() : s.value();
    }

    /** One line: every hyperparameter and its value, e.g. "patience × 1.2, batnaShift + 0.05". */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (Setting s : settings.values()) {
            parts.add(s.hyperparameter().key() + (s.hyperparameter().operation() == Hyperparameter.Operation.MULTIPLY
                    ? " \u00d7 " : " + ") + number(s.value()));
        }
        return String.join(", ", parts);
    }

    /**
     * The scenario with every parameter of every family transformed.
     *
     * @param scenarioFile names the scenario in messages
     * @throws ScenarioException when a value cannot be transformed or its result leaves the range
     *                           its key allows; located at the hyperparameter's value in the
     *                           calibration file (or at the start of {@link #source()})
     */
    public Scenario apply(Scenario scenario, String scenarioFile) throws ScenarioException {
        return apply(scenario, scenarioFile, List.of());
    }

    /**
     * The scenario with every parameter of every family transformed; a problem of a calibration
     * made in memory (which has no file to point at) is located where the scenario writes the
     * parameter, from {@code sources} (or at the start of the scenario file for a default).
     *
     * @throws ScenarioException as {@link #apply(Scenario, String)}
     */
    public Scenario apply(Scenario scenario, String scenarioFile, List<ParameterSource> sources)
            throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        Scenario applied = ScenarioParameters.map(scenario, (path, quantity) -> {
            for (Setting s : settings.values()) {
                if (!s.hyperparameter().transforms(path)) continue;
                Optional<Quantity> result = transform(quantity, s.hyperparameter().operation(), s.value());
                Origin inFile = origins.get(s.hyperparameter());
                String at = inFile != null ? "hyperparameters." + s.hyperparameter().key() + ".value" : path;
                Origin origin = inFile != null ? inFile : sources.stream().filter(p -> p.path().equals(path))
                        .findFirst().map(p -> new Origin(p.file(), p.line(), 1)).orElse(Origin.startOf(scenarioFile));
                if (result.isEmpty()) {
                    problems.add(origin.problem(at, (inFile != null ? "" : source + ": ")
                            + s.hyperparameter().key() + " " + (s.hyperparameter().operation() == Hyperparameter.Operation.MULTIPLY
                            ? "cannot multiply " : "cannot shift ") + quantity.describe() + " at " + path + " of "
                            + scenarioFile + " (expected a number or a uniform, normal, truncnormal, triangular"
                            + (s.hyperparameter().operation() == Hyperparameter.Operation.MULTIPLY ? ", lognormal" : "")
                            + " or choice distribution there)"));
                    return quantity;
                }
                Optional<String> wrong = ScenarioLoader.rangeProblem(path, result.get());
                if (wrong.isPresent()) {
                    problems.add(origin.problem(at, (inFile != null ? "" : source + ": ")
                            + s.hyperparameter().key() + " " + number(s.value()) + " applied to " + path + " = " + quantity.describe() + " of " + scenarioFile + ": "
                            + wrong.get()));
                    return quantity;
                }
                return result.get();
            }
            return quantity;
        });
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        return applied;
    }

    private static String number(double value) {
        return Quantity.of(value).describe();
    }

    /** The transformed distribution, or empty when it has no closed form. */
    static Optional<Quantity> transform(Quantity q, Hyperparameter.Operation operation, double by) {
        boolean multiply = operation == Hyperparameter.Operation.MULTIPLY;
        java.util.function.DoubleUnaryOperator f = multiply ? v -> v * by : v -> v + by;
        if (q instanceof Quantity.Fixed x) return Optional.of(new Quantity.Fixed(f.applyAsDouble(x.value())));
        if (q instanceof Quantity.Uniform u) {
            return Optional.of(new Quantity.Uniform(f.applyAsDouble(u.low()), f.applyAsDouble(u.high())));
        }
        if (q instanceof Quantity.Normal n) {
            return Optional.of(new Quantity.Normal(f.applyAsDouble(n.mu()), multiply ? n.sd() * by : n.sd()));
        }
        if (q instanceof Quantity.TruncatedNormal t) {
            return Optional.of(new Quantity.TruncatedNormal(f.applyAsDouble(t.mu()), multiply ? t.sd() * by : t.sd(),
                    f.applyAsDouble(t.low()), f.applyAsDouble(t.high())));
        }
        if (q instanceof Quantity.Triangular t) {
            return Optional.of(new Quantity.Triangular(f.applyAsDouble(t.low()), f.applyAsDouble(t.mode()),
                    f.applyAsDouble(t.high())));
        }
        if (q instanceof Quantity.Choice c) {
            return Optional.of(new Quantity.Choice(c.options().stream()
                    .map(o -> new Quantity.Choice.Option(f.applyAsDouble(o.value()), o.weight())).toList()));
        }
        if (q instanceof Quantity.LogNormal l && multiply) {
            return Optional.of(new Quantity.LogNormal(l.mu() + StrictMath.log(by), l.sigma()));
        }
        return Optional.empty();
    }
}
