package org.treatysim.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Loads calibration files (docs/calibration.md) with the scenario loader's reader, limits and
 * message style: every problem at once, each as {@code FILE:LINE:COLUMN: path: message (expected
 * ...)}, thrown as a {@link ScenarioException} (exit status 2 on the command line).
 *
 * <p>The file is a map: {@code hyperparameters} (required), a map from {@link Hyperparameter} keys
 * to a value, written as a number or as {@code { value: V, interval: [LOW, HIGH] }};
 * {@code description} (text) and {@code fittedOn} (a list of what it was fitted on) are optional.
 *
 * <p>Stateless and thread-safe; reads only the file named and writes nothing.
 */
public final class CalibrationLoader {
    static final List<String> TOP = List.of("description", "fittedOn", "hyperparameters");
    static final List<String> SETTING = List.of("value", "interval");
    private static final FileBytes.Kind KIND = new FileBytes.Kind("a calibration file",
            "a calibration file is a few hundred bytes of text");

    /** A loader; it holds no state. */
    public CalibrationLoader() {
        // The format and its limits are fixed, like the scenario loader's.
    }

    /**
     * Loads and validates a calibration file.
     *
     * @throws ScenarioException with every problem found
     */
    public LoadedCalibration load(Path file) throws ScenarioException {
        return load(file, file.toString(), Origin.startOf(file.toString()), "");
    }

    /**
     * Loads the file a scenario's {@code calibration} key names; a file that cannot be read is
     * reported at that key.
     */
    LoadedCalibration load(Path file, String name, Origin namedAt, String namedAtPath) throws ScenarioException {
        FileBytes.Read read = FileBytes.read(file, name, KIND, namedAt, namedAtPath, namedAtPath.isEmpty()
                ? "an existing calibration file" : "the path of an existing calibration file, relative to the file"
                + " that names it");
        if (read.bytes() == null) throw failure(read.problems());
        return new LoadedCalibration(bind(name, YamlReader.read(name, read.bytes(),
                YamlReader.Document.CALIBRATION)), file, FileBytes.sha256(List.of(read.bytes())));
    }

    /**
     * Validates calibration text already in memory (tests, tools).
     *
     * @param fileName names the text in problems
     * @throws ScenarioException with every problem found
     */
    public Calibration parse(String fileName, String yamlText) throws ScenarioException {
        return bind(fileName, YamlReader.read(fileName, yamlText.getBytes(StandardCharsets.UTF_8),
                YamlReader.Document.CALIBRATION));
    }

    private static Calibration bind(String name, YamlReader.Result tree) throws ScenarioException {
        List<Problem> problems = new ArrayList<>(tree.problems());
        if (tree.root() == null) throw failure(problems);
        ValueReader values = new ValueReader(problems, null, "2026-12-04");
        Calibration calibration = bind(name, tree.root(), values);
        if (!problems.isEmpty() || calibration == null) throw failure(problems);
        return calibration;
    }

    private static Calibration bind(String name, YamlNode rootNode, ValueReader values) {
        if (!(rootNode instanceof YamlNode.Mapping root)) {
            values.problem(rootNode.origin(), "", ValueReader.found(rootNode) + " at the top of the file (expected a"
                    + " map with the key hyperparameters, e.g. hyperparameters: { patience: { value: 1.2 } })");
            return null;
        }
        values.checkKeys(root, "", TOP);
        values.requirePresent(root, "", "hyperparameters", "a map of hyperparameters, e.g. patience: { value: 1.2,"
                + " interval: [1.0, 1.4] }; one of " + String.join(", ", Hyperparameter.keys()),
                (written, required) -> Suggestions.closest(written, List.of(required)).isPresent());
        String description = ValueReader.get(root, "description")
                .map(e -> values.text(e, "description", "description", ValueType.DESCRIPTION_CHARACTERS)).orElse("");
        List<String> fittedOn = new ArrayList<>();
        ValueReader.get(root, "fittedOn").ifPresent(e -> {
            List<YamlNode> items = values.list(e, "fittedOn");
            if (items == null) return;
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i) instanceof YamlNode.Scalar s && !s.isNull()) {
                    fittedOn.add(s.text());
                } else {
                    values.problem(items.get(i).origin(), "fittedOn." + i, ValueReader.found(items.get(i))
                            + " (expected a name, e.g. a case id)");
                }
            }
        });
        List<Calibration.Setting> settings = new ArrayList<>();
        Map<Hyperparameter, Origin> origins = new EnumMap<>(Hyperparameter.class);
        Optional<YamlNode.Entry> entry = ValueReader.get(root, "hyperparameters");
        if (entry.isPresent()) {
            YamlNode.Mapping map = values.mapping(entry.get().value(), "hyperparameters",
                    "a map of hyperparameters by name, e.g. patience: { value: 1.2 }");
            if (map != null) {
                values.checkKeys(map, "hyperparameters", Hyperparameter.keys());
                if (map.entries().isEmpty()) {
                    values.problem(map.origin(), "hyperparameters", "no hyperparameters (expected at least one of "
                            + String.join(", ", Hyperparameter.keys()) + ")");
                }
                for (YamlNode.Entry e : map.entries()) {
                    Optional<Hyperparameter> h = Hyperparameter.byKey(e.key());
                    if (h.isEmpty()) continue;
                    setting(h.get(), e, values).ifPresent(s -> {
                        settings.add(s);
                        origins.put(h.get(), valueOrigin(e));
                    });
                }
            }
        }
        return new Calibration(name, description, fittedOn, settings, origins);
    }

    /** Where the value stands: the number itself, or the {@code value} key's number. */
    private static Origin valueOrigin(YamlNode.Entry e) {
        if (e.value() instanceof YamlNode.Mapping m) {
            return m.entry("value").map(v -> v.value().origin()).orElse(m.origin());
        }
        return e.value().origin();
    }

    private static Optional<Calibration.Setting> setting(Hyperparameter h, YamlNode.Entry e, ValueReader values) {
        String at = "hyperparameters." + h.key();
        String expected = h.expected() + ", or { value: V, interval: [LOW, HIGH] }; " + h.key() + " " + h.describe();
        if (ValueReader.isNumber(e.value())) {
            return value(h, e.value(), at, values).stream().mapToObj(v -> new Calibration.Setting(h, v)).findFirst();
        }
        YamlNode.Mapping m = values.mapping(e.value(), at, expected);
        if (m == null) return Optional.empty();
        values.checkKeys(m, at, SETTING);
        values.requirePresent(m, at, "value", h.expected(),
                (written, required) -> Suggestions.closest(written, List.of(required)).isPresent());
        OptionalDouble value = ValueReader.get(m, "value").map(v -> value(h, v.value(), at + ".value", values))
                .orElse(OptionalDouble.empty());
        Optional<YamlNode.Entry> interval = ValueReader.get(m, "interval");
        if (value.isEmpty()) return Optional.empty();
        if (interval.isEmpty()) return Optional.of(new Calibration.Setting(h, value.getAsDouble()));
        String intervalExpected = "[LOW, HIGH], two values with LOW <= value <= HIGH, each " + h.expected();
        YamlNode node = interval.get().value();
        if (!(node instanceof YamlNode.Sequence s) || s.items().size() != 2) {
            values.problem(node.origin(), at + ".interval", (node instanceof YamlNode.Sequence s2
                    ? "a list of " + s2.items().size() : ValueReader.found(node)) + " (expected " + intervalExpected + ")");
            return Optional.empty();
        }
        OptionalDouble low = value(h, s.items().get(0), at + ".interval.0", values);
        OptionalDouble high = value(h, s.items().get(1), at + ".interval.1", values);
        if (low.isEmpty() || high.isEmpty()) return Optional.empty();
        double v = value.getAsDouble();
        if (!(low.getAsDouble() <= v && v <= high.getAsDouble())) {
            values.problem(node.origin(), at + ".interval", "[" + describe(low.getAsDouble()) + ", "
                    + describe(high.getAsDouble()) + "] does not hold the value " + describe(v) + " (expected "
                    + intervalExpected + ")");
            return Optional.empty();
        }
        return Optional.of(new Calibration.Setting(h, v, low.getAsDouble(), high.getAsDouble()));
    }

    private static String describe(double v) {
        return org.treatysim.model.spec.Quantity.of(v).describe();
    }

    private static OptionalDouble value(Hyperparameter h, YamlNode node, String at, ValueReader values) {
        OptionalDouble v = values.number(node, at, h.expected());
        if (v.isPresent() && !h.allows(v.getAsDouble())) {
            values.problem(node.origin(), at, describe(v.getAsDouble()) + " is out of range (expected "
                    + h.expected() + ")");
            return OptionalDouble.empty();
        }
        return v;
    }

    private static ScenarioException failure(List<Problem> problems) {
        return ScenarioException.inFileOrder(problems);
    }
}
