package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import ec.util.MersenneTwisterFast;
import org.treatysim.report.brief.RunFindings;
import org.treatysim.report.chart.ReportText;
import org.treatysim.report.files.RunFindingsJson;
import org.treatysim.report.files.RunsCsv;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.Wilson;

/** The brief's signposts and drivers against the runs they come from. */
class RunFindingsOfTest {
    private static final String BASELINE = "scenarios/baseline-2024-09.yaml";
    private static final LocalDate START = LocalDate.of(2024, 9, 24);
    private static final LocalDate HORIZON = LocalDate.of(2026, 12, 31);

    @TempDir
    static Path out;
    private static Path folder;
    /** runs.csv.gz read with nothing of treatysim's: each row as its column name to its cell. */
    private static List<Map<String, String>> rows;
    private static RunFindings findings;

    @BeforeAll
    static void forecast() throws IOException {
        CommandRunner.Captured run = execute("run", BASELINE, "--runs", "3000", "--quiet", "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        folder = out.resolve("baseline-2024-09");
        rows = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(folder.resolve("runs.csv.gz"))), StandardCharsets.UTF_8))) {
            String[] header = lines.readLine().split(",");
            String line;
            while ((line = lines.readLine()) != null) {
                String[] cells = line.split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.length; i++) row.put(header[i], cells[i]);
                rows.add(row);
            }
        }
        findings = RunFindingsJson.read(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("runs-findings.json"))));
    }

    /** The day a row reached a milestone, straight from its cells; null when it did not. */
    private static LocalDate day(Map<String, String> row, String event) {
        String cell = switch (event) {
            case "referendumHeld" -> row.get("referendum");
            case "referendumPassed" -> "true".equals(row.get("referendumPassed")) ? row.get("referendum") : "";
            default -> row.get(event);
        };
        return cell.isEmpty() ? null : LocalDate.parse(cell);
    }

    private static boolean by(Map<String, String> row, String event, LocalDate date) {
        LocalDate day = day(row, event);
        return day != null && !day.isAfter(date);
    }

    /** {runs reached, of them signed by the horizon, runs not reached, of them signed}. */
    private static long[] count(String event, LocalDate date) {
        long[] counts = new long[4];
        for (Map<String, String> row : rows) {
            boolean reached = by(row, event, date);
            boolean signed = by(row, "signed", HORIZON);
            counts[reached ? 0 : 2]++;
            if (signed) counts[reached ? 1 : 3]++;
        }
        return counts;
    }

    @Test
    void everySignpostIsADirectCountOfTheRunsAndTheEarliestDateThatQualifies() {
        assertThat(findings.runs()).isEqualTo(rows.size());
        assertThat(findings.signed()).isEqualTo(rows.stream().filter(r -> by(r, "signed", HORIZON)).count());
        assertThat(findings.signposts()).isNotEmpty();
        double overall = findings.signed() / (double) findings.runs();
        for (RunFindings.Signpost s : findings.signposts()) {
            long[] counts = count(s.event(), s.date());
            assertThat(new long[] {s.runsIf(), s.signedIf(), s.runsIfNot(), s.signedIfNot()}).as(s.toString())
                    .containsExactly(counts);
            assertThat(Math.min(counts[0], counts[2])).isGreaterThanOrEqualTo(RunFindings.MIN_RUNS);
            assertThat(Math.abs(counts[1] / (double) counts[0] - overall)).isGreaterThanOrEqualTo(RunFindings.SHIFT);
            // No earlier quarter's or deadline's end would have done.
            for (LocalDate earlier : RunFindingsOf.dates(START, HORIZON, List.of(LocalDate.of(2024, 11, 22)))) {
                if (!earlier.isBefore(s.date())) break;
                long[] c = count(s.event(), earlier);
                boolean enough = Math.min(c[0], c[2]) >= RunFindings.MIN_RUNS;
                assertThat(enough && Math.abs(c[1] / (double) c[0] - overall) >= RunFindings.SHIFT)
                        .as("%s qualifies already by %s", s.event(), earlier).isFalse();
            }
        }
        assertThat(findings.signposts()).extracting(RunFindings.Signpost::date).isSorted();
    }

    @Test
    void theBriefSaysEachSignpostWithItsWordNumberIntervalAndRuns() throws IOException {
        String html = Files.readString(folder.resolve("brief.html")).replace("&#39;", "'");
        for (RunFindings.Signpost s : findings.signposts()) {
            long[] c = count(s.event(), s.date());
            Estimate ifReached = Wilson.estimate(c[1], c[0]);
            Estimate ifNot = Wilson.estimate(c[3], c[2]);
            assertThat(html).contains("by " + ReportText.date(s.date()) + ", a signature by 31 Dec 2026 ")
                    .contains("(" + ReportText.percent(ifReached) + ", " + ReportText.percentInterval(ifReached) + ", "
                            + ReportText.count(c[0]) + " runs); if not, it ")
                    .contains("(" + ReportText.percent(ifNot) + ", " + ReportText.percentInterval(ifNot) + ", "
                            + ReportText.count(c[2]) + " runs).");
        }
    }

    /**
     * Runs built so that one parameter decides the outcome: a signature exactly when Armenia's
     * patience is above 400 days, whatever the two other parameters drew.
     */
    @Test
    void theParameterThatDecidesTheOutcomeIsRankedFirstAndTheOthersAreNoise() {
        RunsCsv columns = new RunsCsv(List.of(), List.of("ARM", "AZE"),
                List.of("parties.AZE.stance", "parties.ARM.patienceDays", "shocks.escalation"));
        MersenneTwisterFast random = new MersenneTwisterFast(17);
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            double[] drawn = {random.nextDouble(), 100 + 600 * random.nextDouble(), random.nextDouble() * 0.05};
            boolean signs = drawn[1] > 400;
            runs.add(new RunResult(i, i, signs ? Outcome.SIGNED : Outcome.STALLED, LocalDate.of(2025, 3, 1),
                    LocalDate.of(2025, 4, 1), null, null, signs ? LocalDate.of(2025, 6, 1) : null, null, 0, 0,
                    new double[0], new double[] {0.2, 0.3}, drawn));
        }

        RunFindings found = RunFindingsOf.of(columns, runs, START, HORIZON, List.of());

        assertThat(found.drivers()).extracting(RunFindings.Driver::path).first().isEqualTo("parties.ARM.patienceDays");
        RunFindings.Driver decisive = found.drivers().get(0);
        assertThat(decisive.prcc()).isGreaterThan(0.8);
        assertThat(decisive.clear()).isTrue();
        for (RunFindings.Driver noise : found.drivers().subList(1, 3)) {
            assertThat(Math.abs(noise.prcc())).as(noise.path()).isLessThan(0.1);
        }
        assertThat(found.parameters()).isEqualTo(3);
    }

    @Test
    void anOutcomeThatNeverVariesHasNoDriversAndAConstantParameterIsLeftOut() {
        RunsCsv columns = new RunsCsv(List.of(), List.of(), List.of("parties.ARM.batna", "shocks.trustLoss"));
        List<RunResult> runs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            runs.add(new RunResult(i, i, Outcome.STALLED, null, null, null, null, null, null, 0, 0, new double[0],
                    new double[0], new double[] {i / 300.0, 0.1}));
        }
        assertThat(RunFindingsOf.of(columns, runs, START, HORIZON, List.of()).drivers()).isEmpty();
        runs.set(7, new RunResult(7, 7, Outcome.SIGNED, null, null, null, null, LocalDate.of(2025, 1, 1), null, 0, 0,
                new double[0], new double[0], new double[] {7 / 300.0, 0.1}));
        assertThat(RunFindingsOf.of(columns, runs, START, HORIZON, List.of()).drivers())
                .extracting(RunFindings.Driver::path).containsExactly("parties.ARM.batna");
    }
}
