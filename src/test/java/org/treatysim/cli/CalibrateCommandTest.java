package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;
import static org.treatysim.cli.CommandRunner.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.RunResult;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.Calibration;
import org.treatysim.scenario.CalibrationLoader;
import org.treatysim.scenario.Hyperparameter;
import org.treatysim.scenario.ScenarioLoader;

/**
 * {@code treatysim calibrate}: on a synthetic corpus whose histories were drawn from known
 * hyperparameters, the fit recovers them within its reported interval; the folder it writes;
 * its usage errors.
 */
class CalibrateCommandTest {
    /** The true patience multiplier of the synthetic corpus (a grid value of patience=0.5:4 with 7 points). */
    private static final double TRUE_PATIENCE = 2;
    private static final int CASES = 30;
    private static final String BASE = "src/test/resources/backtest/corpus/charlie/scenario.yaml";
    private static final List<LocalDate> OUTCOME_DATES = List.of(LocalDate.of(2022, 10, 1), LocalDate.of(2023, 2, 1),
            LocalDate.of(2023, 6, 1), LocalDate.of(2023, 10, 1));

    /**
     * Writes {@value #CASES} cases: the synthetic scenario "charlie" (uncertain patience and stance)
     * with case i's own seed; its history is one run of the scenario calibrated with the true
     * patience, drawn from a seed the forecasts never use, read as "text agreed by" four dates.
     */
    private static void writeSyntheticCorpus(Path corpus) throws Exception {
        String base = Files.readString(Path.of(BASE));
        Calibration truth = new Calibration("truth", "", List.of(),
                List.of(new Calibration.Setting(Hyperparameter.PATIENCE, TRUE_PATIENCE)));
        for (int i = 0; i < CASES; i++) {
            Path folder = Files.createDirectories(corpus.resolve(String.format("case-%02d", i)));
            String scenario = base.replace("seed: 11", "seed: " + (100 + i));
            Files.writeString(folder.resolve("scenario.yaml"), scenario);
            Scenario calibrated = truth.apply(new ScenarioLoader().parse(folder.resolve("scenario.yaml").toString(),
                    scenario).scenario(), "truth");
            RunResult history = new Simulation(calibrated.withRunsAndSeed(1, 90_000 + i)).run(0);
            StringBuilder outcomes = new StringBuilder("observations:\n");
            for (LocalDate date : OUTCOME_DATES) {
                boolean agreed = history.textAgreed() != null && !history.textAgreed().isAfter(date);
                outcomes.append("  - { date: ").append(date).append(", event: textAgreed, happened: ").append(agreed)
                        .append(" }\n");
            }
            Files.writeString(folder.resolve("outcomes.yaml"), outcomes.toString());
        }
    }

    @Test
    void theFitRecoversTheHyperparameterThatMadeTheCorpusWithinItsInterval(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        writeSyntheticCorpus(corpus);
        Path out = dir.resolve("out");

        CommandRunner.Captured result = execute("calibrate", corpus.toString(), "--fit", "patience=0.5:4",
                "--points", "7", "--runs", "200", "--quiet", "--out", out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        Calibration fitted = new CalibrationLoader().load(out.resolve("calibrate/calibration.yaml")).calibration();
        Calibration.Setting patience = fitted.settings().get(0);
        assertThat(patience.hyperparameter()).isEqualTo(Hyperparameter.PATIENCE);
        assertThat(patience.hasInterval()).isTrue();
        assertThat(TRUE_PATIENCE).as("fitted %s (%s to %s)", patience.value(), patience.low(), patience.high())
                .isBetween(patience.low(), patience.high());
        assertThat(patience.high() / patience.low()).as("an interval that says something").isLessThan(8);
        assertThat(fitted.fittedOn()).hasSize(CASES);
        assertThat(tree(out.resolve("calibrate"))).containsExactly("calibration.yaml", "charts",
                "charts/score-patience.png", "charts/score-patience.svg", "cv.csv", "grid.csv", "summary.txt");
        // patience multiplies, so its log-spaced grid is drawn on a logarithmic axis, labelled as text.
        String chart = Files.readString(out.resolve("calibrate/charts/score-patience.svg"));
        assertThat(chart).contains("patienceDays; logarithmic scale)");
        for (String tick : List.of("0.5", "1", "2", "4")) assertThat(chart).contains(">" + tick + "</text");
        List<String> cv = Files.readAllLines(out.resolve("calibrate/cv.csv"));
        assertThat(cv).hasSize(CASES + 1);
        assertThat(cv.get(0)).startsWith("case,outcomes,patience_heldout,heldout_log,heldout_brier,insample_log");
        assertThat(Files.readAllLines(out.resolve("calibrate/grid.csv"))).hasSize(7 + 1);
        assertThat(result.out()).contains("calibrated, held out (LOCO)").contains("uncalibrated")
                .contains("coin flip").contains("base rate").contains("duration");
    }

    @Test
    void badFitOptionsAreUsageErrors(@TempDir Path dir) {
        String corpus = "src/test/resources/backtest/corpus";
        assertThat(execute("calibrate", corpus, "--fit", "patiense=0.5:2", "--out", dir.toString()))
                .satisfies(r -> {
                    assertThat(r.status()).isEqualTo(2);
                    assertThat(r.err()).contains("no hyperparameter 'patiense'").contains("patience, stance");
                });
        assertThat(execute("calibrate", corpus, "--fit", "patience=2:1", "--out", dir.toString()).err())
                .contains("expected LOW < HIGH");
        assertThat(execute("calibrate", corpus, "--fit", "patience=0.5:2", "--method", "bayes", "--out",
                dir.toString()).err()).contains("--method bayes is not available");
        assertThat(tree(dir)).isEmpty();
    }

    @Test
    void aCandidateThatACaseCannotTakeRefusesTheWholeCalibration(@TempDir Path dir) {
        // Shifting every batna by 2 leaves [0, 1]: refused before anything runs, located.
        CommandRunner.Captured r = execute("calibrate", "src/test/resources/backtest/corpus", "--fit",
                "batnaShift=1:2", "--points", "2", "--out", dir.toString());

        assertThat(r.status()).isEqualTo(2);
        assertThat(r.err()).contains("src/test/resources/backtest/corpus/alpha/scenario.yaml:1:1: parties.A.batna:"
                + " a candidate of --fit: batnaShift 2 applied to parties.A.batna = 0 of"
                + " src/test/resources/backtest/corpus/alpha/scenario.yaml: 2 is out of range (expected a value in"
                + " [0, 1])");
        assertThat(tree(dir)).isEmpty();
    }
}
