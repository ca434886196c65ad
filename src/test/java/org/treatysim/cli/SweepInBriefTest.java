package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sweep's tornado chart and PRIM finding reach the brief whichever command runs last: the
 * sweep renders the forecast's brief again, and a forecast run after a sweep includes it; a sweep
 * of another version of the scenario file is left out with a note.
 */
class SweepInBriefTest {
    private static final String BASELINE = "scenarios/baseline-2024-09.yaml";
    private static final String DRIVER = "parties.AZE.patienceDays";

    private static CommandRunner.Captured run(Path out, String... more) {
        String[] args = {"run", BASELINE, "--runs", "300", "--quiet", "--no-runs-file", "--out", out.toString()};
        return execute(concat(args, more));
    }

    /** A small one-parameter sweep of the baseline: 12 points × 25 runs. */
    private static CommandRunner.Captured sweep(Path out) {
        return execute("sweep", BASELINE, "--vary", DRIVER + "={ uniform: [200, 1400] }", "--vary-only",
                "--samples", "12", "--runs-per-sample", "25", "--quiet", "--out", out.toString());
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    private static String pdfText(Path pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aSweepAfterTheForecastPutsItsFindingAndTornadoIntoTheBrief(@TempDir Path out) throws Exception {
        assertThat(run(out).status()).isZero();
        Path folder = out.resolve("baseline-2024-09");
        assertThat(Files.readString(folder.resolve("brief.html"))).doesNotContain("fig-sweep-tornado");

        CommandRunner.Captured swept = sweep(out);

        assertThat(swept.status()).as(swept.err()).isZero();
        assertThat(swept.out()).contains("Updated the brief with this finding and the tornado chart");
        String html = Files.readString(folder.resolve("brief.html"));
        assertThat(html).contains("<section id=\"drivers\">").contains("What drives the forecast")
                .contains("A sweep of 1 parameter (Latin hypercube of 12 points × 25 runs) finds that Azerbaijan&#39;s patience (days)")
                .contains("<figure id=\"fig-sweep-tornado\"").contains("What moves P(signed by 2026-12-31)");
        assertThat(pdfText(folder.resolve("brief.pdf"))).contains("What drives the forecast")
                .contains("What moves P(signed by 2026-12-31)");
        // Rendering again keeps the sweep in, byte for byte.
        CommandRunner.Captured brief = execute("brief", folder.toString());
        assertThat(brief.out()).contains("with the sweep's finding");
        assertThat(Files.readString(folder.resolve("brief.html"))).isEqualTo(html);
    }

    @Test
    void aForecastAfterTheSweepIncludesItAndForceKeepsTheSweep(@TempDir Path out) throws Exception {
        assertThat(sweep(out).out()).contains("No forecast in");
        Path folder = out.resolve("baseline-2024-09");
        byte[] sweepJson = Files.readAllBytes(folder.resolve("sweep/sweep.json"));

        // The folder holds only the sweep: the forecast is not there yet, so no --force is needed.
        CommandRunner.Captured first = run(out);
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("The brief includes the sweep in");
        assertThat(Files.readString(folder.resolve("brief.html"))).contains("fig-sweep-tornado");

        assertThat(run(out).status()).isEqualTo(Main.INVALID_INPUT);
        CommandRunner.Captured replaced = run(out, "--force", "--seed", "7");
        assertThat(replaced.status()).as(replaced.err()).isZero();
        assertThat(Files.readAllBytes(folder.resolve("sweep/sweep.json"))).isEqualTo(sweepJson);
        assertThat(Files.readString(folder.resolve("summary.json"))).contains("\"seed\" : 7");
        assertThat(Files.readString(folder.resolve("brief.html"))).contains("fig-sweep-tornado");
    }

    @Test
    void aSweepOfAnotherVersionOfTheScenarioIsLeftOutWithANote(@TempDir Path out) throws Exception {
        assertThat(run(out).status()).isZero();
        assertThat(sweep(out).status()).isZero();
        Path folder = out.resolve("baseline-2024-09");
        Path sweepJson = folder.resolve("sweep/sweep.json");
        String text = Files.readString(sweepJson);
        String sha = text.replaceAll("(?s).*\"scenarioSha256\" : \"([0-9a-f]{64})\".*", "$1");
        Files.writeString(sweepJson, text.replace(sha, "0".repeat(64)));

        CommandRunner.Captured brief = execute("brief", folder.toString());

        assertThat(brief.status()).isZero();
        assertThat(brief.err()).contains("ran another version of the scenario file").contains("leaves the sweep out");
        assertThat(Files.readString(folder.resolve("brief.html"))).doesNotContain("A sweep of")
                .doesNotContain("fig-sweep-tornado");
    }
}
