package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import static org.treatysim.cli.CommandRunner.execute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {

    private static final String BASELINE = "scenarios/baseline-2024-09.yaml";

    @Test
    void rebuildsTheChartsAndTheBriefFromTheSavedResults(@TempDir Path results) throws Exception {
        assertThat(execute("run", BASELINE, "--runs", "300", "--quiet", "--no-runs-file", "--out",
                results.toString()).status()).isZero();
        Path folder = results.resolve("baseline-2024-09");
        byte[] html = Files.readAllBytes(folder.resolve("brief.html"));
        Files.delete(folder.resolve("brief.html"));
        Files.delete(folder.resolve("charts/signed-by-date.png"));

        CommandRunner.Captured brief = execute("brief", folder.toString());

        assertThat(brief.status()).as(brief.err()).isZero();
        assertThat(folder.resolve("charts/signed-by-date.png")).isNotEmptyFile();
        // The same summary and context give the same brief, byte for byte (its date is the run's).
        assertThat(Files.readAllBytes(folder.resolve("brief.html"))).isEqualTo(html);
        assertThat(Files.readString(folder.resolve("brief.html"))).contains("300 runs");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".brief-"));
        }
    }

    @Test
    void aFolderWithoutResultsIsRefusedWithItsName(@TempDir Path empty) {
        CommandRunner.Captured brief = execute("brief", empty.toString());
        assertThat(brief.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(brief.err()).contains("summary.json").contains("treatysim run");
        assertThat(empty.toFile().list()).isEmpty();
    }
}
