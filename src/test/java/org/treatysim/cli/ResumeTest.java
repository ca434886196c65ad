package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.JobIdentity;

/**
 * Kill and resume: {@code run} and {@code sweep} in their own JVM, killed outright ({@code kill -9})
 * once they have kept a checkpoint, then {@code --resume}d: the results are byte for byte those of
 * an uninterrupted job (summary.json and sweep.json but for their time stamp). A checkpoint of
 * another job is refused with exit status 2, naming the file.
 */
class ResumeTest {
    private static final Path BASELINE = Path.of(RunCommandTest.BASELINE).toAbsolutePath();
    private static final String[] RUN = {"--runs", "40000", "--no-runs-file", "--quiet"};
    private static final String[] SWEEP = {"--samples", "160", "--runs-per-sample", "250", "--target",
        "signed@2025-12-31", "--threshold", "0.01", "--quiet"};

    private static String[] args(String command, Path out, String[] options, String... more) {
        List<String> args = new ArrayList<>(List.of(command, BASELINE.toString(), "--out", out.toString()));
        args.addAll(List.of(options));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Starts the job in its own JVM, kills it with SIGKILL once its checkpoint exists, and returns the checkpoint's counts. */
    private static BlockCounts killAfterFirstCheckpoint(Path dir, Path checkpoint, String... args) throws Exception {
        Process process = SignalTest.treatysim(dir, args);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(checkpoint)) {
                assertThat(process.isAlive()).as("the job ended before its first checkpoint: "
                        + Files.readString(dir.resolve("stderr.txt"))).isTrue();
                assertThat(System.nanoTime()).as("no checkpoint after two minutes").isLessThan(deadline);
                Thread.sleep(5);
            }
            Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            process.destroyForcibly();
        }
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        BlockCounts kept = BlockFiles.read(checkpoint);
        assertThat(kept.range().end()).as("blocks done before the kill").isBetween(1, kept.job().plan().blocks() - 1);
        return kept;
    }

    @Test
    void aRunKilledAfterACheckpointAndResumedWritesTheUninterruptedRunsFiles(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        Path checkpoint = killed.resolve(".baseline-2024-09.checkpoint");
        BlockCounts kept = killAfterFirstCheckpoint(dir, checkpoint, args("run", killed, RUN, "--checkpoint-every",
                "0.2"));
        assertThat(killed.resolve("baseline-2024-09")).doesNotExist();

        List<String> resumeArgs = new ArrayList<>(List.of(args("run", killed, RUN, "--resume")));
        resumeArgs.remove("--quiet");
        CommandRunner.Captured resumed = execute(resumeArgs.toArray(String[]::new));
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains(String.format(Locale.ROOT, "treatysim: resuming from %s: %,d of"
                + " 40,000 runs done", checkpoint, kept.job().plan().start(kept.range().end())));
        assertThat(checkpoint).as("deleted once the folder is published").doesNotExist();

        CommandRunner.Captured whole = execute(args("run", dir.resolve("whole"), RUN));
        assertThat(whole.status()).as(whole.err()).isZero();
        Path expected = dir.resolve("whole/baseline-2024-09");
        Path actual = killed.resolve("baseline-2024-09");
        for (String file : List.of("curve.csv", "states.csv", "scenario.json")) {
            assertThat(Files.readAllBytes(actual.resolve(file))).as(file).isEqualTo(Files.readAllBytes(
                    expected.resolve(file)));
        }
        assertThat(ShardMergeTest.withoutTimeStamp(actual.resolve("summary.json")))
                .isEqualTo(ShardMergeTest.withoutTimeStamp(expected.resolve("summary.json")));
        assertThat(CommandRunner.tree(killed)).as("nothing of the killed job is left").containsExactlyElementsOf(
                CommandRunner.tree(dir.resolve("whole")));
    }

    @Test
    void aSweepKilledAfterACheckpointAndResumedWritesTheUninterruptedSweepsFiles(@TempDir Path dir) throws Exception {
        Path killed = dir.resolve("killed");
        Path checkpoint = killed.resolve("baseline-2024-09/.sweep.checkpoint");
        killAfterFirstCheckpoint(dir, checkpoint, args("sweep", killed, SWEEP, "--checkpoint-every", "0.2"));

        CommandRunner.Captured resumed = execute(args("sweep", killed, SWEEP, "--resume"));
        assertThat(resumed.status()).as(resumed.err()).isZero();
        assertThat(resumed.err()).as("--quiet: no note of where it goes on from").doesNotContain("resuming");
        assertThat(checkpoint).doesNotExist();
        CommandRunner.Captured whole = execute(args("sweep", dir.resolve("whole"), SWEEP));
        assertThat(whole.status()).as(whole.err()).isZero();
        Path expected = dir.resolve("whole/baseline-2024-09/sweep");
        Path actual = killed.resolve("baseline-2024-09/sweep");
        for (String file : List.of("design.csv", "indices.csv", "boxes.csv", "charts/scatter.png")) {
            assertThat(Files.readAllBytes(actual.resolve(file))).as(file).isEqualTo(Files.readAllBytes(
                    expected.resolve(file)));
        }
        assertThat(ShardMergeTest.withoutTimeStamp(actual.resolve("sweep.json")))
                .isEqualTo(ShardMergeTest.withoutTimeStamp(expected.resolve("sweep.json")));
    }

    @Test
    void aCheckpointOfAnotherJobIsRefusedNamingTheFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("results");
        Files.createDirectories(out);
        Path checkpoint = out.resolve(".baseline-2024-09.checkpoint");
        String[] small = {"--runs", "2000", "--no-runs-file", "--quiet"};
        // A checkpoint the same scenario kept with another seed.
        CommandRunner.Captured other = execute(args("run", dir.resolve("other"), small, "--seed", "5"));
        assertThat(other.status()).as(other.err()).isZero();
        String sha = ShardMergeTest.withoutTimeStamp(dir.resolve("other/baseline-2024-09/summary.json")).stream()
                .filter(line -> line.contains("scenarioSha256")).findFirst().orElseThrow().replaceAll(".*: \"|\".*", "");
        BlockPlan plan = BlockPlan.of(2_000);
        BlockFiles.write(checkpoint, new BlockCounts(new JobIdentity("run", sha, 5, plan, "", VersionProvider.version()),
                1, 1, new BlockPlan.Range(0, 3), BASELINE.toString(), List.of(), new long[] {1}));

        CommandRunner.Captured foreign = execute(args("run", out, small, "--resume"));
        assertThat(foreign.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(foreign.err()).isEqualTo(checkpoint + ": a checkpoint of another job: seed 5 (expected 20240924);"
                + " delete it or run without --resume" + System.lineSeparator() + "treatysim run: "
                + out.resolve("baseline-2024-09") + " was not written" + System.lineSeparator());
        assertThat(out.resolve("baseline-2024-09")).doesNotExist();

        Files.write(checkpoint, "not a checkpoint".getBytes());
        CommandRunner.Captured garbage = execute(args("run", out, small, "--resume"));
        assertThat(garbage.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(garbage.err()).startsWith(checkpoint + ": not treatysim block counts");

        // Without --resume the job starts afresh and, once its folder is published, deletes the stale checkpoint.
        CommandRunner.Captured fresh = execute(args("run", out, small));
        assertThat(fresh.status()).as(fresh.err()).isZero();
        assertThat(checkpoint).doesNotExist();
    }

    @Test
    void resumeNeedsARunWithoutTheRunsFile(@TempDir Path dir) throws IOException {
        CommandRunner.Captured refused = execute("run", BASELINE.toString(), "--resume", "--out", dir.toString());
        assertThat(refused.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(refused.err()).startsWith("--resume needs --no-runs-file");
        assertThat(dir).isEmptyDirectory();
    }
}
