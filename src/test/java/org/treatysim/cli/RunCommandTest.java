package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treatysim run} end to end with the real loader and model on the committed baseline. */
class RunCommandTest {
    static final String BASELINE = "scenarios/baseline-2024-09.yaml";

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void oneAndFourThreadsWriteByteIdenticalResults(@TempDir Path out) throws IOException {
        CommandRunner.Captured one = execute("run", BASELINE, "--runs", "600", "--threads", "1", "--quiet", "--out",
                out.resolve("one").toString());
        CommandRunner.Captured four = execute("run", BASELINE, "--runs", "600", "--threads", "4", "--quiet", "--out",
                out.resolve("four").toString());
        assertThat(one.status()).as(one.err()).isZero();
        assertThat(four.status()).as(four.err()).isZero();
        Path a = out.resolve("one/baseline-2024-09");
        Path b = out.resolve("four/baseline-2024-09");
        assertThat(names(a)).containsExactly("brief.html", "brief.pdf", "charts", "curve.csv", "runs-findings.json",
                "runs.csv.gz", "scenario.json", "states.csv", "summary.json");
        assertThat(names(a.resolve("charts"))).contains("signed-by-date.png", "signed-by-date.svg", "signed-by-date.pdf");
        for (String file : new String[] {"curve.csv", "states.csv", "runs.csv.gz", "scenario.json", "runs-findings.json"}) {
            assertThat(Files.readAllBytes(b.resolve(file))).as(file).isEqualTo(Files.readAllBytes(a.resolve(file)));
        }
        // summary.json differs only in its time stamp.
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(a.resolve("summary.json").toFile());
        JsonNode second = json.readTree(b.resolve("summary.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) first).remove("createdAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) second).remove("createdAt");
        assertThat(second).isEqualTo(first);
        // The headline is the same too, and says what it is.
        assertThat(four.out()).isEqualTo(one.out().replace(out.resolve("one").toString(), out.resolve("four").toString()));
        assertThat(one.out()).containsPattern("P\\(signed by 2026-12-31\\) = 0\\.\\d{3} \\(95% CI 0\\.\\d+.0\\.\\d+, 600 runs\\)");
        assertThat(one.out()).contains("P(text agreed by 2024-11-22, end of ");
    }

    @Test
    void summaryJsonHasTheContractKeysAndProvenance(@TempDir Path out) throws IOException {
        CommandRunner.Captured run = execute("run", BASELINE, "--precision", "0.05", "--seed", "7", "--no-runs-file", "--quiet",
                "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Path folder = out.resolve("baseline-2024-09");
        assertThat(names(folder)).containsExactly("brief.html", "brief.pdf", "charts", "curve.csv", "scenario.json",
                "states.csv", "summary.json");
        JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
        assertThat(summary.get("scenario").asText()).isEqualTo("baseline-2024-09");
        assertThat(summary.get("seed").asLong()).isEqualTo(7);
        assertThat(summary.get("scenarioSha256").asText()).matches("[0-9a-f]{64}");
        assertThat(summary.get("java").asText()).isEqualTo(System.getProperty("java.version"));
        // A loose target needs only the worst case: z²/(4·0.05²) ≈ 385 runs, no pilot.
        assertThat(summary.get("design").get("method").asText()).isEqualTo("worst-case");
        assertThat(summary.get("runs").asLong()).isEqualTo(summary.get("design").get("runs").asLong())
                .isBetween(383L, 388L);
        assertThat(summary.get("deadlines").fieldNames()).toIterable().contains("cop29");
        assertThat(summary.get("outcomes").fieldNames()).toIterable()
                .containsExactly("signed", "textAgreed", "initialed", "collapsed", "stalled");
        // The brief carries the headline and the table of assumptions with their source comments.
        String brief = Files.readString(folder.resolve("brief.html"));
        assertThat(brief).contains("Azerbaijan&#39;s patience (days)").contains("assumption");
    }

    @Test
    void anInvalidScenarioExitsWithTwoAndWritesNothing(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(BASELINE)).replace("horizon: 2026-12-31", "horizon: 2023-12-31"));
        Path results = dir.resolve("results");
        CommandRunner.Captured run = execute("run", BASELINE, bad.toString(), "--runs", "10", "--out", results.toString());
        assertThat(run.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(run.err()).contains(bad.toString() + ":").contains("horizon");
        // Not even the valid scenario ran: all are checked before any runs.
        assertThat(Files.exists(results)).isFalse();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badOptionsExitWithTwo(@TempDir Path dir) {
        String out = dir.resolve("results").toString();
        assertThat(execute("run", BASELINE, "--runs", "0", "--out", out).status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(execute("run", BASELINE, "--threads", "-1", "--out", out).status()).isEqualTo(Main.INVALID_INPUT);
        // 0 is not "all cores": the shared --threads option takes at least 1 in every command.
        assertThat(execute("run", BASELINE, "--threads", "0", "--out", out).err())
                .contains("--threads must be at least 1, got 0");
        assertThat(execute("run", BASELINE, "--precision", "2", "--out", out).status()).isEqualTo(Main.INVALID_INPUT);
        CommandRunner.Captured both = execute("run", BASELINE, "--runs", "10", "--precision", "0.01", "--out", out);
        assertThat(both.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(both.err()).contains("mutually exclusive");
        assertThat(Files.exists(dir.resolve("results"))).isFalse();
    }

    @Test
    void anExistingFolderIsKeptUnlessForced(@TempDir Path out) throws IOException {
        Path folder = out.resolve("baseline-2024-09");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("mine.txt"), "keep me");
        CommandRunner.Captured refused = execute("run", BASELINE, "--runs", "20", "--quiet", "--out", out.toString());
        assertThat(refused.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(names(folder)).containsExactly("mine.txt");

        CommandRunner.Captured forced = execute("run", BASELINE, "--runs", "20", "--quiet", "--force", "--out", out.toString());
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(names(folder)).contains("summary.json", "runs.csv.gz").doesNotContain("mine.txt");
        assertThat(names(out)).containsExactly("baseline-2024-09");
    }

    @Test
    void anOutThatIsNotAWritableFolderIsAUsageErrorBeforeAnyRun(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("results"), "a file where the results folder should be");
        Map<String, String> refused = new LinkedHashMap<>();
        refused.put(file.toString(), "--out " + file + " is a file, not a folder");
        refused.put(file.resolve("deeper").toString(), "--out " + file.resolve("deeper") + " (" + file + ") is a file,"
                + " not a folder");
        refused.put("/dev/null", "--out /dev/null is a device or another special file, not a folder");
        refused.put("", "--out is empty: name the folder for the results (default: results)");
        refused.put("/", "--out / is the root of the file system: name a folder for the results");
        // No folder can be made in /proc, not even by root: a folder that cannot be written.
        if (Files.isDirectory(Path.of("/proc/self"))) {
            refused.put("/proc/treatysim-results", "--out /proc/treatysim-results: cannot write in /proc (");
        }
        Path readOnly = Files.createDirectory(dir.resolve("read-only"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!Files.isWritable(readOnly)) {  // root may write anyway
            refused.put(readOnly.toString(), "--out " + readOnly + ": cannot write in " + readOnly + " (permission"
                    + " denied)");
        }
        for (Map.Entry<String, String> out : refused.entrySet()) {
            CommandRunner.Captured run = execute("run", BASELINE, "--runs", "20", "--quiet", "--out", out.getKey());
            assertThat(run.status()).as(out.getKey()).isEqualTo(Main.INVALID_INPUT);
            assertThat(run.err()).as(out.getKey()).startsWith(out.getValue());
            assertThat(run.out()).as(out.getKey()).isEmpty();
        }
        // Every command that writes results checks it the same way.
        assertThat(execute("sweep", BASELINE, "--samples", "40", "--quiet", "--out", file.toString()).err())
                .startsWith("--out " + file + " is a file, not a folder");
        assertThat(execute("compare", BASELINE, "scenarios/cop29-push.yaml", "--runs", "20", "--quiet", "--out", "")
                .status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(Files.readString(file)).isEqualTo("a file where the results folder should be");
        assertThat(Path.of("baseline-2024-09")).doesNotExist();
        assertThat(Path.of("/baseline-2024-09")).doesNotExist();
    }

    @Test
    void helpListsTheOptions() {
        CommandRunner.Captured help = execute("run", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--runs=N", "--precision=P", "--seed=S", "--threads=T", "--out=DIR", "--force",
                "--no-runs-file", "--quiet");
    }

    @Test
    void representativeTracesAreWrittenBesideTheBriefAndLinkedFromIt(@TempDir Path out) throws IOException {
        CommandRunner.Captured run = execute("run", BASELINE, "--runs", "400", "--quiet", "--representative-traces",
                "--out", out.toString());
        assertThat(run.status()).as(run.err()).isZero();
        Path folder = out.resolve("baseline-2024-09");
        // The median signing is the first run on the lower median signing day; the stall the first stalled run.
        List<String[]> rows;
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(folder.resolve("runs.csv.gz")))) {
            rows = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(",", -1)).toList();
        }
        List<String[]> signed = rows.stream().filter(r -> r[2].equals("SIGNED"))
                .sorted(java.util.Comparator.comparing((String[] r) -> r[7]).thenComparingInt(r -> Integer.parseInt(r[0])))
                .toList();
        String medianDay = signed.get((signed.size() - 1) / 2)[7];
        String medianRun = signed.stream().filter(r -> r[7].equals(medianDay)).findFirst().orElseThrow()[0];
        String firstStall = rows.stream().filter(r -> r[2].equals("STALLED")).findFirst().orElseThrow()[0];
        List<String> pages = names(folder.resolve("traces"));
        assertThat(pages).contains("median-signing-run-" + medianRun + ".html", "stall-run-" + firstStall + ".html");
        assertThat(pages).allMatch(name -> name.matches("(median-signing|collapse|stall)-run-\\d+\\.html"));
        String brief = Files.readString(folder.resolve("brief.html"));
        for (String page : pages) {
            assertThat(brief).contains("<a href=\"traces/" + page + "\">");
        }
        assertThat(brief).contains("The median signing: run " + medianRun);
        // The page is the one trace --html writes for that run.
        assertThat(Files.readString(folder.resolve("traces/median-signing-run-" + medianRun + ".html")))
                .contains("data-run").contains("run " + medianRun + "</p>");
        // brief renders the brief again with the links.
        assertThat(execute("brief", folder.toString()).status()).isZero();
        assertThat(Files.readString(folder.resolve("brief.html"))).contains("<a href=\"traces/median-signing-run-");
    }

    @Test
    void resumeAndShardRefuseWhatTheyCannotCarryOn(@TempDir Path out) {
        CommandRunner.Captured traces = execute("run", BASELINE, "--runs", "50", "--no-runs-file", "--resume",
                "--representative-traces", "--quiet", "--out", out.toString());
        assertThat(traces.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(traces.err()).contains("--resume cannot be used with --representative-traces");
        CommandRunner.Captured calibrated = execute("run", BASELINE, "--runs", "50", "--shard", "1/2",
                "--calibration", "scenarios/calibration/corpus.yaml", "--quiet", "--out", out.toString());
        assertThat(calibrated.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(calibrated.err()).contains("--shard cannot be used with --calibration");
        assertThat(CommandRunner.tree(out)).isEmpty();
    }
}
