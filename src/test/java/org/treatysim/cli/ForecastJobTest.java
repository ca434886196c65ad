package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.RunRequest;
import org.treatysim.montecarlo.ToySimulator;
import org.treatysim.report.files.CurveCsv;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.stats.ToyScenarios;

class ForecastJobTest {
    static final Scenario SCENARIO = ToyScenarios.toy(20240924);

    static ForecastJob.Inputs toy(int spinDraws) {
        return new ForecastJob.Inputs(SCENARIO, "ab".repeat(32), java.util.Optional.empty(),
                () -> new ToySimulator(SCENARIO, 0.6, spinDraws), List.of());
    }

    static ForecastJob.Done run(Path out, int runs, int threads, boolean force, boolean runsFile) throws Exception {
        return ForecastJob.run(toy(0), new ForecastJob.Options(new RunRequest.Fixed(runs), threads, out, force,
                runsFile, false), ProgressListener.NONE);
    }

    static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheResultsFolderThatReadsBack(@TempDir Path out) throws Exception {
        ForecastJob.Done done = run(out.resolve("results"), 3000, 2, false, true);
        Path folder = out.resolve("results").resolve("toy");
        assertThat(done.folder()).isEqualTo(folder.toAbsolutePath());
        assertThat(names(folder)).containsExactly("curve.csv", "runs-findings.json", "runs.csv.gz", "scenario.json",
                "states.csv", "summary.json");
        assertThat(names(out.resolve("results"))).containsExactly("toy");
        try (InputStream in = Files.newInputStream(folder.resolve("summary.json"))) {
            assertThat(SummaryJson.read(in).summary()).isEqualTo(done.summary());
        }
        try (Reader in = Files.newBufferedReader(folder.resolve("curve.csv"))) {
            assertThat(CurveCsv.read(in)).isEqualTo(done.summary().curve());
        }
        // runs.csv.gz: the header, then row i is run i.
        try (BufferedReader runs = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(folder.resolve("runs.csv.gz"))), StandardCharsets.UTF_8))) {
            assertThat(runs.readLine()).startsWith("run,seed,state,");
            int row = 0;
            for (String line = runs.readLine(); line != null; line = runs.readLine()) {
                assertThat(line).startsWith(row++ + ",");
            }
            assertThat(row).isEqualTo(3000);
        }
    }

    @Test
    void drawsTheChartsAndTheBriefBesideTheData(@TempDir Path out) throws Exception {
        ForecastJob.run(toy(0), new ForecastJob.Options(new RunRequest.Fixed(2000), 2, out, false, false, true),
                ProgressListener.NONE);
        Path folder = out.resolve("toy");
        assertThat(names(folder)).containsExactly("brief.html", "brief.pdf", "charts", "curve.csv", "scenario.json",
                "states.csv", "summary.json");
        assertThat(names(folder.resolve("charts"))).hasSize(15).contains("state-shares.svg", "concessions.pdf");
        assertThat(Files.readString(folder.resolve("brief.html"))).contains("2,000");
    }

    @Test
    void oneAndFourThreadsWriteByteIdenticalFiles(@TempDir Path out) throws Exception {
        run(out.resolve("one"), 5000, 1, false, true);
        run(out.resolve("four"), 5000, 4, false, true);
        for (String file : new String[] {"curve.csv", "states.csv", "runs.csv.gz"}) {
            assertThat(Files.readAllBytes(out.resolve("four/toy").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(out.resolve("one/toy").resolve(file)));
        }
    }

    @Test
    void anExistingFolderIsKeptUnlessForced(@TempDir Path out) throws Exception {
        Path folder = out.resolve("toy");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("notes.txt"), "mine");
        assertThatThrownBy(() -> run(out, 100, 1, false, true)).isInstanceOf(ResultsFolder.TargetExistsException.class)
                .hasMessageContaining("--force");
        assertThat(names(folder)).containsExactly("notes.txt");
        assertThat(names(out)).containsExactly("toy");

        run(out, 100, 1, true, false);
        assertThat(names(folder)).containsExactly("curve.csv", "scenario.json", "states.csv", "summary.json");
        assertThat(names(out)).containsExactly("toy");
    }

    @Test
    void anInterruptedJobLeavesNoFolderAndNoTemporaryFolder(@TempDir Path out) throws Exception {
        Path results = out.resolve("results");
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                ForecastJob.run(toy(2000), new ForecastJob.Options(new RunRequest.Fixed(5_000_000), 2, results,
                        false, true, false), (stage, done, total) -> {
                    if (done >= 5000) running.countDown();
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        job.start();
        assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
        // Mid-way the partial folder exists, with runs.csv.gz growing in it, beside the folder's lock.
        assertThat(names(results)).hasSize(2).contains(".toy.lock").anyMatch(name -> name.startsWith(".toy.partial-"));
        job.interrupt();
        job.join(10_000);
        assertThat(job.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(Files.exists(results)).isFalse();
        assertThat(names(out)).isEmpty();
    }

    @Test
    void aSecondJobForTheSameFolderFailsAtOnceWithoutRunningAndLeavesTheFirstAlone(@TempDir Path out)
            throws Exception {
        Path results = out.resolve("results");
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread first = new Thread(() -> {
            try {
                ForecastJob.run(toy(2000), new ForecastJob.Options(new RunRequest.Fixed(5_000_000), 1, results,
                        false, true, false), (stage, done, total) -> {
                    if (done >= 2000) running.countDown();
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        first.start();
        try {
            assertThat(running.await(20, TimeUnit.SECONDS)).isTrue();
            List<String> firstJobsFiles = names(results);
            AtomicLong secondJobsProgress = new AtomicLong();

            assertThatThrownBy(() -> ForecastJob.run(toy(0), new ForecastJob.Options(new RunRequest.Fixed(1000), 1,
                    results, true, true, false), (stage, done, total) -> secondJobsProgress.incrementAndGet()))
                    .isInstanceOf(FolderLock.BusyException.class)
                    .hasMessageStartingWith(results.resolve("toy") + " is being written by another treatysim job");
            assertThat(secondJobsProgress).as("progress reports of the second job").hasValue(0);
            assertThat(names(results)).isEqualTo(firstJobsFiles).contains(".toy.lock");
            assertThat(first.isAlive()).isTrue();
        } finally {
            first.interrupt();
            first.join(10_000);
        }
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(Files.exists(results)).isFalse();
    }

    @Test
    void aSigintStopsARunningProcessAndLeavesNothing(@TempDir Path out) throws Exception {
        Path results = out.resolve("results");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                SlowJobMain.class.getName(), results.toString()).redirectErrorStream(true).start();
        try {
            var stdout = new java.io.BufferedReader(new java.io.InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(stdout.readLine()).isEqualTo(SlowJobMain.RUNNING);
            assertThat(names(results)).hasSize(2).contains(".toy.lock").anyMatch(name -> name.startsWith(".toy.partial-"));
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).start();
            assertThat(kill.waitFor()).isZero();
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(Files.exists(results)).isFalse();
            assertThat(names(out)).isEmpty();
        } finally {
            process.destroyForcibly();
        }
    }
}
