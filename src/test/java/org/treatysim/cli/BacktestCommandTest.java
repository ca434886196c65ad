package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.treatysim.cli.CommandRunner.execute;
import static org.treatysim.cli.CommandRunner.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.report.backtest.BacktestFiles;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.Wilson;

/**
 * {@code treatysim backtest} through the command line, on the synthetic corpus in
 * {@code src/test/resources/backtest/corpus} (four tiny invented cases; alpha and bravo have no
 * uncertainty, so their forecasts are exactly 0 or 1 and their rows can be computed by hand).
 */
class BacktestCommandTest {
    static final String CORPUS = "src/test/resources/backtest/corpus";
    static final String REFUSED = "src/test/resources/backtest/refused";
    private static final int RUNS = 40;

    private static final List<String> FILES = List.of("backtest.html", "charts", "charts/case-alpha.pdf",
            "charts/case-alpha.png", "charts/case-alpha.svg", "charts/case-bravo.pdf", "charts/case-bravo.png",
            "charts/case-bravo.svg", "charts/case-charlie.pdf", "charts/case-charlie.png", "charts/case-charlie.svg",
            "charts/case-delta.pdf", "charts/case-delta.png", "charts/case-delta.svg", "charts/reliability.pdf",
            "charts/reliability.png", "charts/reliability.svg", "curves.csv", "scorecard.csv", "summary.json");

    private static String row(String head, double p, int outcome, double brier, double log, double coin, double base,
                              int baseN, double duration, int durationN) {
        Estimate e = Wilson.estimate(Math.round(p * RUNS), RUNS);
        return String.join(",", head, Numbers.format(e.p()), Numbers.format(e.lo()), Numbers.format(e.hi()),
                Integer.toString(RUNS), Integer.toString(outcome), Numbers.format(brier), Numbers.format(log),
                Numbers.format(coin), Numbers.format(base), Integer.toString(baseN), Numbers.format(duration),
                Integer.toString(durationN));
    }

    /**
     * The corpus (outcome: 1 happened, 0 not yet; days from the case's start):
     * <pre>
     * alpha   (from 2024-01-01) textAgreed 2024-06-30 0 (181), 2024-09-30 1 (273); signed 2024-10-31 1 (304), 2024-12-31 1 (365)
     * bravo   (from 2023-03-01) textAgreed 2023-06-30 0 (121); initialed 2023-08-31 1 (183); signed 2023-12-31 0 (305)
     * charlie (from 2022-06-01) textAgreed 2022-12-31 0, 2023-06-30 1 (394); signed 2023-12-31 1 (578)
     * delta   (from 2021-01-01) textAgreed 2021-12-31 0; collapsed 2022-03-31 1
     * </pre>
     * Every run of alpha agrees on 2024-09-09 and signs on 2024-11-08: forecasts 0, 1, 0, 1. Every
     * run of bravo agrees on 2023-07-05, initials on 2023-07-25, signs on 2023-09-23: 0, 1, 1.
     *
     * <p>References for alpha (from bravo, charlie, delta): base rate of textAgreed 1 of 4 outcomes,
     * of signed 1 of 2; duration: textAgreed happened only in charlie, after 394 days (bravo and delta
     * censored): 0 of 3 within 181 or 273 days; signed only in charlie, after 578 days (bravo
     * censored): 0 of 2. For bravo (from alpha, charlie, delta): textAgreed 2 of 5, within 121 days
     * 0 of 3 (alpha 273, charlie 394, delta censored); initialed: no other case has it, so the
     * fallback, (6 + 1) / (9 + 2) = 7/11 over the 9 other outcomes of which 6 happened; signed 3 of 3,
     * and within 305 days 1 of 2 (alpha's earliest "signed" is after 304 days, charlie's 578).
     */
    @Test
    void scoresTheSyntheticCorpusAsComputedByHand(@TempDir Path out) throws IOException {
        CommandRunner.Captured result = execute("backtest", CORPUS, "--runs", Integer.toString(RUNS), "--threads",
                "2", "--quiet", "--out", out.toString());

        assertThat(result.status()).as(result.err()).isZero();
        Path folder = out.resolve("backtest");
        assertThat(tree(folder)).containsExactlyElementsOf(FILES);

        double yes = -Math.log(0.999);
        double no = -Math.log(0.001);
        List<String> scorecard = Files.readAllLines(folder.resolve("scorecard.csv"));
        assertThat(scorecard).hasSize(1 + 12);
        assertThat(scorecard.get(0)).isEqualTo(BacktestFiles.SCORECARD_HEADER);
        assertThat(scorecard.subList(1, 8)).containsExactly(
                row("alpha,textAgreed,2024-06-30,181", 0, 0, 0, yes, 0.5, 0.25, 4, 0, 3),
                row("alpha,textAgreed,2024-09-30,273", 1, 1, 0, yes, 0.5, 0.25, 4, 0, 3),
                row("alpha,signed,2024-10-31,304", 0, 1, 1, no, 0.5, 0.5, 2, 0, 2),
                row("alpha,signed,2024-12-31,365", 1, 1, 0, yes, 0.5, 0.5, 2, 0, 2),
                row("bravo,textAgreed,2023-06-30,121", 0, 0, 0, yes, 0.5, 0.4, 5, 0, 3),
                row("bravo,initialed,2023-08-31,183", 1, 1, 0, yes, 0.5, 7 / 11.0, 0, 7 / 11.0, 0),
                // p = 1 clipped to 0.999 gave 1 − 0.999 to what happened, a hair above 0.001.
                row("bravo,signed,2023-12-31,305", 1, 0, 1, -Math.log(1 - 0.999), 0.5, 1, 3, 0.5, 2));
        assertThat(scorecard.subList(8, 13)).extracting(l -> l.substring(0, l.indexOf(',', l.indexOf(',') + 1)))
                .containsExactly("charlie,textAgreed", "charlie,textAgreed", "charlie,signed", "delta,textAgreed",
                        "delta,collapsed");

        JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
        assertThat(summary.get("kind").asText()).isEqualTo("backtest");
        assertThat(summary.get("cases").asInt()).isEqualTo(4);
        assertThat(summary.get("outcomes").asInt()).isEqualTo(12);
        assertThat(summary.get("runs").asText()).isEqualTo(RUNS + " per case (--runs)");
        assertThat(summary.get("seeds").asText()).isEqualTo("each case's own seed");
        assertThat(summary.at("/bootstrap/replicates").asInt()).isEqualTo(2000);
        assertThat(summary.at("/bootstrap/seed").asLong()).isEqualTo(1);
        // alpha's mean Brier (0 + 0 + 1 + 0) / 4 and log score (3 × −ln 0.999 − ln 0.001) / 4, bravo's 1/3.
        JsonNode alpha = summary.at("/byCase/0");
        assertThat(alpha.get("case").asText()).isEqualTo("alpha");
        assertThat(alpha.get("seed").asLong()).isEqualTo(5);
        assertThat(alpha.get("scenarioFile").asText()).isEqualTo(CORPUS + "/alpha/scenario.yaml");
        assertThat(alpha.at("/scores/treatysim/brier").asDouble()).isEqualTo(0.25);
        assertThat(alpha.at("/scores/treatysim/logScore").asDouble()).isCloseTo((3 * yes + no) / 4, within(1e-15));
        // base rate: ((0.25)² + (0.75)² + (0.5)² + (0.5)²) / 4; duration: (0 + 1 + 1 + 1) / 4.
        assertThat(alpha.at("/scores/base rate/brier").asDouble()).isCloseTo(1.125 / 4, within(1e-15));
        assertThat(alpha.at("/scores/duration/brier").asDouble()).isEqualTo(0.75);
        assertThat(summary.at("/byCase/1/scores/treatysim/brier").asDouble()).isCloseTo(1 / 3.0, within(1e-15));
        // The pooled Brier is the mean over all 12 outcomes, and the decomposition adds up to it.
        double brier = 0;
        for (String line : scorecard.subList(1, 13)) brier += Double.parseDouble(line.split(",")[9]);
        assertThat(summary.at("/scores/treatysim/brier/value").asDouble()).isCloseTo(brier / 12, within(1e-15));
        JsonNode d = summary.get("decomposition");
        assertThat(d.get("binning").asText()).isEqualTo("10 equal-width bins of [0, 1] (the last includes 1)");
        assertThat(d.get("reliability").asDouble() - d.get("resolution").asDouble() + d.get("uncertainty").asDouble()
                + d.get("withinBinVariance").asDouble() - d.get("withinBinCovariance").asDouble())
                .isCloseTo(brier / 12, within(1e-12));
        JsonNode byValue = summary.get("decompositionByValue");
        assertThat(byValue.get("withinBinVariance").asDouble()).isZero();
        assertThat(byValue.get("reliability").asDouble() - byValue.get("resolution").asDouble()
                + byValue.get("uncertainty").asDouble()).isCloseTo(brier / 12, within(1e-12));
        assertThat(summary.at("/skill/coin flip/brierSkill/value").asDouble())
                .isCloseTo(1 - brier / 12 / 0.25, within(1e-12));
        assertThat(summary.at("/scores/coin flip/brier/value").asDouble()).isEqualTo(0.25);

        // curves.csv: every event of each case's outcomes, from its start to its horizon.
        List<String> curves = Files.readAllLines(folder.resolve("curves.csv"));
        assertThat(curves.get(0)).isEqualTo(BacktestFiles.CURVES_HEADER);
        assertThat(curves).contains("alpha,textAgreed,2024-01-01,0,0," + Numbers.format(Wilson.estimate(0, RUNS).hi())
                + "," + RUNS, "alpha,signed,2024-12-31,1," + Numbers.format(Wilson.estimate(RUNS, RUNS).lo()) + ",1,"
                + RUNS).anyMatch(l -> l.startsWith("delta,collapsed,2022-06-30,"))
                .noneMatch(l -> l.startsWith("delta,signed"));

        String html = Files.readString(folder.resolve("backtest.html"));
        assertThat(html).contains("<h2>Scores over all cases</h2>", "<h2>Murphy's decomposition",
                "font: 16px/1.5 \"DejaVu Sans\"").doesNotContain("<script", "src=\"", "href=\"http", "url(http",
                "@import");
        assertThat(html.split("<svg", -1)).hasSize(1 + 5);

        assertThat(result.out()).startsWith("Backtest of 4 cases, 12 outcomes; runs: " + RUNS + " per case (--runs);"
                + " seeds: each case's own seed").contains("  alpha          4      " + RUNS + "     0.250     1.728"
                + "      0.250     0.281     0.750").contains("Brier skill of treatysim: vs coin flip")
                .contains("Wrote " + folder.toAbsolutePath());
        assertThat(result.err()).isEqualTo("treatysim backtest: " + CORPUS + "/delta/outcomes.yaml: 1 forecast by"
                + " another forecaster is not part of the backtest (treatysim score scores them)"
                + System.lineSeparator());
    }

    @Test
    void theSameCorpusAndSeedsGiveTheSameNumbersOnAnyThreadCount(@TempDir Path out) throws IOException {
        Path one = out.resolve("one");
        Path two = out.resolve("two");
        assertThat(execute("backtest", CORPUS + "/charlie", CORPUS + "/delta", "--runs", "30", "--threads", "1",
                "--quiet", "--out", one.toString()).status()).isZero();
        assertThat(execute("backtest", CORPUS + "/charlie", CORPUS + "/delta", "--runs", "30", "--threads", "2",
                "--quiet", "--out", two.toString()).status()).isZero();
        for (String file : List.of("scorecard.csv", "curves.csv")) {
            assertThat(Files.readString(two.resolve("backtest").resolve(file)))
                    .isEqualTo(Files.readString(one.resolve("backtest").resolve(file)));
        }
        assertThat(withoutCreatedAt(two)).isEqualTo(withoutCreatedAt(one));

        // --seed replaces every case's seed: other runs, other forecasts.
        Path seeded = out.resolve("seeded");
        assertThat(execute("backtest", CORPUS + "/charlie", CORPUS + "/delta", "--runs", "30", "--seed", "99",
                "--quiet", "--out", seeded.toString()).status()).isZero();
        JsonNode summary = new ObjectMapper().readTree(seeded.resolve("backtest/summary.json").toFile());
        assertThat(summary.at("/byCase/0/seed").asLong()).isEqualTo(99);
        assertThat(summary.get("seeds").asText()).isEqualTo("99 for every case (--seed)");
        assertThat(Files.readString(seeded.resolve("backtest/curves.csv")))
                .isNotEqualTo(Files.readString(one.resolve("backtest/curves.csv")));
    }

    private static List<String> withoutCreatedAt(Path out) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(out.resolve("backtest/summary.json")));
        lines.removeIf(l -> l.contains("\"createdAt\""));
        return lines;
    }

    @Test
    void aCaseThatCannotBeExpressedIsRefusedWithItsLocationAndNothingRunsOrIsWritten(@TempDir Path out) {
        String[][] cases = {
            {"clash-event", REFUSED + "/clash-event/outcomes.yaml:4:32: observations.1.event: event 'clash' cannot be"
                    + " observed by a date"},
            {"outside-window", REFUSED + "/outside-window/outcomes.yaml:4:13: observations.1.date: date 2025-06-30 is"
                    + " after the scenario's horizon 2024-12-31"},
            {"bad-scenario", REFUSED + "/bad-scenario/scenario.yaml:13:49: parties.B.patiencDays: unknown key"
                    + " 'patiencDays'; did you mean 'patienceDays'?"},
            {"no-outcomes", REFUSED + "/no-outcomes/outcomes.yaml:1:1: no such file"},
        };
        for (String[] c : cases) {
            // With the good corpus beside it: the whole backtest is refused, not the bad case skipped.
            CommandRunner.Captured result = execute("backtest", CORPUS, REFUSED + "/" + c[0], "--runs", "5",
                    "--quiet", "--out", out.toString());
            assertThat(result.status()).as(c[0]).isEqualTo(Main.INVALID_INPUT);
            assertThat(result.err()).as(c[0]).startsWith("treatysim backtest: 1 of 5 cases cannot be backtested ("
                    + c[0] + "); nothing was run or written:").contains(c[1]);
            assertThat(result.out()).isEmpty();
            assertThat(tree(out)).as(c[0]).isEmpty();
        }
        // A folder of cases reports every refused case at once.
        CommandRunner.Captured all = execute("backtest", REFUSED, "--quiet", "--out", out.toString());
        assertThat(all.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(all.err()).startsWith("treatysim backtest: 4 of 4 cases cannot be backtested (bad-scenario,"
                + " clash-event, no-outcomes, outside-window)");
        for (String[] c : cases) assertThat(all.err()).contains(c[1]);
        assertThat(tree(out)).isEmpty();
    }

    @Test
    void foldersThatNameNoUsableCaseAndBadOptionsAreUsageErrors(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path twin = Files.createDirectories(dir.resolve("other/alpha"));
        Path oddName = Files.createDirectories(dir.resolve("odd/no case"));
        Files.copy(Path.of(CORPUS, "alpha/scenario.yaml"), twin.resolve("scenario.yaml"));
        Files.writeString(oddName.resolve("scenario.yaml"), "");
        String[][] usages = {
            {dir.resolve("missing").toString(), "missing: no such folder"},
            {empty.toString(), "empty holds no case"},
            {CORPUS + "/alpha/scenario.yaml", "scenario.yaml is not a folder"},
            {oddName.toString(), "the case folder's name 'no case' cannot be a case id"},
        };
        for (String[] u : usages) {
            CommandRunner.Captured result = execute("backtest", u[0], "--out", out.toString());
            assertThat(result.status()).as(u[0]).isEqualTo(Main.INVALID_INPUT);
            assertThat(result.err()).as(u[0]).contains(u[1]);
        }
        CommandRunner.Captured twice = execute("backtest", CORPUS, twin.toString(), "--out", out.toString());
        assertThat(twice.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(twice.err()).contains("two cases named alpha: " + CORPUS + "/alpha and " + twin);
        CommandRunner.Captured runs = execute("backtest", CORPUS, "--runs", "0", "--out", out.toString());
        assertThat(runs.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(runs.err()).contains("--runs must be at least 1");
        CommandRunner.Captured none = execute("backtest", "--out", out.toString());
        assertThat(none.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(none.err()).contains("Missing required parameter: 'DIR'");
        assertThat(tree(out)).isEmpty();
    }

    @Test
    void anExistingFolderIsKeptUnlessForced(@TempDir Path out) throws IOException {
        Path folder = Files.createDirectories(out.resolve("backtest"));
        Files.writeString(folder.resolve("notes.txt"), "earlier");
        String[] args = {"backtest", CORPUS + "/charlie", "--runs", "10", "--quiet", "--out", out.toString()};
        CommandRunner.Captured kept = execute(args);
        assertThat(kept.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(kept.err()).contains("already exists: pass --force to replace it");
        assertThat(tree(folder)).containsExactly("notes.txt");

        String[] forced = java.util.Arrays.copyOf(args, args.length + 1);
        forced[args.length] = "--force";
        assertThat(execute(forced).status()).isZero();
        assertThat(tree(folder)).contains("scorecard.csv", "summary.json", "backtest.html").doesNotContain("notes.txt");
    }

    @Test
    void helpDescribesTheCommand() {
        CommandRunner.Captured help = execute("backtest", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("DIR...", "--runs=N", "--seed=S", "--threads=T", "--out=DIR", "--force",
                "--quiet");
        assertThat(execute("--help").out()).contains("backtest");
    }
}
