package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --shard K/N}, {@code sweep --shard K/N} and {@code merge}: the merged folder holds the
 * same bytes as the unsharded command's (summary.json and sweep.json but for their time stamp);
 * shards that are not all N of one job are refused with exit status 2, naming the shard.
 */
class ShardMergeTest {
    private static final String BASELINE = RunCommandTest.BASELINE;
    private static final String[] SWEEP = {"--samples", "40", "--runs-per-sample", "30", "--target",
        "signed@2025-12-31", "--threshold", "0.01", "--quiet"};

    /** The lines of a results file without its time stamp, which says when it was written. */
    static List<String> withoutTimeStamp(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        assertThat(lines.removeIf(line -> line.contains("\"createdAt\""))).as(file + " has its time stamp").isTrue();
        return lines;
    }

    private static void assertSameBytes(Path expected, Path actual, String... files) throws IOException {
        for (String file : files) {
            assertThat(Files.readAllBytes(actual.resolve(file))).as(file).isEqualTo(Files.readAllBytes(expected
                    .resolve(file)));
        }
    }

    private static List<String> runShards(Path out, int shards, String... options) {
        List<String> folders = new ArrayList<>();
        for (int k = 1; k <= shards; k++) {
            List<String> args = new ArrayList<>(List.of("run", BASELINE, "--runs", "3000", "--quiet", "--out",
                    out.toString(), "--shard", k + "/" + shards, "--threads", Integer.toString(1 + k % 2)));
            args.addAll(List.of(options));
            CommandRunner.Captured shard = execute(args.toArray(String[]::new));
            assertThat(shard.status()).as(shard.err()).isZero();
            folders.add(out.resolve("baseline-2024-09.run-shard-" + k + "-of-" + shards).toString());
        }
        return folders;
    }

    private static CommandRunner.Captured merge(List<String> folders, Path out) {
        List<String> args = new ArrayList<>(List.of("merge", "--quiet", "--out", out.toString()));
        args.addAll(folders);
        return execute(args.toArray(String[]::new));
    }

    @Test
    void threeRunShardsMergeIntoTheUnshardedForecastByteForByte(@TempDir Path dir) throws IOException {
        CommandRunner.Captured whole = execute("run", BASELINE, "--runs", "3000", "--no-runs-file", "--quiet", "--out",
                dir.resolve("whole").toString());
        assertThat(whole.status()).as(whole.err()).isZero();
        List<String> folders = runShards(dir.resolve("shards"), 3);
        assertThat(CommandRunner.tree(Path.of(folders.get(1)))).containsExactly(BlockFiles.SHARD_COUNTS);

        CommandRunner.Captured merged = merge(folders, dir.resolve("merged"));
        assertThat(merged.status()).as(merged.err()).isZero();
        Path expected = dir.resolve("whole/baseline-2024-09");
        Path actual = dir.resolve("merged/baseline-2024-09");
        assertThat(CommandRunner.tree(actual)).isEqualTo(CommandRunner.tree(expected));
        assertSameBytes(expected, actual, "curve.csv", "states.csv", "scenario.json");
        assertThat(withoutTimeStamp(actual.resolve("summary.json"))).isEqualTo(withoutTimeStamp(expected.resolve(
                "summary.json")));
        assertThat(merged.out()).isEqualTo(whole.out().replace(dir.resolve("whole").toString(),
                dir.resolve("merged").toString()));
    }

    @Test
    void twoSweepShardsMergeIntoTheUnshardedSweepByteForByte(@TempDir Path dir) throws IOException {
        List<String> whole = new ArrayList<>(List.of("sweep", BASELINE, "--out", dir.resolve("whole").toString()));
        whole.addAll(List.of(SWEEP));
        CommandRunner.Captured unsharded = execute(whole.toArray(String[]::new));
        assertThat(unsharded.status()).as(unsharded.err()).isZero();
        List<String> folders = new ArrayList<>();
        for (int k = 2; k >= 1; k--) {
            List<String> args = new ArrayList<>(List.of("sweep", BASELINE, "--shard", k + "/2", "--out",
                    dir.resolve("shards").toString()));
            args.addAll(List.of(SWEEP));
            CommandRunner.Captured shard = execute(args.toArray(String[]::new));
            assertThat(shard.status()).as(shard.err()).isZero();
            assertThat(shard.out()).contains("Shard " + k + "/2: blocks ");
            folders.add(dir.resolve("shards/baseline-2024-09.sweep-shard-" + k + "-of-2").toString());
        }
        // Given in any order: the merge puts them in block order.
        CommandRunner.Captured merged = merge(folders, dir.resolve("merged"));
        assertThat(merged.status()).as(merged.err()).isZero();
        Path expected = dir.resolve("whole/baseline-2024-09/sweep");
        Path actual = dir.resolve("merged/baseline-2024-09/sweep");
        assertThat(CommandRunner.tree(actual)).isEqualTo(CommandRunner.tree(expected));
        assertSameBytes(expected, actual, "design.csv", "indices.csv", "boxes.csv", "charts/scatter.png");
        assertThat(withoutTimeStamp(actual.resolve("sweep.json"))).isEqualTo(withoutTimeStamp(expected.resolve(
                "sweep.json")));
    }

    @Test
    void shardsThatAreNotAllOfOneJobAreRefusedNamingTheShard(@TempDir Path dir) throws IOException {
        List<String> folders = runShards(dir.resolve("a"), 3);
        String otherSeed = runShards(dir.resolve("b"), 3, "--seed", "5").get(2);
        Path out = dir.resolve("merged");

        CommandRunner.Captured missing = merge(folders.subList(0, 2), out);
        assertThat(missing.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(missing.err()).isEqualTo(Path.of(folders.get(0), BlockFiles.SHARD_COUNTS) + ": the job has 3"
                + " shards, and shard 3/3 is missing (expected every SHARD_DIR of the job)" + System.lineSeparator());

        CommandRunner.Captured twice = merge(List.of(folders.get(0), folders.get(1), folders.get(1)), out);
        assertThat(twice.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(twice.err()).startsWith(Path.of(folders.get(1), BlockFiles.SHARD_COUNTS) + ": shard 2/3 is given"
                + " twice (also ");

        CommandRunner.Captured foreign = merge(List.of(folders.get(0), folders.get(1), otherSeed), out);
        assertThat(foreign.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(foreign.err()).isEqualTo(Path.of(otherSeed, BlockFiles.SHARD_COUNTS) + ": not a shard of the job"
                + " of " + Path.of(folders.get(0), BlockFiles.SHARD_COUNTS) + ": seed 5 (expected 20240924)"
                + System.lineSeparator());

        Path altered = Path.of(folders.get(2), BlockFiles.SHARD_COUNTS);
        byte[] bytes = Files.readAllBytes(altered);
        bytes[bytes.length - 20] ^= 4;
        Files.write(altered, bytes);
        CommandRunner.Captured corrupt = merge(folders, out);
        assertThat(corrupt.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(corrupt.err()).isEqualTo(altered + ": its checksum does not match its contents (cut short or"
                + " altered)" + System.lineSeparator());
        assertThat(out).doesNotExist();
    }

    @Test
    void aScenarioChangedSinceTheShardsRanIsRefused(@TempDir Path dir) throws IOException {
        Path scenario = dir.resolve("scenario.yaml");
        Files.copy(Path.of(BASELINE), scenario);
        List<String> folders = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            CommandRunner.Captured shard = execute("run", scenario.toString(), "--runs", "1000", "--shard", k + "/2",
                    "--quiet", "--out", dir.resolve("shards").toString());
            assertThat(shard.status()).as(shard.err()).isZero();
            folders.add(dir.resolve("shards/baseline-2024-09.run-shard-" + k + "-of-2").toString());
        }
        Files.writeString(scenario, Files.readString(scenario) + "\n# edited\n");
        CommandRunner.Captured merged = merge(folders, dir.resolve("merged"));
        assertThat(merged.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(merged.err()).startsWith(scenario.toAbsolutePath() + ": changed since the shards ran: its SHA-256");
    }

    @Test
    void shardOptionsThatCannotWorkAreUsageErrors(@TempDir Path dir) {
        CommandRunner.Captured precision = execute("run", BASELINE, "--precision", "0.01", "--shard", "1/2", "--out",
                dir.toString());
        assertThat(precision.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(precision.err()).startsWith("--shard needs a fixed number of runs (--runs N)");
        CommandRunner.Captured tooMany = execute("run", BASELINE, "--runs", "300", "--shard", "1/3", "--out",
                dir.toString());
        assertThat(tooMany.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(tooMany.err()).startsWith("--shard shard 1/3: this job has only 2 blocks of 256 runs, so at most 2"
                + " shards");
        CommandRunner.Captured notKOfN = execute("run", BASELINE, "--shard", "3/2", "--out", dir.toString());
        assertThat(notKOfN.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(notKOfN.err()).contains("'3/2' (expected K/N with 1 <= K <= N, e.g. 2/8)");
        CommandRunner.Captured seed = execute("merge", dir.resolve("shard").toString(), "--seed", "5", "--out",
                dir.toString());
        assertThat(seed.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(seed.err()).startsWith("merge takes the seed from the shards: --seed is not an option here");
        assertThat(dir).isEmptyDirectory();
    }
}
