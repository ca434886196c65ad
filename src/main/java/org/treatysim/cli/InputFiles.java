package org.treatysim.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.Observations;
import org.treatysim.scenario.ObservationsLoader;
import org.treatysim.scenario.Problem;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;

/**
 * Loads a scenario and an observations file together, so that the problems of both are reported
 * at once; the observations' dates are checked against the scenario's window when the scenario
 * itself is valid.
 *
 * @param scenario     the validated scenario, with the command line's seed if one was given
 * @param loaded       the scenario as loaded (file, hash)
 * @param observations the validated observations
 */
record InputFiles(Scenario scenario, LoadedScenario loaded, Observations observations) {

    /**
     * @param seed        the {@code --seed} override, or null
     * @param calibration the {@code --calibration} file, or null for the scenario's own
     * @throws ScenarioException with every problem of both files
     */
    static InputFiles load(Path scenarioFile, Path observationsFile, Long seed, Path calibration)
            throws ScenarioException {
        List<Problem> problems = new ArrayList<>();
        LoadedScenario loaded = null;
        try {
            loaded = new ScenarioLoader(calibration).load(scenarioFile);
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
        }
        Observations observations = null;
        try {
            ObservationsLoader loader = new ObservationsLoader();
            observations = loaded == null ? loader.load(observationsFile)
                    : loader.load(observationsFile, loaded.scenario());
        } catch (ScenarioException e) {
            problems.addAll(e.problems());
        }
        if (!problems.isEmpty()) throw new ScenarioException(problems);
        Scenario scenario = loaded.scenario();
        if (seed != null) scenario = scenario.withRunsAndSeed(scenario.runs(), seed);
        return new InputFiles(scenario, loaded, observations);
    }
}
