package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.report.chart.ProbabilityWords;
import org.treatysim.report.chart.ReportText;
import org.treatysim.stats.Estimate;

/** A comparison against the forecast's scenario goes into its brief as "What if", with the paired differences in words. */
class CompareInBriefTest {
    private static final String BASELINE = "scenarios/baseline-2024-09.yaml";
    private static final String VARIANT = "scenarios/us-disengaged.yaml";

    @Test
    void theBriefSaysEachVariantsChanceAndPairedDifference(@TempDir Path out) throws Exception {
        assertThat(execute("run", BASELINE, "--runs", "400", "--quiet", "--no-runs-file", "--out", out.toString())
                .status()).isZero();
        CommandRunner.Captured compare = execute("compare", BASELINE, VARIANT, "--runs", "400", "--quiet", "--out",
                out.toString());
        assertThat(compare.status()).as(compare.err()).isZero();
        Path folder = out.resolve("baseline-2024-09");

        assertThat(execute("brief", folder.toString()).status()).isZero();

        String name = "compare-baseline-2024-09-vs-us-disengaged";
        List<String> rows = Files.readAllLines(out.resolve(name).resolve("comparison.csv"));
        String[] c = rows.stream().filter(l -> l.startsWith("us-disengaged,signed,2026-12-31,")).findFirst().orElseThrow()
                .split(",");
        Estimate p = new Estimate(Double.parseDouble(c[4]), Double.parseDouble(c[5]), Double.parseDouble(c[6]));
        double diff = Double.parseDouble(c[7]);
        double lo = Double.parseDouble(c[8]);
        double hi = Double.parseDouble(c[9]);
        String html = Files.readString(folder.resolve("brief.html")).replace("&#39;", "'").replace("&#61;", "=");
        String title = Files.readAllLines(Path.of(VARIANT)).stream().filter(l -> l.startsWith("title:")).findFirst()
                .orElseThrow().substring("title:".length()).strip().replace("\"", "");
        boolean clear = lo > 0 || hi < 0;
        assertThat(html).contains("<section id=\"what-if\">").contains(name)
                .contains(title + ": a signature by 31 Dec 2026 " + ProbabilityWords.of(p).predicate() + " ("
                        + ReportText.percent(p) + ", " + ReportText.percentInterval(p) + ", 400 runs), ")
                .contains(clear ? String.format(Locale.ROOT, "%.1f percentage points %s than in the forecast's scenario",
                        Math.abs(diff) * 100, diff > 0 ? "higher" : "lower")
                        : "no different from the forecast's scenario beyond noise")
                .contains(String.format(Locale.ROOT, "95%% interval %+.1f to %+.1f)", lo * 100, hi * 100)
                        .replace('-', '−'));
    }

    /**
     * The library's calibrated baseline compared with the baseline: the baseline's brief shows both
     * curves on one chart (drawn again from compare.json), each named by its scenario's title.
     */
    @Test
    void theBaselinesBriefShowsTheCalibratedCurveBesideItsOwn(@TempDir Path out) throws Exception {
        String calibrated = "scenarios/baseline-2024-09-calibrated.yaml";
        assertThat(execute("run", BASELINE, "--runs", "200", "--quiet", "--no-runs-file", "--out", out.toString())
                .status()).isZero();
        CommandRunner.Captured compare = execute("compare", BASELINE, calibrated, "--runs", "200", "--quiet", "--out",
                out.toString());
        assertThat(compare.status()).as(compare.err()).isZero();
        Path folder = out.resolve("baseline-2024-09");
        assertThat(execute("brief", folder.toString()).status()).isZero();

        String html = Files.readString(folder.resolve("brief.html"));
        int figure = html.indexOf("<figure id=\"fig-what-if-curves\"");
        assertThat(figure).as("the what-if chart in the brief").isPositive();
        String chart = html.substring(figure, html.indexOf("</figure>", figure));
        assertThat(chart).contains("2 scenarios compared").contains("(reference)");
        for (String file : List.of(BASELINE, calibrated)) {
            String title = titleOf(file);
            assertThat(chart).as("legend names %s", title).contains(title);
        }
    }

    private static String titleOf(String file) throws java.io.IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(l -> l.startsWith("title:")).findFirst()
                .orElseThrow().substring("title:".length()).strip().replace("\"", "");
    }
}
