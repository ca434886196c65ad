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
import org.treatysim.montecarlo.sweep.SweepFixtures;

/**
 * {@code treatysim sweep} end to end: the real command, engine and model on the one-driver toy
 * scenario, where only {@code parties.AZE.patienceDays} moves P(signed by the horizon).
 */
class SweepCommandTest {
    private static final String TOY = SweepFixtures.path(SweepFixtures.ONE_DRIVER).toString();
    private static final String DRIVER = SweepFixtures.DRIVER;
    /** The ranking's first line: the driver by its label, with its path (what --vary takes) beside it. */
    private static final String FIRST_RANKED = "\\n   1\\. [^\\n]*\\(" + java.util.regex.Pattern.quote(DRIVER) + "\\)  ";

    private record Captured(int status, String out, String err) { }

    private static Captured execute(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Captured(status, out.toString(), err.toString());
    }

    /** A small sweep of the toy into {@code out}, with extra options. */
    private static Captured sweep(Path out, String... options) {
        List<String> args = new ArrayList<>(List.of("sweep", TOY, "--runs-per-sample", "30", "--out", out.toString(),
                "--quiet"));
        args.addAll(List.of(options));
        return execute(args.toArray(String[]::new));
    }

    private static List<String> lines(Path file) throws Exception {
        return Files.readAllLines(file);
    }

    private static List<String> tree(Path root) throws Exception {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> children(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aLatinHypercubeSweepRanksTheOnlyDriverFirstAndWritesEveryFile(@TempDir Path out) throws Exception {
        Captured result = sweep(out, "--samples", "40");
        assertThat(result.status()).as(result.err()).isZero();
        Path folder = out.resolve("one-driver/sweep");
        assertThat(tree(folder)).containsExactly("", "boxes.csv", "charts", "charts/scatter.pdf", "charts/scatter.png",
                "charts/scatter.svg", "charts/tornado.pdf", "charts/tornado.png", "charts/tornado.svg", "design.csv",
                "indices.csv", "sweep.json");
        // sweep.json names every file of the folder: each chart in each of its three formats.
        List<String> named = new ArrayList<>();
        new ObjectMapper().readTree(folder.resolve("sweep.json").toFile()).get("files").forEach(file ->
                (file.isTextual() ? List.of(file) : (Iterable<JsonNode>) file::elements).forEach(n -> named.add(n.asText())));
        assertThat(named).containsExactlyInAnyOrder("design.csv", "indices.csv", "boxes.csv", "charts/tornado.png",
                "charts/tornado.svg", "charts/tornado.pdf", "charts/scatter.png", "charts/scatter.svg",
                "charts/scatter.pdf");
        assertThat(named).allMatch(name -> Files.isRegularFile(folder.resolve(name)));
        // The charts name the parameters as the scenario does; the data files keep the paths.
        for (String chart : List.of("charts/tornado.svg", "charts/scatter.svg")) {
            assertThat(Files.readString(folder.resolve(chart))).as(chart).doesNotContain("parties.AZE.patienceDays")
                    .doesNotContain("patrons.RUS.influence").contains("patience (days)").contains("influence");
        }
        // Nothing beside it: no partial folder left.
        assertThat(children(out.resolve("one-driver"))).containsExactly("sweep");

        List<String> design = lines(folder.resolve("design.csv"));
        assertThat(design.get(0)).isEqualTo("point,parties.AZE.patienceDays,patrons.RUS.influence,"
                + "patrons.RUS.decayPerYear,p,lo,hi");
        assertThat(design).hasSize(41);
        assertThat(design.get(40)).startsWith("39,");

        List<String> indices = lines(folder.resolve("indices.csv"));
        assertThat(indices.get(0)).isEqualTo("parameter,prcc,prcc_lo,prcc_hi");
        assertThat(indices).hasSize(4);
        assertThat(indices.get(1)).startsWith(DRIVER + ",-0.9");
        List<String> boxes = lines(folder.resolve("boxes.csv"));
        assertThat(boxes.get(0))
                .startsWith("box,kind,step,cases,positives,coverage,density,support,lower." + DRIVER + ",upper." + DRIVER);
        assertThat(boxes.get(1)).startsWith("1,trajectory,0,40,");
        assertThat(boxes).anyMatch(line -> line.startsWith("1,chosen,")).anyMatch(line -> line.startsWith("1,simplified,"));

        JsonNode json = new ObjectMapper().readTree(folder.resolve("sweep.json").toFile());
        assertThat(json.get("method").asText()).isEqualTo("lhs");
        assertThat(json.get("samples").asInt()).isEqualTo(40);
        assertThat(json.get("runsPerPoint").asInt()).isEqualTo(30);
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("target").get("text").asText()).isEqualTo("P(signed by 2026-12-31)");
        assertThat(json.get("primSentence").asText()).startsWith("P(signed by 2026-12-31) ≥ 0.5 in ")
                .contains(DRIVER + " ≤ ");

        assertThat(result.out()).contains("Ranking by partial rank correlation")
                .containsPattern(FIRST_RANKED)
                .contains("Box 1: P(signed by 2026-12-31) ≥ 0.5 in ").contains("Wrote ");
    }

    @Test
    void aSobolSweepRanksTheOnlyDriverFirst(@TempDir Path out) throws Exception {
        Captured result = sweep(out, "--method", "sobol", "--samples", "16");
        assertThat(result.status()).as(result.err()).isZero();
        Path folder = out.resolve("one-driver/sweep");
        List<String> indices = lines(folder.resolve("indices.csv"));
        assertThat(indices.get(0)).isEqualTo("parameter,first,first_lo,first_hi,total,total_lo,total_hi");
        assertThat(indices.get(1)).startsWith(DRIVER + ",");
        // The dummy, which changes only the runs' random numbers, has Monte Carlo noise for indices.
        assertThat(indices.get(2)).startsWith("dummy,");
        assertThat(Double.parseDouble(indices.get(2).split(",")[4])).isGreaterThan(0);
        // With common random numbers an inert factor changes no run, so its indices are exactly 0.
        assertThat(indices.get(3)).endsWith(",0,0,0,0,0,0");
        assertThat(indices.get(4)).endsWith(",0,0,0,0,0,0");
        assertThat(lines(folder.resolve("design.csv"))).hasSize(1 + 16 * 6);
        assertThat(lines(folder.resolve("design.csv")).get(0)).contains(",dummy,p,lo,hi");
        assertThat(result.out()).contains("Ranking by total Sobol index")
                .containsPattern(FIRST_RANKED)
                .containsPattern("\\nNote: .*[Tt]he dummy is a parameter the model never reads .*: the noise floor; ");
        JsonNode json = new ObjectMapper().readTree(folder.resolve("sweep.json").toFile());
        assertThat(json.get("indicesNote").asText()).contains("the noise floor");
        // PRIM describes parameters only: the dummy is never a restriction.
        assertThat(json.get("prim").toString()).doesNotContain("\"dummy\"");
    }

    @Test
    void oneAndTwoThreadsWriteIdenticalFiles(@TempDir Path out) throws Exception {
        assertThat(sweep(out.resolve("one"), "--samples", "24", "--threads", "1").status()).isZero();
        assertThat(sweep(out.resolve("two"), "--samples", "24", "--threads", "2").status()).isZero();
        for (String file : new String[] {"design.csv", "indices.csv", "boxes.csv"}) {
            assertThat(Files.readAllBytes(out.resolve("two/one-driver/sweep").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(out.resolve("one/one-driver/sweep").resolve(file)));
        }
    }

    @Test
    void anUnknownVaryPathExitsTwoNamingTheClosestAndWritesNothing(@TempDir Path out) throws Exception {
        Captured result = sweep(out, "--vary", "parties.AZE.patience={ uniform: [300, 900] }");
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.err()).isEqualTo("treatysim sweep: --vary parties.AZE.patience: no such parameter in one-driver"
                + " (expected the dotted path of one of its parameters; the closest is parties.AZE.patienceDays)\n");
        assertThat(tree(out)).containsExactly("");
    }

    @Test
    void badDistributionsExitTwo(@TempDir Path out) {
        Captured empty = sweep(out, "--vary", DRIVER + "={ uniform: [900, 300] }");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.err()).startsWith("--vary " + DRIVER + ":");

        Captured outOfRange = sweep(out, "--vary", "patrons.RUS.influence={ uniform: [0.5, 1.5] }");
        assertThat(outOfRange.status()).isEqualTo(2);
        assertThat(outOfRange.err()).contains("--vary patrons.RUS.influence: { uniform: [0.5, 1.5] } can draw 1.5, out of"
                + " range (expected draws that are a value in [0, 1])");

        Captured noEquals = sweep(out, "--vary", DRIVER);
        assertThat(noEquals.status()).isEqualTo(2);
        assertThat(noEquals.err()).contains("expected PATH=DIST");

        Captured fixed = sweep(out, "--vary", "parties.ARM.stance=2");
        assertThat(fixed.status()).isEqualTo(2);
        assertThat(fixed.err()).contains("a sweep needs a range to vary over");

        Captured twice = sweep(out, "--vary", DRIVER + "={ uniform: [300, 900] }", "--vary",
                DRIVER + "={ uniform: [400, 900] }");
        assertThat(twice.status()).isEqualTo(2);
        assertThat(twice.err()).contains("is given twice");
    }

    @Test
    void otherBadOptionsExitTwo(@TempDir Path out) throws Exception {
        Captured sobol = sweep(out, "--method", "sobol", "--samples", "200");
        assertThat(sobol.status()).isEqualTo(2);
        assertThat(sobol.err()).contains("--samples 200 is not a power of two");
        assertThat(sweep(out, "--method", "morris").err()).contains("expected lhs, sobol or grid");
        assertThat(sweep(out, "--target", "signed@2030-01-01").status()).isEqualTo(2);
        assertThat(sweep(out, "--target", "agreed").err()).contains("unknown event 'agreed'");
        assertThat(sweep(out, "--threshold", "2").status()).isEqualTo(2);
        assertThat(sweep(out, "--samples", "lots").status()).isEqualTo(2);
        assertThat(sweep(out, "--threads", "0").status()).isEqualTo(2);
        assertThat(execute("sweep", out.resolve("missing.yaml").toString()).status()).isEqualTo(2);
        assertThat(tree(out)).containsExactly("");
    }

    @Test
    void anExistingSweepIsKeptUnlessForced(@TempDir Path out) throws Exception {
        Path folder = out.resolve("one-driver/sweep");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        Captured refused = sweep(out, "--samples", "8");
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.err()).contains("already exists: pass --force to replace it");
        assertThat(tree(folder)).containsExactly("", "notes.txt");

        Captured forced = sweep(out, "--samples", "8", "--force");
        assertThat(forced.status()).as(forced.err()).isZero();
        assertThat(tree(folder)).contains("design.csv").doesNotContain("notes.txt");
        assertThat(children(out.resolve("one-driver"))).containsExactly("sweep");
    }

    @Test
    void aTargetThatNeverHappensIsExplainedNotRanked(@TempDir Path out) throws Exception {
        // Clashes never escalate in the toy (escalation 0), so nothing ever collapses.
        Captured result = sweep(out, "--samples", "8", "--target", "collapsed");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).contains("No ranking: P(collapsed by 2026-12-31) is 0 at every design point")
                .contains("no case has P(collapsed by 2026-12-31) ≥ 0.5, so there is no box to find");
        Path folder = out.resolve("one-driver/sweep");
        assertThat(lines(folder.resolve("indices.csv"))).containsExactly("parameter,prcc,prcc_lo,prcc_hi");
        assertThat(lines(folder.resolve("boxes.csv"))).hasSize(1);
        assertThat(tree(folder)).doesNotContain("charts/tornado.png").contains("charts/scatter.png");
        JsonNode json = new ObjectMapper().readTree(folder.resolve("sweep.json").toFile());
        assertThat(json.get("indices").isNull()).isTrue();
        assertThat(json.get("indicesNote").asText()).startsWith("P(collapsed by 2026-12-31) is 0 at every design point");
    }

    @Test
    void aGridOfTheVariedParametersOnly(@TempDir Path out) throws Exception {
        Captured result = sweep(out, "--method", "grid", "--levels", "3", "--vary-only", "--vary",
                DRIVER + "={ uniform: [200, 1400] }", "--vary", "parties.ARM.stance={ uniform: [0.5, 1.5] }");
        assertThat(result.status()).as(result.err()).isZero();
        List<String> design = lines(out.resolve("one-driver/sweep/design.csv"));
        assertThat(design.get(0)).isEqualTo("point,parties.ARM.stance,parties.AZE.patienceDays,p,lo,hi");
        assertThat(design).hasSize(10);
        // The last factor varies fastest; three levels of a uniform: both ends and the middle.
        assertThat(design.get(1)).startsWith("0,0.5,200,");
        assertThat(design.get(2)).startsWith("1,0.5,800,");
        assertThat(design.get(9)).startsWith("8,1.5,1400,");
        JsonNode json = new ObjectMapper().readTree(out.resolve("one-driver/sweep/sweep.json").toFile());
        assertThat(json.get("levels").asInt()).isEqualTo(3);
        assertThat(json.get("samples").isNull()).isTrue();
        assertThat(json.get("factors").get(0).get("from").asText()).isEqualTo("--vary");
        assertThat(lines(out.resolve("one-driver/sweep/indices.csv")).get(0)).isEqualTo("parameter,prcc,prcc_lo,prcc_hi");
    }

    @Test
    void aGridTargetThatFollowsOneParameterExactlyIsRankedNotAFailure(@TempDir Path out) throws Exception {
        // The inert influence changes no run (common random numbers), so the target's ranks are the
        // patience's, reversed: PRCC −1 exactly, where the rank correlation matrix is singular.
        // At three levels of the patience P(signed) is 0.93, 0.37 and 0, all different.
        Captured result = sweep(out, "--method", "grid", "--levels", "3", "--vary-only", "--vary",
                DRIVER + "={ uniform: [200, 1400] }", "--vary", "patrons.RUS.influence={ uniform: [0.1, 0.9] }");
        assertThat(result.status()).as(result.err()).isZero();
        Path folder = out.resolve("one-driver/sweep");
        assertThat(lines(folder.resolve("indices.csv"))).containsExactly("parameter,prcc,prcc_lo,prcc_hi",
                DRIVER + ",-1,-1,-1", "patrons.RUS.influence,0,0,0");
        String note = "P(signed by 2026-12-31) is an exact monotone function of " + DRIVER + " at the design points:"
                + " its PRCC is -1 and every other parameter's 0, exactly, so the intervals have no width";
        assertThat(result.out())
                .containsPattern(FIRST_RANKED).contains("Note: " + note + ".");
        JsonNode json = new ObjectMapper().readTree(folder.resolve("sweep.json").toFile());
        assertThat(json.get("indicesNote").asText()).isEqualTo(note);
        assertThat(tree(folder)).contains("charts/tornado.png");
    }

    @Test
    void theRootCommandListsSweep() {
        assertThat(execute("--help").out()).contains("sweep");
        assertThat(execute("sweep", "--help").out()).contains("--vary=PATH=DIST").contains("--runs-per-sample=R");
    }
}
