package org.treatysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.Problem;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;

/**
 * Several scenario files loaded together, so that the problems of all of them are said at once
 * and nothing runs while any is invalid.
 *
 * @param loaded   the valid scenarios, in the order of the files
 * @param problems every problem of the invalid ones, as {@code FILE:LINE:COLUMN: ...} lines
 * @param invalid  how many files are invalid
 */
record ScenarioFiles(List<LoadedScenario> loaded, List<String> problems, int invalid) {

    ScenarioFiles {
        loaded = List.copyOf(loaded);
        problems = List.copyOf(problems);
    }

    /**
     * Loads every file, in order.
     *
     * @param calibration the {@code --calibration} file applied to every scenario, or null for each one's own
     */
    static ScenarioFiles load(List<Path> files, Path calibration) {
        ScenarioLoader loader = new ScenarioLoader(calibration);
        List<LoadedScenario> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int invalid = 0;
        for (Path file : files) {
            try {
                loaded.add(loader.load(file));
            } catch (ScenarioException e) {
                invalid++;
                e.problems().stream().map(Problem::toString).forEach(problems::add);
            }
        }
        return new ScenarioFiles(loaded, problems, invalid);
    }
}
