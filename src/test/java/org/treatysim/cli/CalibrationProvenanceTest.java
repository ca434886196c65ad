package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A calibrated forecast says so: {@code --calibration FILE} (or a scenario's calibration key)
 * puts the file and its SHA-256 in the results folder's provenance, and the brief, drawn again
 * from the folder, says the forecast is calibrated and on what.
 */
class CalibrationProvenanceTest {
    private static final String CASE = "src/test/resources/backtest/corpus/charlie";
    private static final String CALIBRATION = "# test\ndescription: a test calibration\nfittedOn: [alpha, bravo]\n"
            + "hyperparameters:\n  patience: { value: 1.5, interval: [1.2, 1.8] }\n";

    private static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void runRecordsTheCalibrationAndTheBriefSaysIt(@TempDir Path dir) throws Exception {
        Path calibration = dir.resolve("c.yaml");
        Files.writeString(calibration, CALIBRATION);
        Path out = dir.resolve("out");

        CommandRunner.Captured run = execute("run", CASE + "/scenario.yaml", "--runs", "200", "--no-runs-file",
                "--quiet", "--calibration", calibration.toString(), "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        String summary = Files.readString(out.resolve("charlie/summary.json"));
        assertThat(summary).contains("\"file\" : \"" + calibration + "\"").contains(sha256(CALIBRATION))
                .contains("patience × 1.5");

        Files.delete(out.resolve("charlie/brief.html"));
        CommandRunner.Captured brief = execute("brief", out.resolve("charlie").toString());
        assertThat(brief.status()).as(brief.err()).isZero();
        assertThat(Files.readString(out.resolve("charlie/brief.html"))).contains("Calibrated with " + calibration
                + " (patience × 1.5), fitted on 2 past negotiations: alpha, bravo.");
    }

    @Test
    void scoreRecordsTheScenarioAndTheCalibrationItScored(@TempDir Path dir) throws Exception {
        Path calibration = dir.resolve("c.yaml");
        Files.writeString(calibration, CALIBRATION);
        Path out = dir.resolve("out");

        CommandRunner.Captured score = execute("score", CASE + "/scenario.yaml", "--outcomes", CASE + "/outcomes.yaml",
                "--runs", "100", "--quiet", "--calibration", calibration.toString(), "--out", out.toString());
        assertThat(score.status()).as(score.err()).isZero();
        String provenance = Files.readString(out.resolve("charlie/score/provenance.json"));
        assertThat(provenance).contains("\"scenario\" : \"charlie\"").contains("\"runs\" : 100")
                .contains(sha256(Files.readString(Path.of(CASE, "scenario.yaml"))))
                .contains("\"file\" : \"" + calibration + "\"").contains(sha256(CALIBRATION))
                .contains("patience × 1.5");
    }

    @Test
    void anUncalibratedForecastRecordsNone(@TempDir Path dir) throws Exception {
        CommandRunner.Captured run = execute("run", CASE + "/scenario.yaml", "--runs", "50", "--no-runs-file",
                "--quiet", "--out", dir.toString());

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("charlie/summary.json"))).doesNotContain("calibration");
    }

    @Test
    void backtestRecordsTheCalibrationOfEveryCase(@TempDir Path dir) throws Exception {
        Path calibration = dir.resolve("c.yaml");
        Files.writeString(calibration, CALIBRATION);

        CommandRunner.Captured backtest = execute("backtest", CASE, "--runs", "50", "--quiet", "--calibration",
                calibration.toString(), "--out", dir.toString());

        assertThat(backtest.status()).as(backtest.err()).isZero();
        assertThat(Files.readString(dir.resolve("backtest/summary.json"))).contains(sha256(CALIBRATION))
                .contains("patience × 1.5");
    }
}
