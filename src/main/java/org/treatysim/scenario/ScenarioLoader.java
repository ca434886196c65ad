package org.treatysim.scenario;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;

/**
 * Loads scenario files: reads the file and every file it {@code extends}, merges them, validates
 * the result and maps it to the {@link Scenario} records. Every problem found is reported at once,
 * located in the file that holds the bad value (see {@code docs/scenario-format.md}).
 *
 * <p>Stateless and thread-safe. Reads only the files named and the files they extend; writes nothing.
 */
public final class ScenarioLoader {
    /** Most {@code extends} steps from a file to its furthest ancestor. */
    static final int MAX_EXTENDS = 8;
    /** Longest {@code extends} path, in characters; file systems refuse longer paths anyway. */
    static final int MAX_PATH_CHARACTERS = 1000;
    private static final FileBytes.Kind KIND = new FileBytes.Kind("a scenario file",
            "a scenario is a few kilobytes of text");

    /** The calibration file that replaces a scenario's own {@code calibration}, or null. */
    private final Path calibrationOverride;

    /** A loader that applies the calibration each scenario names, if any. */
    public ScenarioLoader() {
        this(null);
    }

    /**
     * A loader that applies {@code calibration} to every scenario instead of the one it names (the
     * command line's {@code --calibration FILE}).
     *
     * @param calibration a calibration file, or null for each scenario's own
     */
    public ScenarioLoader(Path calibration) {
        this.calibrationOverride = calibration;
    }

    /**
     * Loads, validates and maps a scenario file, following {@code extends} relative to each file's folder.
     *
     * @param file the scenario file; named in problems as given here
     * @throws ScenarioException with every problem found, when the file or a file it extends is not valid
     */
    public LoadedScenario load(Path file) throws ScenarioException {
        String name = file.toString();
        Read first = readFile(file, name, Optional.empty());
        if (first.bytes() == null) {
            throw failure(first.problems());
        }
        return resolve(file, name, first.bytes(), YamlReader.read(name, first.bytes()), null);
    }

    /**
     * Validates and maps scenario text already in memory (tests, editors, tools).
     *
     * @param fileName names the text in problems; {@code extends} is resolved relative to its folder,
     *                 and only files inside that folder may be extended
     * @param yamlText the scenario, as YAML
     * @throws ScenarioException with every problem found
     */
    public LoadedScenario parse(String fileName, String yamlText) throws ScenarioException {
        Path file;
        try {
            file = Path.of(fileName);
        } catch (InvalidPathException e) {
            throw failure(List.of(Origin.startOf(fileName).problem("", "'" + fileName
                    + "' is not a usable file name (expected a path, used to name problems and to resolve extends)")));
        }
        YamlReader.Result tree = YamlReader.read(fileName, yamlText);
        if (tree.root() == null) {
            throw failure(tree.problems()); // before copying a text that may be huge
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        return resolve(file, fileName, yamlText.getBytes(StandardCharsets.UTF_8), tree, folder);
    }

    /**
     * Parses one number or distribution written as YAML flow text, e.g. {@code 0.3} or
     * {@code { uniform: [300, 900] }} (for {@code sweep --vary PATH=DIST}). Checks the distribution's
     * own parameters (e.g. an empty uniform range), not the range of the parameter it will replace.
     *
     * @param yamlFlowText the value
     * @param where        names the value in problems, e.g. {@code --vary parties.AZE.patienceDays}
     * @throws ScenarioException when the text is not a valid number or distribution
     */
    public static Quantity parseQuantity(String yamlFlowText, String where) throws ScenarioException {
        if (yamlFlowText.isBlank()) {
            throw failure(List.of(Origin.startOf(where).problem("", "no value (expected a number or a distribution"
                    + " such as { uniform: [0.2, 0.4] })")));
        }
        YamlReader.Result tree = YamlReader.read(where, yamlFlowText);
        if (tree.root() == null) {
            throw failure(tree.problems());
        }
        ScenarioBinder binder = new ScenarioBinder();
        Quantity quantity = binder.quantity(tree.root(), "", Range.ANY);
        List<Problem> problems = new ArrayList<>(tree.problems());
        problems.addAll(binder.problems());
        if (!problems.isEmpty() || quantity == null) {
            throw failure(problems);
        }
        return quantity;
    }

    /**
     * Checks that every value {@code quantity} can take is allowed for the parameter at {@code path}
     * (a dotted path of {@link org.treatysim.model.spec.ScenarioParameters}), as the loader checks a
     * value read from a file: probabilities in [0, 1], days &ge; 0, the stance &gt; 0, and so on. For
     * the operands of events ({@code events.<i>.<op>.<target>}): a {@code set} value must suit its
     * target, a {@code multiply} factor of a parameter that is never negative must be &ge; 0, and an
     * {@code add} operand may be any number. For {@code sweep --vary}, whose distributions replace
     * the parameter's.
     *
     * @param path     the parameter's dotted path
     * @param quantity the number or distribution that would replace it
     * @return empty when every draw is allowed, else what is wrong, ending with what was expected
     */
    public static Optional<String> rangeProblem(String path, Quantity quantity) {
        String[] parts = path.split("\\.", 4);
        if (parts.length == 4 && parts[0].equals("events")) {
            Range target = Keys.rangeOf(parts[3]);
            return switch (parts[2]) {
                case "set" -> Optional.ofNullable(target.check(quantity));
                case "multiply" -> target.low() >= 0 && quantity.lowerBound() < 0
                        ? Optional.of(quantity.describe() + " can be negative (expected a factor >= 0 for "
                                + parts[3] + ", which is never negative)")
                        : Optional.empty();
                default -> Optional.empty();
            };
        }
        return Optional.ofNullable(Keys.rangeOf(path).check(quantity));
    }

    // ---------------------------------------------------------------- extends

    /** One file of an {@code extends} chain. */
    private record Link(String name, byte[] bytes, YamlNode root) { }

    /** The bytes of a file, or why they could not be read. */
    private record Read(byte[] bytes, List<Problem> problems) { }

    private LoadedScenario resolve(Path file, String name, byte[] bytes, YamlReader.Result tree, Path confinedTo)
            throws ScenarioException {
        List<Problem> problems = new ArrayList<>(tree.problems());
        if (tree.root() == null) {
            throw failure(problems);
        }
        List<Link> chain = chain(file, new Link(name, bytes, tree.root()), confinedTo, problems);
        checkOwnIds(chain, problems);

        YamlNode merged = chain.get(chain.size() - 1).root();
        for (int i = chain.size() - 2; i >= 0; i--) {
            merged = Merge.merge(merged, chain.get(i).root());
        }
        merged = Merge.without(merged, "extends");
        Optional<YamlNode.Entry> calibrationEntry = merged instanceof YamlNode.Mapping m
                ? m.entry("calibration").filter(e -> !ValueReader.isNull(e.value())) : Optional.empty();
        merged = Merge.without(merged, "calibration");
        ScenarioBinder binder = new ScenarioBinder();
        Scenario scenario = binder.bind(merged);
        problems.addAll(binder.problems());
        Path calibrationFile = calibrationOverride;
        if (calibrationFile == null && calibrationEntry.isPresent()) {
            calibrationFile = calibrationPath(calibrationEntry.get(), confinedTo, problems);
        }
        if (!problems.isEmpty() || scenario == null) {
            throw failure(problems);
        }
        Optional<LoadedCalibration> calibration = Optional.empty();
        if (calibrationFile != null) {
            LoadedCalibration loaded = calibrationOverride != null
                    ? new CalibrationLoader().load(calibrationFile)
                    : new CalibrationLoader().load(calibrationFile, calibrationFile.toString(),
                            calibrationEntry.get().value().origin(), "calibration");
            scenario = loaded.calibration().apply(scenario, name);
            calibration = Optional.of(loaded);
        }
        return new LoadedScenario(scenario, file, sha256(chain), binder.sources(), calibration);
    }

    /**
     * The file a {@code calibration} key names, relative to the folder of the file that writes it,
     * or null (with a problem) when it cannot be a path.
     */
    private static Path calibrationPath(YamlNode.Entry entry, Path confinedTo, List<Problem> problems) {
        Origin at = entry.value().origin();
        String expected = " (expected the path of a calibration file, relative to the folder of the file that"
                + " writes it, e.g. calibration/corpus.yaml)";
        if (!(entry.value() instanceof YamlNode.Scalar relative) || relative.text().isBlank()
                || relative.text().length() > MAX_PATH_CHARACTERS) {
            problems.add(at.problem("calibration", (entry.value() instanceof YamlNode.Scalar s
                    ? "a path of " + s.text().length() + " characters" : ValueReader.found(entry.value())) + expected));
            return null;
        }
        try {
            Path given = Path.of(relative.text());
            if (given.isAbsolute()) {
                problems.add(at.problem("calibration", "absolute path " + Excerpt.of(relative.text()) + expected));
                return null;
            }
            Path resolved = Path.of(at.file()).resolveSibling(given).normalize();
            if (confinedTo != null && !identity(resolved).startsWith(confinedTo)) {
                problems.add(at.problem("calibration", resolved + " is outside the folder " + confinedTo + expected));
                return null;
            }
            return resolved;
        } catch (InvalidPathException e) {
            problems.add(at.problem("calibration", "'" + Excerpt.of(relative.text()) + "' is not a usable path"
                    + expected));
            return null;
        }
    }

    /**
     * The file and every file it extends, the file first. Without the whole chain, merging would
     * report keys as missing that are only missing because a parent could not be read: so when a
     * link cannot be followed, this throws with the problems found so far.
     */
    private static List<Link> chain(Path file, Link first, Path confinedTo, List<Problem> problems)
            throws ScenarioException {
        List<Link> chain = new ArrayList<>();
        List<Path> visited = new ArrayList<>();
        visited.add(identity(file));
        Path current = file;
        Link link = first;
        while (true) {
            chain.add(link);
            Optional<YamlNode.Entry> extendsEntry = link.root() instanceof YamlNode.Mapping m
                    ? m.entry("extends").filter(e -> !ValueReader.isNull(e.value())) : Optional.empty();
            if (extendsEntry.isEmpty()) {
                return chain;
            }
            Origin at = extendsEntry.get().value().origin();
            Path parent = parent(extendsEntry.get(), current, first.name(), confinedTo, visited, chain, problems);
            link = parent == null ? null : readLink(parent, at, problems);
            if (link == null) {
                throw failure(problems);
            }
            visited.add(identity(parent));
            current = parent;
        }
    }

    /** The file an {@code extends} entry names, or null (with a problem) when it cannot be followed. */
    private static Path parent(YamlNode.Entry entry, Path current, String name, Path confinedTo, List<Path> visited,
                               List<Link> chain, List<Problem> problems) {
        Origin at = entry.value().origin();
        if (!(entry.value() instanceof YamlNode.Scalar relative) || relative.text().isBlank()) {
            problems.add(at.problem("extends", ValueReader.found(entry.value())
                    + " (expected the path of the scenario file it extends, relative to this file's folder)"));
            return null;
        }
        if (relative.text().length() > MAX_PATH_CHARACTERS) {
            problems.add(at.problem("extends", "a path of " + relative.text().length() + " characters (expected"
                    + " the path of the scenario file it extends, relative to this file's folder, of at most "
                    + MAX_PATH_CHARACTERS + " characters)"));
            return null;
        }
        Path parent;
        try {
            Path given = Path.of(relative.text());
            if (given.isAbsolute()) {
                problems.add(at.problem("extends", "absolute path " + Excerpt.of(relative.text())
                        + " (expected a path relative to this file's folder, e.g. baseline-2024-09.yaml)"));
                return null;
            }
            parent = current.resolveSibling(given).normalize();
        } catch (InvalidPathException e) {
            problems.add(at.problem("extends", "'" + Excerpt.of(relative.text()) + "' is not a usable path"
                    + " (expected a path relative to this file's folder, e.g. baseline-2024-09.yaml)"));
            return null;
        }
        Path parentIdentity = identity(parent);
        if (confinedTo != null && !parentIdentity.startsWith(confinedTo)) {
            problems.add(at.problem("extends", parent + " is outside the folder " + confinedTo
                    + " (expected a file in the same folder as " + name + ")"));
            return null;
        }
        if (visited.contains(parentIdentity)) {
            String cycle = chain.stream().map(Link::name).collect(Collectors.joining(" -> "));
            problems.add(at.problem("extends", "extends cycle: " + cycle + " -> " + parent
                    + " (expected a chain of files that ends in one without extends)"));
            return null;
        }
        if (chain.size() > MAX_EXTENDS) {
            problems.add(at.problem("extends", "the extends chain is longer than " + MAX_EXTENDS
                    + " files (expected at most " + MAX_EXTENDS + " steps from a scenario to its base)"));
            return null;
        }
        return parent;
    }

    /** The extended file read into a tree, or null (with a problem) when it cannot be read or is not a map. */
    private static Link readLink(Path parent, Origin at, List<Problem> problems) {
        String parentName = parent.toString();
        Read read = readFile(parent, parentName, Optional.of(at));
        problems.addAll(read.problems());
        if (read.bytes() == null) {
            return null;
        }
        YamlReader.Result parentTree = YamlReader.read(parentName, read.bytes());
        problems.addAll(parentTree.problems());
        if (parentTree.root() == null) {
            return null;
        }
        if (!(parentTree.root() instanceof YamlNode.Mapping)) {
            // Merging would keep the child whole and drop the parent unseen. Its content is not
            // echoed: the path may name any file (../../etc/passwd).
            problems.add(at.problem("extends", parentName + " is not a scenario: it holds "
                    + (parentTree.root() instanceof YamlNode.Sequence ? "a list" : "plain text")
                    + ", not a map of keys (expected the path of a scenario file, a map with the keys scenario,"
                    + " start, horizon, issues and parties)"));
            return null;
        }
        return new Link(parentName, read.bytes(), parentTree.root());
    }

    /** A file that extends another must name itself, or both would write into the same results folder. */
    private static void checkOwnIds(List<Link> chain, List<Problem> problems) {
        for (int i = 0; i < chain.size() - 1; i++) {
            if (!(chain.get(i).root() instanceof YamlNode.Mapping child)) continue;
            Optional<YamlNode.Entry> own = child.entry("scenario").filter(e -> !ValueReader.isNull(e.value()));
            String inherited = null;
            String from = null;
            for (int j = i + 1; j < chain.size() && inherited == null; j++) {
                if (chain.get(j).root() instanceof YamlNode.Mapping ancestor) {
                    Optional<YamlNode.Entry> id = ancestor.entry("scenario");
                    if (id.isPresent() && id.get().value() instanceof YamlNode.Scalar s && !s.isNull()) {
                        inherited = s.text();
                        from = chain.get(j).name();
                    }
                }
            }
            if (own.isEmpty()) {
                Origin at = child.entry("extends").map(YamlNode.Entry::keyOrigin).orElse(child.origin());
                problems.add(at.problem("scenario", "a scenario that extends another needs its own scenario id"
                        + " (expected scenario: <new id>; otherwise it would write into results/"
                        + (inherited == null ? "<id>" : inherited) + "/ too)"));
            } else if (own.get().value() instanceof YamlNode.Scalar s && s.text().equals(inherited)) {
                problems.add(s.origin().problem("scenario", "scenario id '" + Excerpt.of(s.text())
                        + "' is also the id of "
                        + from + " (expected a new id, so the two write different results folders)"));
            }
        }
    }

    /** The file's bytes, read as every input file is ({@link FileBytes}). */
    private static Read readFile(Path path, String name, Optional<Origin> referencedFrom) {
        FileBytes.Read read = FileBytes.read(path, name, KIND, referencedFrom.orElse(Origin.startOf(name)),
                referencedFrom.isPresent() ? "extends" : "", referencedFrom.isPresent()
                        ? "the path of an existing scenario, relative to this file's folder"
                        : "an existing scenario file");
        return new Read(read.bytes(), read.problems());
    }

    private static Path identity(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Over the bytes of every file of the chain, ancestors first. */
    private static String sha256(List<Link> chain) {
        List<byte[]> bytes = new ArrayList<>();
        for (int i = chain.size() - 1; i >= 0; i--) bytes.add(chain.get(i).bytes());
        return FileBytes.sha256(bytes);
    }

    private static ScenarioException failure(List<Problem> problems) {
        return ScenarioException.inFileOrder(problems);
    }
}
