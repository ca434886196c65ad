package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.report.compare.ComparisonCsv;
import picocli.CommandLine;

class CompareCommandTest {
    static final String BASE = "src/test/resources/compare/referendum-base.yaml";
    static final String POPULAR = "src/test/resources/compare/referendum-popular.yaml";
    static final String COPY = "src/test/resources/compare/referendum-copy.yaml";
    static final String LATER = "src/test/resources/compare/referendum-later.yaml";
    static final String OWN_SEED = "src/test/resources/compare/referendum-own-seed.yaml";

    private record Captured(int status, String out, String err) { }

    private static Captured compare(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("compare", "--quiet"));
        all.addAll(List.of(args));
        int status = cli.execute(all.toArray(String[]::new));
        return new Captured(status, out.toString(), err.toString());
    }

    private static List<String> tree(Path root) throws Exception {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void writesTheComparisonFolderAndPrintsTheTable(@TempDir Path dir) throws Exception {
        Captured result = compare(BASE, POPULAR, COPY, "--runs", "60", "--out", dir.toString());
        assertThat(result.status()).as(result.err()).isZero();
        String name = "compare-referendum-base-vs-referendum-popular+referendum-copy";
        Path folder = dir.resolve(name);
        assertThat(tree(dir)).containsExactly(name + "/charts/comparison.pdf", name + "/charts/comparison.png",
                name + "/charts/comparison.svg", name + "/compare.json", name + "/comparison.csv");
        assertThat(Files.readString(folder.resolve("charts/comparison.svg"))).startsWith("<?xml").contains("<svg")
                .contains("referendum-popular");
        assertThat(new String(Files.readAllBytes(folder.resolve("charts/comparison.pdf")), 0, 5,
                java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");

        List<String> csv = Files.readAllLines(folder.resolve("comparison.csv"));
        assertThat(csv.get(0)).isEqualTo(ComparisonCsv.HEADER);
        // 3 scenarios × (3 default key dates: end of the summit, two year ends = horizon; + text agreed)
        assertThat(csv).hasSize(1 + 3 * 4);
        assertThat(csv.subList(1, 5)).allMatch(l -> l.startsWith("referendum-base,"));
        assertThat(csv.get(1)).startsWith("referendum-base,signed,2024-05-31,60,");
        assertThat(csv.get(4)).startsWith("referendum-base,textAgreed,2025-12-31,60,");

        JsonNode json = new ObjectMapper().readTree(folder.resolve("compare.json").toFile());
        assertThat(json.get("runs").asInt()).isEqualTo(60);
        assertThat(json.get("seed").asLong()).isEqualTo(42);
        assertThat(json.get("seedFrom").asText()).isEqualTo("referendum-base");
        assertThat(json.get("keyDatesFrom").asText()).isEqualTo("default");
        assertThat(json.get("scenarios")).hasSize(3);
        assertThat(json.get("scenarios").get(1).get("file").asText()).isEqualTo(POPULAR);
        assertThat(json.get("scenarios").get(1).get("scenarioSha256").asText()).hasSize(64);

        assertThat(result.out()).contains("seed 42 (referendum-base's, used for all)")
                .contains("P(signed by 2024-12-31)").contains("P(text agreed by 2025-12-31)")
                .contains("difference from referendum-base").contains("Written: ");
    }

    @Test
    void theSameFilesOnAnyNumberOfThreads(@TempDir Path dir) throws Exception {
        assertThat(compare(BASE, POPULAR, "--runs", "80", "--threads", "1", "--out", dir.resolve("one").toString())
                .status()).isZero();
        assertThat(compare(BASE, POPULAR, "--runs", "80", "--threads", "3", "--out", dir.resolve("three").toString())
                .status()).isZero();
        Path one = dir.resolve("one/compare-referendum-base-vs-referendum-popular");
        Path three = dir.resolve("three/compare-referendum-base-vs-referendum-popular");
        assertThat(Files.readAllBytes(three.resolve("comparison.csv"))).isEqualTo(
                Files.readAllBytes(one.resolve("comparison.csv")));
        // The vector files are the same bytes too: no clock, no random ids.
        for (String chart : List.of("charts/comparison.svg", "charts/comparison.pdf")) {
            assertThat(Files.readAllBytes(three.resolve(chart))).as(chart).isEqualTo(Files.readAllBytes(one.resolve(chart)));
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode a = mapper.readTree(one.resolve("compare.json").toFile());
        JsonNode b = mapper.readTree(three.resolve("compare.json").toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) a).remove("createdAt");
        ((com.fasterxml.jackson.databind.node.ObjectNode) b).remove("createdAt");
        assertThat(b).isEqualTo(a);
    }

    @Test
    void seedAndDatesCanBeOverriddenAndTheOverridesAreSaid(@TempDir Path dir) throws Exception {
        Captured result = compare(BASE, OWN_SEED, "--runs", "40", "--dates", "2025-06-30,2024-09-30",
                "--out", dir.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).contains("note: own-seed sets seed 7; it runs with the common seed 42");
        List<String> csv = Files.readAllLines(dir.resolve("compare-referendum-base-vs-own-seed/comparison.csv"));
        assertThat(csv.stream().filter(l -> l.startsWith("referendum-base,signed,")).map(l -> l.split(",")[2]))
                .containsExactly("2024-09-30", "2025-06-30");

        Captured seeded = compare(BASE, POPULAR, "--runs", "40", "--seed", "99", "--out", dir.resolve("s").toString());
        assertThat(seeded.status()).isZero();
        assertThat(seeded.out()).contains("seed 99 (--seed)");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("s/compare-referendum-base-vs-referendum-popular/compare.json").toFile());
        assertThat(json.get("seed").asLong()).isEqualTo(99);
        assertThat(json.get("seedFrom").asText()).isEqualTo("--seed");
        assertThat(json.get("scenarios").get(0).get("ownSeed").asLong()).isEqualTo(42);
    }

    /** Two comparisons against the same reference keep both folders: each names all its scenarios. */
    @Test
    void twoComparisonsAgainstOneReferenceDoNotCollide(@TempDir Path dir) throws Exception {
        assertThat(compare(BASE, POPULAR, "--runs", "20", "--out", dir.toString()).status()).isZero();
        Captured second = compare(BASE, COPY, "--runs", "20", "--out", dir.toString());
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(dir.resolve("compare-referendum-base-vs-referendum-popular/compare.json")).isRegularFile();
        assertThat(dir.resolve("compare-referendum-base-vs-referendum-copy/compare.json")).isRegularFile();
        assertThat(CompareCommand.folderName(List.of("a", "b", "c"))).isEqualTo("compare-a-vs-b+c");
    }

    @Test
    void anExistingFolderIsKeptUnlessForced(@TempDir Path dir) throws Exception {
        assertThat(compare(BASE, POPULAR, "--runs", "20", "--out", dir.toString()).status()).isZero();
        Path csv = dir.resolve("compare-referendum-base-vs-referendum-popular/comparison.csv");
        Files.writeString(csv, "kept");
        Captured refused = compare(BASE, POPULAR, "--runs", "20", "--out", dir.toString());
        assertThat(refused.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(csv)).isEqualTo("kept");
        assertThat(compare(BASE, POPULAR, "--runs", "20", "--out", dir.toString(), "--force").status()).isZero();
        assertThat(Files.readString(csv)).startsWith(ComparisonCsv.HEADER);
        assertThat(tree(dir)).hasSize(5);
    }

    @Test
    void invalidScenariosStopEverythingWithStatus2(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "scenario: bad\nstart: 2024-01-01\nhorizon: 2023-01-01\n");
        Path out = dir.resolve("out");
        Captured result = compare(BASE, bad.toString(), "--runs", "20", "--out", out.toString());
        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).contains(bad + ":").contains("1 of 2 scenario files are not valid");
        assertThat(result.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void combinationsThatCannotBeComparedAreUsageErrors(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        Captured one = compare(BASE, "--out", out.toString());
        assertThat(one.status()).isEqualTo(Main.INVALID_INPUT);
        Captured window = compare(BASE, LATER, "--runs", "10", "--out", out.toString());
        assertThat(window.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(window.err()).contains("runs from 2024-01-01 to 2026-06-30");
        Captured twice = compare(BASE, BASE, "--runs", "10", "--out", out.toString());
        assertThat(twice.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(twice.err()).contains("scenario id referendum-base is used by both");
        Captured dates = compare(BASE, POPULAR, "--dates", "2027-01-01", "--out", out.toString());
        assertThat(dates.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(dates.err()).contains("key date 2027-01-01 is outside");
        Captured runs = compare(BASE, POPULAR, "--runs", "0", "--out", out.toString());
        assertThat(runs.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(runs.err()).contains("--runs must be at least 1");
        Captured threads = compare(BASE, POPULAR, "--threads", "0", "--out", out.toString());
        assertThat(threads.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(threads.err()).contains("--threads must be at least 1, got 0");
        Captured notADate = compare(BASE, POPULAR, "--dates", "31/12/2025", "--out", out.toString());
        assertThat(notADate.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(out).doesNotExist();
    }

    @Test
    void helpDescribesTheCommand() {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("compare", "--help")).isZero();
        assertThat(out.toString()).contains("common random numbers").contains("--dates").contains("compare-<first");
    }
}
