package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.scenario.Fixtures.MINIMAL;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;

/**
 * Applying a calibration (docs/calibration.md): each hyperparameter transforms every parameter of
 * its family, and the operands of events that set or add to them, and nothing else; a scenario's
 * {@code calibration} key is resolved relative to the file that writes it; {@code --calibration}
 * replaces it; the loaded scenario records the file and its SHA-256.
 */
class CalibrationTest {

    private static final String WITH_MEDIATOR_AND_EVENT = MINIMAL.replace(
            "P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }",
            "P2: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: { uniform: [200, 400] }, stance: 1,"
                    + " batna: 0.2 }")
            + """
            mediators:
              M: { engagement: 0.5, leverage: { P1: 0.2, P2: { lognormal: [0, 0.5] } } }
            events:
              - date: 2025-01-01
                label: a change
                set: { parties.P1.patienceDays: 100 }
                multiply: { parties.P2.patienceDays: 0.5 }
            """;

    private static Scenario parse(String yaml) throws ScenarioException {
        return new ScenarioLoader().parse("s.yaml", yaml).scenario();
    }

    private static Calibration calibration(String yaml) throws ScenarioException {
        return new CalibrationLoader().parse("c.yaml", yaml);
    }

    /** Every parameter of {@link #WITH_MEDIATOR_AND_EVENT} after the calibration {@code yaml}. */
    private static Map<String, Quantity> calibrated(String yaml) throws ScenarioException {
        return ScenarioParameters.of(calibration(yaml).apply(parse(WITH_MEDIATOR_AND_EVENT), "s.yaml"));
    }

    @Test
    void aMultiplierScalesEveryParameterOfItsFamilyAndTheEventsThatSetItAndNothingElse() throws Exception {
        Map<String, Quantity> was = ScenarioParameters.of(parse(WITH_MEDIATOR_AND_EVENT));
        Map<String, Quantity> is = calibrated("hyperparameters:\n  patience: { value: 2, interval: [1.5, 2.5] }\n");
        assertThat(is.get("parties.P1.patienceDays")).isEqualTo(Quantity.of(730));
        assertThat(is.get("parties.P2.patienceDays")).isEqualTo(new Quantity.Uniform(400, 800));
        assertThat(is.get("events.0.set.parties.P1.patienceDays")).isEqualTo(Quantity.of(200));
        assertThat(is.get("events.0.multiply.parties.P2.patienceDays")).as("a factor scales the calibrated value")
                .isEqualTo(Quantity.of(0.5));
        List<String> family = List.of("parties.P1.patienceDays", "parties.P2.patienceDays",
                "events.0.set.parties.P1.patienceDays");
        for (String path : was.keySet()) {
            if (!family.contains(path)) assertThat(is.get(path)).as(path).isEqualTo(was.get(path));
        }
    }

    @Test
    void distributionsAreTransformedInClosedForm() throws Exception {
        Map<String, Quantity> is = calibrated("hyperparameters:\n  mediatorLeverage: 3\n  batnaShift: 0.1\n");
        assertThat(is.get("mediators.M.leverage.P1")).isEqualTo(Quantity.of(0.2 * 3));
        assertThat(is.get("mediators.M.leverage.P2")).as("lognormal: ln 3 added to mu")
                .isEqualTo(new Quantity.LogNormal(StrictMath.log(3), 0.5));
        assertThat(is.get("parties.P2.batna")).isEqualTo(Quantity.of(0.2 + 0.1));
        assertThat(is.get("parties.P1.batna")).isEqualTo(Quantity.of(0.1));
        assertThat(Calibration.transform(new Quantity.TruncatedNormal(1, 0.5, 0, 2), Hyperparameter.Operation.MULTIPLY,
                2)).contains(new Quantity.TruncatedNormal(2, 1, 0, 4));
        assertThat(Calibration.transform(new Quantity.Beta(2, 3), Hyperparameter.Operation.SHIFT, 0.1)).isEmpty();
    }

    @Test
    void aScenarioAppliesTheCalibrationItsFileNamesAndRecordsItsHash(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("calibration"));
        Files.createDirectories(dir.resolve("variants"));
        String calibrationText = "# fitted by hand\nhyperparameters:\n  patience: 1.5\n";
        Files.writeString(dir.resolve("calibration/c.yaml"), calibrationText);
        Files.writeString(dir.resolve("base.yaml"), MINIMAL + "calibration: calibration/c.yaml\n");
        // The key is inherited: it is resolved relative to base.yaml, which writes it.
        Files.writeString(dir.resolve("variants/v.yaml"), "extends: ../base.yaml\nscenario: variant\n");

        LoadedScenario loaded = new ScenarioLoader().load(dir.resolve("variants/v.yaml"));

        assertThat(ScenarioParameters.of(loaded.scenario()).get("parties.P1.patienceDays"))
                .isEqualTo(Quantity.of(365 * 1.5));
        assertThat(loaded.calibration()).isPresent();
        assertThat(loaded.calibration().get().file().normalize()).isEqualTo(dir.resolve("calibration/c.yaml"));
        assertThat(loaded.calibration().get().sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest
                .getInstance("SHA-256").digest(calibrationText.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void theCommandLinesCalibrationReplacesTheScenarios(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("own.yaml"), "hyperparameters:\n  patience: 1.5\n");
        Files.writeString(dir.resolve("other.yaml"), "hyperparameters:\n  patience: 0.5\n");
        Files.writeString(dir.resolve("s.yaml"), MINIMAL + "calibration: own.yaml\n");

        LoadedScenario loaded = new ScenarioLoader(dir.resolve("other.yaml")).load(dir.resolve("s.yaml"));
        LoadedScenario plain = new ScenarioLoader().load(dir.resolve("s.yaml"));

        assertThat(ScenarioParameters.of(loaded.scenario()).get("parties.P1.patienceDays")).isEqualTo(Quantity.of(182.5));
        assertThat(loaded.calibration().get().file()).isEqualTo(dir.resolve("other.yaml"));
        assertThat(ScenarioParameters.of(plain.scenario()).get("parties.P1.patienceDays")).isEqualTo(Quantity.of(547.5));
    }

    @Test
    void aScenarioWithoutCalibrationIsLeftAsWritten() throws Exception {
        LoadedScenario loaded = new ScenarioLoader().parse("s.yaml", MINIMAL);

        assertThat(loaded.calibration()).isEmpty();
        assertThat(loaded.scenario()).isEqualTo(parse(MINIMAL));
    }
}
