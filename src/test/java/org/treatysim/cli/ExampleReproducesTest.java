package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed example (results/examples) is what today's model makes of the baseline: the same
 * scenario and seed run again give the same curve, states and summary (but for when and by which
 * build it was made). A change to the model that moves any run shows here, and the example must be
 * made again (results/README.md says how).
 */
class ExampleReproducesTest {

    @Test
    void runningTheBaselineAgainGivesTheCommittedExample(@TempDir Path out) throws IOException {
        CommandRunner.Captured run = execute("run", "scenarios/baseline-2024-09.yaml", "--no-runs-file", "--quiet",
                "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Path made = out.resolve("baseline-2024-09");
        for (String file : List.of("curve.csv", "states.csv")) {
            assertThat(Files.readString(made.resolve(file))).as(file)
                    .isEqualTo(Files.readString(BriefCommandTest.EXAMPLE.resolve(file)));
        }
        assertThat(withoutProvenanceOfTheBuild(made.resolve("summary.json")))
                .isEqualTo(withoutProvenanceOfTheBuild(BriefCommandTest.EXAMPLE.resolve("summary.json")));
    }

    private static List<String> withoutProvenanceOfTheBuild(Path summary) throws IOException {
        return Files.readAllLines(summary).stream().filter(line -> !line.contains("\"createdAt\"")
                && !line.contains("\"version\"") && !line.contains("\"java\"")).toList();
    }
}
