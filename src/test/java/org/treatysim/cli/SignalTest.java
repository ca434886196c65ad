package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ctrl-C or SIGTERM while {@code treatysim run} draws its charts, sent to the real program in its
 * own JVM: one line on stderr, the signal's exit status and no folder left, not a stack trace. The
 * same while {@code treatysim brief} draws them again: the folder stays as it was.
 */
class SignalTest {
    private static final Path BASELINE = Path.of(RunCommandTest.BASELINE).toAbsolutePath();

    /**
     * The charts folder in a work folder of {@code parent} named {@code prefix...} once it exists and
     * no chart has been written into it yet: the charts are being drawn.
     */
    private static Optional<Path> chartsBeingDrawn(Path parent, String prefix) throws IOException {
        if (!Files.isDirectory(parent)) return Optional.empty();
        try (Stream<Path> entries = Files.list(parent)) {
            for (Path partial : entries.filter(p -> p.getFileName().toString().startsWith(prefix)).toList()) {
                Path charts = partial.resolve(ResultsFiles.CHARTS);
                try (Stream<Path> files = Files.list(charts)) {
                    if (files.findAny().isEmpty()) return Optional.of(charts);
                } catch (IOException notYetOrGone) {
                    // Not made yet, or the job has moved on: look again.
                }
            }
        }
        return Optional.empty();
    }

    /** treatysim in its own JVM, with stdout and stderr into files in {@code dir}. */
    static Process treatysim(Path dir, String... args) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile()).start();
    }

    /** Waits until the charts are being drawn in {@code parent}'s work folder {@code prefix...}, then sends {@code signal}. */
    private static void signalWhileDrawing(Process process, Path parent, String prefix, String signal) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (chartsBeingDrawn(parent, prefix).isEmpty()) {
            assertThat(process.isAlive()).as("the job ended before its charts were drawn").isTrue();
            assertThat(System.nanoTime()).as("no charts after a minute").isLessThan(deadline);
            Thread.sleep(2);
        }
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start();
        assertThat(kill.waitFor()).isZero();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalWhileTheChartsAreDrawnEndsWithOneLineAndLeavesNothing(String signal, int status, @TempDir Path dir)
            throws Exception {
        Path results = dir.resolve("results");
        Process process = treatysim(dir, "run", BASELINE.toString(), "--runs", "300", "--no-runs-file", "--quiet",
                "--out", results.toString());
        try {
            signalWhileDrawing(process, results, ".baseline-2024-09.partial-", signal);
            List<String> lines = Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8);
            assertThat(lines).as("stderr").containsExactly("treatysim run: stopped; " + results.resolve("baseline-2024-09")
                    + " was not written");
            assertThat(process.exitValue()).isEqualTo(status);
            assertThat(Files.readString(dir.resolve("stdout.txt"))).isEmpty();
            assertThat(Files.exists(results)).as("the results folder the job made").isFalse();
        } finally {
            process.destroyForcibly();
        }
    }

    @ParameterizedTest(name = "SIG{0}")
    @CsvSource({"INT, 130", "TERM, 143"})
    void aSignalWhileBriefDrawsLeavesTheFolderAsItWas(String signal, int status, @TempDir Path dir) throws Exception {
        CommandRunner.Captured run = CommandRunner.execute("run", BASELINE.toString(), "--runs", "300", "--no-runs-file",
                "--quiet", "--out", dir.resolve("results").toString());
        assertThat(run.status()).as(run.err()).isZero();
        Path folder = dir.resolve("results/baseline-2024-09");
        Map<String, byte[]> before = contents(folder);

        Process process = treatysim(dir, "brief", folder.toString());
        try {
            signalWhileDrawing(process, folder, ".brief-", signal);
            assertThat(Files.readAllLines(dir.resolve("stderr.txt"), StandardCharsets.UTF_8)).as("stderr")
                    .containsExactly("treatysim brief: stopped; " + folder + " is as it was");
            assertThat(process.exitValue()).isEqualTo(status);
            Map<String, byte[]> after = contents(folder);
            assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
            before.forEach((name, bytes) -> assertThat(after.get(name)).as(name).isEqualTo(bytes));
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void aSecondRunIsTurnedAwayAtOnceAndWhatAKilledRunLeftIsRemovedByTheNextOne(@TempDir Path dir) throws Exception {
        Path results = dir.resolve("results");
        Process process = treatysim(dir, "run", BASELINE.toString(), "--runs", "50000000", "--quiet", "--out",
                results.toString());
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            Path partial = null;
            while (partial == null || !Files.isRegularFile(partial.resolve(ForecastJob.RUNS))
                    || Files.size(partial.resolve(ForecastJob.RUNS)) == 0) {
                assertThat(process.isAlive()).as("the job is running").isTrue();
                assertThat(System.nanoTime()).as("no runs after a minute").isLessThan(deadline);
                Thread.sleep(10);
                partial = CommandRunner.tree(results).stream().filter(n -> n.startsWith(".baseline-2024-09.partial-"))
                        .findFirst().map(results::resolve).orElse(null);
            }

            CommandRunner.Captured second = CommandRunner.execute("run", BASELINE.toString(), "--runs", "100", "--quiet",
                    "--out", results.toString());
            assertThat(second.status()).isEqualTo(Main.INVALID_INPUT);
            assertThat(second.err()).isEqualTo(results.resolve("baseline-2024-09") + " is being written by another"
                    + " treatysim job (process " + process.pid() + "): wait for it to finish, or write elsewhere with"
                    + " --out" + System.lineSeparator());
            assertThat(second.out()).isEmpty();

            Process kill = new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            // kill -9 gives no chance to clean up: the partial folder and the lock file stay.
            assertThat(CommandRunner.tree(results)).contains(".baseline-2024-09.lock", results.relativize(partial)
                    .toString());
        } finally {
            process.destroyForcibly();
        }

        CommandRunner.Captured next = CommandRunner.execute("run", BASELINE.toString(), "--runs", "100", "--quiet",
                "--no-runs-file", "--out", results.toString());
        assertThat(next.status()).as(next.err()).isZero();
        try (Stream<Path> left = Files.list(results)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("baseline-2024-09");
        }
    }

    /** Every file under {@code folder} by relative path, with its bytes. */
    private static Map<String, byte[]> contents(Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : CommandRunner.tree(folder)) {
            Path file = folder.resolve(name);
            files.put(name, Files.isDirectory(file) ? new byte[0] : Files.readAllBytes(file));
        }
        return files;
    }
}
