package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;
import static org.treatysim.cli.CommandRunner.resource;
import static org.treatysim.cli.CommandRunner.tree;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.report.update.ScoreFiles;

/** {@code treatysim score} through the command line. */
class ScoreCommandTest {

    @Test
    void scoresMatchTheHandComputedValuesThroughTheCommand(@TempDir Path out) throws Exception {
        // deterministic.yaml: every run agrees its text on 2024-09-09 and signs on 2024-11-08, so
        // treatysim's forecasts are exactly 0, 1, 0, 1 (see deterministic-outcomes.yaml).
        CommandRunner.Captured result = execute("score", resource("deterministic.yaml"), "--outcomes",
                resource("deterministic-outcomes.yaml"), "--runs", "50", "--threads", "2", "--quiet", "--out",
                out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        Path folder = out.resolve("deterministic/score");
        assertThat(tree(folder)).containsExactly("provenance.json", "reliability.csv", "score.csv", "skill.csv");

        // Wilson 95% interval of 0 of 50: [0, z²/(50 + z²)] = [0, 3.8415/53.8415] = [0, 0.0713].
        // −ln 0.999 = 0.0010005003335835344, −ln 0.001 = 6.907755278982137.
        List<String> scores = Files.readAllLines(folder.resolve("score.csv"));
        assertThat(scores.get(0)).isEqualTo(ScoreFiles.SCORE_HEADER);
        assertThat(scores.get(1)).startsWith("treatysim,textAgreed,2024-09-08,false,0,0,0.0713").endsWith(
                ",50,0,0.0010005003335835344");
        assertThat(scores.get(2)).startsWith("treatysim,textAgreed,2024-09-09,true,1,0.928").endsWith(
                ",1,50,0,0.0010005003335835344");
        assertThat(scores.get(3)).startsWith("treatysim,signed,2024-11-07,true,0,0,").endsWith(",50,1,6.907755278982137");
        assertThat(scores.get(4)).startsWith("treatysim,signed,2024-12-31,true,1,");
        assertThat(scores).contains("Panel,signed,2024-11-07,true,0.5,,,,0.25,0.6931471805599453",
                "Mirror,signed,2024-11-07,true,0,,,,1,6.907755278982137").hasSize(1 + 4 + 2 + 4);

        // treatysim: Brier (0 + 0 + 1 + 0) / 4 = 0.25, skill vs a coin flip 1 − 0.25/0.25 = 0;
        // log score (3 × 0.0010005003335835344 + 6.907755278982137) / 4 = 1.727689194995722.
        // Against Panel on its two outcomes: treatysim (1 + 0)/2 = 0.5, Panel (0.25 + 0.01)/2 = 0.13,
        // skill 1 − 0.5/0.13 = −2.846153846153846. Against Mirror (identical forecasts): 0.
        List<String> skill = Files.readAllLines(folder.resolve("skill.csv"));
        assertThat(skill.get(0)).isEqualTo(ScoreFiles.SKILL_HEADER);
        assertThat(skill.get(1)).startsWith("treatysim,4,0.25,1.72768919499572").endsWith(",0.75,coin flip,0.25,0");
        assertThat(skill.get(2)).startsWith("treatysim,2,0.5,").contains(",Panel,0.13").endsWith(",-2.846153846153846");
        assertThat(skill.get(3)).startsWith("treatysim,4,0.25,").endsWith(",Mirror,0.25,0");
        assertThat(skill.get(4)).startsWith("Panel,2,0.13").endsWith(",coin flip,0.25,0.48");
        assertThat(skill.get(5)).startsWith("Mirror,4,0.25,").endsWith(",coin flip,0.25,0");

        // Reliability: the two forecasts of 0 (one happened), the two of 1 (both happened).
        assertThat(Files.readAllLines(folder.resolve("reliability.csv"))).anyMatch(l -> l.startsWith(
                "treatysim,0,0.1,2,0,0.5,")).anyMatch(l -> l.startsWith("treatysim,0.9,1,2,1,1,"));

        assertThat(result.err()).contains("deterministic-outcomes.yaml:22:5: Panel's forecast of signed by 2025-06-30"
                + " has no outcome in the file; it is not scored.");
        assertThat(result.out()).startsWith("Scores of deterministic (50 runs, seed 5) against 4 outcomes:")
                .contains("treatysim on 4 outcomes: Brier 0.2500, log score 1.7277 nats; Brier skill vs coin flip"
                        + " (Brier 0.2500): 0.000")
                .contains("Brier skill vs Panel (Brier 0.1300): -2.846")
                .contains("Wrote " + folder.toAbsolutePath());
    }

    @Test
    void scoresTheBaselineAgainstTheExampleOutcomes(@TempDir Path out) throws Exception {
        CommandRunner.Captured result = execute("score", "scenarios/baseline-2024-09.yaml", "--outcomes",
                resource("baseline-outcomes-2025.yaml"), "--runs", "300", "--threads", "2", "--quiet", "--out",
                out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(Files.readAllLines(out.resolve("baseline-2024-09/score/score.csv"))).hasSize(1 + 9);
        assertThat(result.out()).contains("initialed by 2025-08-08").contains("Brier skill vs coin flip");
    }

    @Test
    void invalidInputAndOptionsExitWithStatus2AndWriteNothing(@TempDir Path out) {
        CommandRunner.Captured invalid = execute("score", resource("deterministic.yaml"), "--outcomes",
                resource("invalid-observations.yaml"), "--out", out.toString());
        assertThat(invalid.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(invalid.err()).contains("unknown event 'textAgred'");

        CommandRunner.Captured runs = execute("score", resource("deterministic.yaml"), "--outcomes",
                resource("deterministic-outcomes.yaml"), "--runs", "0", "--out", out.toString());
        assertThat(runs.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(runs.err()).contains("--runs must be at least 1");
        assertThat(tree(out)).isEmpty();
    }

    @Test
    void anExistingFolderIsKeptUnlessForced(@TempDir Path out) throws Exception {
        Path folder = Files.createDirectories(out.resolve("deterministic/score"));
        String[] args = {"score", resource("deterministic.yaml"), "--outcomes", resource("deterministic-outcomes.yaml"),
            "--runs", "20", "--quiet", "--out", out.toString()};

        CommandRunner.Captured kept = execute(args);
        // Like run, compare and sweep: an existing folder is invalid input (status 2), not a failure.
        assertThat(kept.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(kept.err()).contains("already exists: pass --force to replace it");
        assertThat(tree(folder)).isEmpty();

        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertThat(execute(forced).status()).isZero();
        assertThat(tree(folder)).containsExactly("provenance.json", "reliability.csv", "score.csv", "skill.csv");
    }
}
