package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.scenario.Fixtures.MINIMAL;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per kind of bad calibration (docs/calibration.md), in the style of {@link BadInputTest}:
 * each checks where the problem is reported (file:line:column and path) and what was expected.
 */
class BadCalibrationTest {

    private static List<String> problems(String yaml) {
        try {
            new CalibrationLoader().parse("c.yaml", yaml);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems in\n" + yaml);
    }

    private static List<String> loadProblems(Path scenario, Path calibration) {
        try {
            new ScenarioLoader(calibration).load(scenario);
        } catch (ScenarioException e) {
            return e.problems().stream().map(Problem::toString).toList();
        }
        throw new AssertionError("expected problems in " + scenario);
    }

    @Test
    void anUnknownHyperparameterGetsTheClosestName() {
        assertThat(problems("hyperparameters:\n  patiense: 1.2\n")).containsExactly("c.yaml:2:3:"
                + " hyperparameters.patiense: unknown key 'patiense'; did you mean 'patience'? (expected one of:"
                + " patience, stance, mediatorLeverage, sidePayment, deadlinePressure, clashHazard, batnaShift)");
    }

    @Test
    void aMultiplierMustBePositive() {
        assertThat(problems("hyperparameters:\n  patience: { value: 0 }\n")).containsExactly("c.yaml:2:22:"
                + " hyperparameters.patience.value: 0 is out of range (expected a multiplier > 0 (1 changes nothing))");
    }

    @Test
    void aValueMustBeANumber() {
        assertThat(problems("hyperparameters:\n  clashHazard: lots\n")).containsExactly("c.yaml:2:16:"
                + " hyperparameters.clashHazard: found 'lots' (expected a multiplier > 0 (1 changes nothing), or"
                + " { value: V, interval: [LOW, HIGH] }; clashHazard multiplies shocks.clashesPerYear)");
    }

    @Test
    void theIntervalMustHoldTheValue() {
        assertThat(problems("hyperparameters:\n  patience: { value: 2, interval: [0.5, 1.5] }\n"))
                .containsExactly("c.yaml:2:35: hyperparameters.patience.interval: [0.5, 1.5] does not hold the value"
                        + " 2 (expected [LOW, HIGH], two values with LOW <= value <= HIGH, each a multiplier > 0 (1"
                        + " changes nothing))");
        assertThat(problems("hyperparameters:\n  patience: { value: 2, interval: [1] }\n"))
                .containsExactly("c.yaml:2:35: hyperparameters.patience.interval: a list of 1 (expected [LOW, HIGH],"
                        + " two values with LOW <= value <= HIGH, each a multiplier > 0 (1 changes nothing))");
    }

    @Test
    void hyperparametersAreRequiredAndUnknownKeysRefused() {
        assertThat(problems("description: nothing\nfitedOn: [a]\n")).containsExactly(
                "c.yaml:1:1: hyperparameters: missing required key hyperparameters (expected a map of"
                        + " hyperparameters, e.g. patience: { value: 1.2, interval: [1.0, 1.4] }; one of patience,"
                        + " stance, mediatorLeverage, sidePayment, deadlinePressure, clashHazard, batnaShift)",
                "c.yaml:2:1: fitedOn: unknown key 'fitedOn'; did you mean 'fittedOn'? (expected one of: description,"
                        + " fittedOn, hyperparameters)");
    }

    @Test
    void yamlErrorsAreLocatedInTheCalibrationFile() {
        assertThat(problems("hyperparameters: [\n")).singleElement().asString()
                .startsWith("c.yaml:2:1: YAML syntax error: ");
        assertThat(problems("- patience\n")).containsExactly("c.yaml:1:1: found a list at the top of the file"
                + " (expected a map with the key hyperparameters, e.g. hyperparameters: { patience: { value: 1.2 } })");
    }

    /** s.yaml (MINIMAL with P1's batna) and c.yaml in {@code dir}: the problems of loading one with the other. */
    private static List<String> problemsOf(Path dir, String batna, String calibrationText) throws Exception {
        Files.writeString(dir.resolve("s.yaml"), MINIMAL.replace("patienceDays: 365, stance: 1 }\n  P2",
                "patienceDays: 365, stance: 1, batna: " + batna + " }\n  P2"));
        Files.writeString(dir.resolve("c.yaml"), calibrationText);
        return loadProblems(dir.resolve("s.yaml"), dir.resolve("c.yaml"));
    }

    @Test
    void aResultOutsideTheParametersRangeIsLocatedAtTheHyperparameter(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Path calibration = dir.resolve("c.yaml");

        assertThat(problemsOf(dir, "0.5", "hyperparameters:\n  batnaShift: 0.75\n")).containsExactly(calibration + ":2:15:"
                + " hyperparameters.batnaShift.value: batnaShift 0.75 applied to parties.P1.batna = 0.5 of " + scenario
                + ": 1.25 is out of range (expected a value in [0, 1])");
    }

    @Test
    void aDistributionWithoutClosedFormIsRefused(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Path calibration = dir.resolve("c.yaml");

        assertThat(problemsOf(dir, "{ beta: [2, 5] }", "hyperparameters:\n  batnaShift: { value: 0.1 }\n")).containsExactly(calibration + ":2:24:"
                + " hyperparameters.batnaShift.value: batnaShift cannot shift { beta: [2, 5] } at parties.P1.batna of "
                + scenario + " (expected a number or a uniform, normal, truncnormal, triangular or choice"
                + " distribution there)");
    }

    @Test
    void aMissingFileIsReportedAtTheScenariosKey(@TempDir Path dir) throws Exception {
        Path scenario = dir.resolve("s.yaml");
        Files.writeString(scenario, MINIMAL + "calibration: calibration/none.yaml\n");

        assertThat(loadProblems(scenario, null)).containsExactly(scenario + ":10:14: calibration: no such file "
                + dir.resolve("calibration/none.yaml") + " (expected the path of an existing calibration file,"
                + " relative to the file that names it)");
    }

    @Test
    void anAbsolutePathIsRefused() {
        assertThat(Fixtures.problem(MINIMAL + "calibration: /etc/c.yaml\n").toString()).isEqualTo("bad.yaml:10:14:"
                + " calibration: absolute path /etc/c.yaml (expected the path of a calibration file, relative to the"
                + " folder of the file that writes it, e.g. calibration/corpus.yaml)");
    }
}
