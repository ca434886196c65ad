package org.treatysim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.cli.Main;

/**
 * run, sweep and backtest on Spark in {@code local[2]} against the local command on the same seed:
 * the summary, curve, states, design, indices and scorecard files are the same bytes (summary.json
 * and sweep.json but for their time stamp); and the Spark build's summary.json, written with Spark's Jackson, is
 * the committed example's, which the plain jar wrote.
 */
class SparkMainTest {
    private static final Path BASELINE = Path.of("../scenarios/baseline-2024-09.yaml");
    private static final Path EXAMPLE = Path.of("../results/examples/baseline-2024-09");

    private record Captured(int status, String out, String err) { }

    private static Captured spark(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = SparkMain.run(args, "local[2]", new PrintWriter(out), new PrintWriter(err));
        return new Captured(status, out.toString(), err.toString());
    }

    private static Captured local(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        picocli.CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return new Captured(cli.execute(args), out.toString(), err.toString());
    }

    private static List<String> without(Path file, String... keys) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (String key : keys) lines.removeIf(line -> line.strip().startsWith("\"" + key + "\" :"));
        return lines;
    }

    private static void assertSameBytes(Path expected, Path actual, String... files) throws IOException {
        for (String file : files) {
            assertThat(Files.readAllBytes(actual.resolve(file))).as(file).isEqualTo(Files.readAllBytes(
                    expected.resolve(file)));
        }
    }

    /**
     * The job on Spark into {@code dir/spark} and with the local command into {@code dir/local}
     * ({@code localOnly} added there); both must succeed and say the same but for the folder.
     *
     * @param folder   the results folder inside each, e.g. {@code baseline-2024-09/sweep}
     * @param json     its JSON file with a time stamp
     * @param files    the files that must be the same bytes
     */
    private static void assertSparkWritesTheLocalFiles(Path dir, String folder, String json, List<String> files,
                                                       List<String> job, String... localOnly) throws IOException {
        List<String> sparkArgs = new ArrayList<>(job);
        sparkArgs.addAll(List.of("--out", dir.resolve("spark").toString()));
        Captured spark = spark(sparkArgs.toArray(String[]::new));
        assertThat(spark.status()).as(spark.err()).isZero();
        List<String> localArgs = new ArrayList<>(job);
        localArgs.addAll(List.of("--out", dir.resolve("local").toString()));
        localArgs.addAll(List.of(localOnly));
        Captured local = local(localArgs.toArray(String[]::new));
        assertThat(local.status()).as(local.err()).isZero();
        Path expected = dir.resolve("local").resolve(folder);
        Path actual = dir.resolve("spark").resolve(folder);
        assertSameBytes(expected, actual, files.toArray(String[]::new));
        assertThat(without(actual.resolve(json), "createdAt")).isEqualTo(without(expected.resolve(json), "createdAt"));
        assertThat(spark.out()).isEqualTo(local.out().replace(dir.resolve("local").toString(),
                dir.resolve("spark").toString()));
    }

    @Test
    void runOnSparkWritesTheLocalCommandsFiles(@TempDir Path dir) throws IOException {
        assertSparkWritesTheLocalFiles(dir, "baseline-2024-09", "summary.json", List.of("curve.csv", "states.csv",
                "scenario.json"), List.of("run", BASELINE.toString(), "--runs", "3000", "--seed", "11", "--quiet"),
                "--no-runs-file");
    }

    @Test
    void theCommittedExampleComesOutOfSparkByteForByte(@TempDir Path dir) throws IOException {
        Captured spark = spark("run", BASELINE.toString(), "--quiet", "--out", dir.toString());
        assertThat(spark.status()).as(spark.err()).isZero();
        Path actual = dir.resolve("baseline-2024-09");
        assertSameBytes(EXAMPLE, actual, "curve.csv", "states.csv", "scenario.json");
        // The example was made by the plain jar (its version, its Java, its time).
        assertThat(without(actual.resolve("summary.json"), "createdAt", "version", "java"))
                .isEqualTo(without(EXAMPLE.resolve("summary.json"), "createdAt", "version", "java"));
    }

    @Test
    void sweepOnSparkWritesTheLocalCommandsFiles(@TempDir Path dir) throws IOException {
        assertSparkWritesTheLocalFiles(dir, "baseline-2024-09/sweep", "sweep.json", List.of("design.csv",
                "indices.csv", "boxes.csv"), List.of("sweep", BASELINE.toString(), "--samples", "40",
                "--runs-per-sample", "30", "--target", "signed@2025-12-31", "--threshold", "0.01", "--quiet"));
    }

    @Test
    void backtestOnSparkWritesTheLocalCommandsFiles(@TempDir Path dir) throws IOException {
        assertSparkWritesTheLocalFiles(dir, "backtest", "summary.json", List.of("scorecard.csv", "curves.csv"),
                List.of("backtest", "../src/test/resources/backtest/corpus", "--runs", "400", "--quiet"));
    }

    @Test
    void aJobThatCannotBeCutIsRefusedWithTheCommandsStatus(@TempDir Path dir) {
        Captured precision = spark("run", BASELINE.toString(), "--precision", "0.01", "--out", dir.toString());
        assertThat(precision.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(precision.err()).contains("needs a fixed number of runs (--runs N)");
        Captured missing = spark("run", dir.resolve("none.yaml").toString(), "--runs", "100", "--out", dir.toString());
        assertThat(missing.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(missing.err()).contains("none.yaml");
    }
}
