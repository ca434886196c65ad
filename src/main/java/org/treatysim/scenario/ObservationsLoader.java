package org.treatysim.scenario;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.spec.Scenario;

/**
 * Loads observations and outcomes files ({@code docs/update-and-score.md}) for
 * {@code treatysim update} and {@code treatysim score}, with the scenario loader's reader, limits
 * and message style: every problem at once, each as {@code FILE:LINE:COLUMN: path: message
 * (expected ...)}, thrown as a {@link ScenarioException} (exit status 2 on the command line).
 *
 * <p>Checked: YAML syntax and the reader's limits (size, nesting, aliases, binary data); unknown
 * keys (with the closest known key); missing keys; events (with the closest known event; clash
 * counts are refused with the reason); dates (ISO, in date order, and within the scenario's window
 * when a scenario is given); {@code happened} true or false; forecast probabilities in [0, 1];
 * duplicate observations and forecasts; contradictory observations (an event that had happened
 * by one date but not by a later one; a later milestone without an earlier one of the pipeline;
 * both signed and collapsed).
 *
 * <p>Stateless and thread-safe; reads only the file named and writes nothing.
 */
public final class ObservationsLoader {
    private static final FileBytes.Kind KIND = new FileBytes.Kind("an observations file",
            "an observations file is a few kilobytes of text");

    /** A loader; it holds no state. */
    public ObservationsLoader() {
        // The format and its limits are fixed, like the scenario loader's.
    }

    /**
     * Loads a file without checking its dates against a scenario.
     *
     * @throws ScenarioException with every problem found
     */
    public Observations load(Path file) throws ScenarioException {
        return load(file, null, null);
    }

    /**
     * Loads a file whose dates must lie in the scenario's window, from its start to its horizon.
     *
     * @throws ScenarioException with every problem found
     */
    public Observations load(Path file, Scenario scenario) throws ScenarioException {
        return load(file, scenario.start(), scenario.horizon());
    }

    /**
     * Validates observations text already in memory (tests, tools).
     *
     * @param fileName names the text in problems
     * @param scenario the scenario whose window the dates must lie in, or null for no window check
     * @throws ScenarioException with every problem found
     */
    public Observations parse(String fileName, String yamlText, Scenario scenario) throws ScenarioException {
        YamlReader.Result tree = YamlReader.read(fileName, yamlText, YamlReader.Document.OBSERVATIONS);
        return bind(fileName, tree, scenario == null ? null : scenario.start(),
                scenario == null ? null : scenario.horizon());
    }

    private Observations load(Path file, LocalDate start, LocalDate horizon) throws ScenarioException {
        String name = file.toString();
        byte[] bytes = readFile(file, name);
        YamlReader.Result tree = YamlReader.read(name, bytes, YamlReader.Document.OBSERVATIONS);
        return bind(name, tree, start, horizon);
    }

    private static Observations bind(String name, YamlReader.Result tree, LocalDate start, LocalDate horizon)
            throws ScenarioException {
        List<Problem> problems = new ArrayList<>(tree.problems());
        if (tree.root() == null) throw failure(problems);
        ObservationsBinder binder = new ObservationsBinder(start, horizon);
        Observations observations = binder.bind(name, tree.root());
        problems.addAll(binder.problems());
        if (!problems.isEmpty() || observations == null) throw failure(problems);
        return observations;
    }

    /** The file's bytes, read as every input file is ({@link FileBytes}). */
    private static byte[] readFile(Path path, String name) throws ScenarioException {
        FileBytes.Read read = FileBytes.read(path, name, KIND, Origin.startOf(name), "",
                "an existing observations file");
        if (read.bytes() == null) throw failure(read.problems());
        return read.bytes();
    }

    private static ScenarioException failure(List<Problem> problems) {
        return ScenarioException.inFileOrder(problems);
    }
}
