package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.report.chart.ProbabilityWords;
import org.treatysim.report.chart.ReportText;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.stats.Estimate;

/** What treatysim update found goes into the brief of the forecast it conditioned, as "Since the forecast". */
class UpdateInBriefTest {
    private static final String BASELINE = "scenarios/baseline-2024-09.yaml";

    @Test
    void theBriefSaysWhatTheObservationsChangeAgainstTheForecast(@TempDir Path out) throws Exception {
        assertThat(execute("run", BASELINE, "--runs", "300", "--quiet", "--no-runs-file", "--out", out.toString())
                .status()).isZero();
        Path folder = out.resolve("baseline-2024-09");
        assertThat(Files.readString(folder.resolve("brief.html"))).doesNotContain("id=\"update\"");
        Path observed = out.resolve("observed.yaml");
        Files.writeString(observed, "observations:\n  - { date: 2025-06-30, event: textAgreed, happened: true }\n");
        CommandRunner.Captured update = execute("update", BASELINE, "--observed", observed.toString(), "--as-of",
                "2025-06-30", "--min-accepted", "100", "--max-runs", "2000", "--quiet", "--out", out.toString());
        assertThat(update.status()).as(update.err()).isZero();

        assertThat(execute("brief", folder.toString()).status()).isZero();

        Estimate after;
        long accepted;
        try (InputStream in = Files.newInputStream(folder.resolve("update/summary.json"))) {
            var conditional = SummaryJson.read(in).summary();
            after = conditional.outcomes().get("signed");
            accepted = conditional.provenance().runs();
        }
        Estimate before;
        try (InputStream in = Files.newInputStream(folder.resolve("summary.json"))) {
            before = SummaryJson.read(in).summary().outcomes().get("signed");
        }
        String html = Files.readString(folder.resolve("brief.html")).replace("&#39;", "'");
        assertThat(html).contains("<section id=\"update\">").contains("Given what was observed up to 30 Jun 2025 (1"
                + " observation; treatysim update kept the " + ReportText.count(accepted) + " of ")
                .contains("a signature by 31 Dec 2026 " + ProbabilityWords.of(after).predicate() + " ("
                        + ReportText.percent(after) + ", " + ReportText.percentInterval(after) + ", "
                        + ReportText.count(accepted) + " runs), against " + ReportText.percent(before) + " ("
                        + ReportText.percentInterval(before) + ") before the observations.");

        // An update of another version of the scenario file says nothing about this forecast: it is left out.
        Path summary = folder.resolve("update/summary.json");
        String text = Files.readString(summary);
        String sha = text.replaceAll("(?s).*\"scenarioSha256\" : \"([0-9a-f]{64})\".*", "$1");
        Files.writeString(summary, text.replace(sha, "0".repeat(64)));
        assertThat(execute("brief", folder.toString()).status()).isZero();
        assertThat(Files.readString(folder.resolve("brief.html"))).doesNotContain("id=\"update\"");
    }
}
