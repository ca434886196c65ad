package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import static org.treatysim.cli.CommandRunner.execute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TraceCommandTest {

    private static final String SCENARIO = "src/test/resources/scenario/complete.yaml";

    @Test
    void tracesTheRunAsATableEndingInItsOutcome() {
        CommandRunner.Captured result = execute("trace", SCENARIO, "--run", "3");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("run 3").contains("2024-09-24").containsPattern("Outcome: (SIGNED|COLLAPSED|STALLED)");
    }

    @Test
    void csvHasOneRowPerStepAfterTheHeader() {
        CommandRunner.Captured result = execute("trace", SCENARIO, "--csv");
        assertThat(result.status()).isZero();
        String[] lines = result.out().strip().split("\n");
        assertThat(lines[0]).startsWith("step,date,state");
        assertThat(lines[1]).startsWith("0,2024-09-24,");
    }

    @Test
    void sameRunGivesTheSameTraceAndAnotherRunDiffers() {
        String first = execute("trace", SCENARIO, "--run", "5", "--csv").out();
        assertThat(execute("trace", SCENARIO, "--run", "5", "--csv").out()).isEqualTo(first);
        assertThat(execute("trace", SCENARIO, "--run", "6", "--csv").out()).isNotEqualTo(first);
    }

    @Test
    void invalidScenarioIsRefusedWithLocatedProblems(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "scenario: bad\nstart: 2024-09-24\nhorizon: 2023-01-01\n");
        CommandRunner.Captured result = execute("trace", bad.toString());
        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).contains(bad + ":3:10: horizon:");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void negativeRunIsAUsageError() {
        assertThat(execute("trace", SCENARIO, "--run", "-1").status()).isEqualTo(Main.INVALID_INPUT);
    }

    @Test
    void htmlWritesOnePageWholeAndNothingElse(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("pages").resolve("run-3.html");
        CommandRunner.Captured result = execute("trace", SCENARIO, "--run", "3", "--html", "--out", page.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("Wrote " + page).contains(" KB)");
        assertThat(CommandRunner.tree(dir)).containsExactly("pages", "pages/run-3.html");
        String html = Files.readString(page);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("data-col").doesNotContain("{{").endsWith("</html>\n");
        // Written again, the page replaces the old one whole.
        assertThat(execute("trace", SCENARIO, "--runs", "1,2", "--html", "--out", page.toString()).status()).isZero();
        assertThat(Files.readString(page)).contains("runs 1, 2");
        assertThat(CommandRunner.tree(dir)).containsExactly("pages", "pages/run-3.html");
    }

    @Test
    void optionsThatDoNotGoTogetherAreUsageErrors() {
        assertThat(execute("trace", SCENARIO, "--csv", "--html").status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(execute("trace", SCENARIO, "--runs", "1,2").status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(execute("trace", SCENARIO, "--runs", "1,-2", "--html").status()).isEqualTo(Main.INVALID_INPUT);
    }
}
