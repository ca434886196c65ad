package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.model.spec.Scenario;

/** The backtest's job: its folder appears whole or not at all; the curves' dates. */
class BacktestJobTest {

    private static List<BacktestJob.Case> corpus() throws Exception {
        return BacktestJob.load(BacktestJob.caseFolders(List.of(Path.of(BacktestCommandTest.CORPUS))), null, null,
                new PrintWriter(new StringWriter()));
    }

    @Test
    void anInterruptedBacktestLeavesNoFolderAndNoTemporaryFolder(@TempDir Path out) throws Exception {
        List<BacktestJob.Case> cases = corpus();
        CountDownLatch running = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                BacktestJob.run(cases, new BacktestJob.Options(2_000_000, null, 2, out, false), (stage, done, total) -> {
                    if (done >= 2000) running.countDown();
                });
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        job.start();
        assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
        // Mid-way: the hidden work folder beside the lock, no backtest folder yet.
        try (var names = Files.list(out)) {
            assertThat(names.map(p -> p.getFileName().toString()).toList()).hasSize(2).contains(".backtest.lock")
                    .anyMatch(n -> n.startsWith(".backtest.partial-"));
        }
        job.interrupt();
        job.join(20_000);
        assertThat(job.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        assertThat(CommandRunner.tree(out)).isEmpty();
    }

    @Test
    void theProgressRunsOnceOverEveryCase(@TempDir Path out) throws Exception {
        List<BacktestJob.Case> cases = corpus();
        List<long[]> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        BacktestJob.run(cases, new BacktestJob.Options(300, null, 1, out, false),
                (stage, done, total) -> seen.add(new long[] {done, total}));
        assertThat(seen).allSatisfy(p -> assertThat(p[1]).isEqualTo(4 * 300));
        assertThat(seen.stream().mapToLong(p -> p[0])).isSorted().endsWith(4L * 300);
    }

    @Test
    void defaultRunsAreTheCasesOwnCappedAt5000() throws Exception {
        BacktestJob.Case alpha = corpus().get(0);
        assertThat(BacktestJob.runsOf(alpha, new BacktestJob.Options(null, null, 1, Path.of("x"), false)))
                .isEqualTo(200);
        Scenario big = alpha.inputs().scenario().withRunsAndSeed(20_000, 1);
        BacktestJob.Case bigCase = new BacktestJob.Case("big", alpha.folder(), new InputFiles(big,
                alpha.inputs().loaded(), alpha.inputs().observations()));
        assertThat(BacktestJob.runsOf(bigCase, new BacktestJob.Options(null, null, 1, Path.of("x"), false)))
                .isEqualTo(BacktestJob.MAX_DEFAULT_RUNS);
        assertThat(BacktestJob.runsOf(bigCase, new BacktestJob.Options(7, null, 1, Path.of("x"), false))).isEqualTo(7);
    }

    @Test
    void curvesRunFromTheStartOverEveryStepToTheHorizon() throws Exception {
        Scenario alpha = corpus().get(0).inputs().scenario();
        List<LocalDate> dates = BacktestJob.curveDates(alpha);
        // 2024-01-01 to 2024-12-31 is 365 days: 52 steps of 7 days (to 2024-12-30), then the horizon.
        assertThat(dates).hasSize(1 + 52 + 1).startsWith(LocalDate.parse("2024-01-01"), LocalDate.parse("2024-01-08"))
                .endsWith(LocalDate.parse("2024-12-30"), LocalDate.parse("2024-12-31"));
        // A 50-year window in daily steps is thinned to at most 400 points, still ending at the horizon.
        Scenario longDaily = new Scenario("long", null, null, LocalDate.parse("2000-01-01"),
                LocalDate.parse("2049-12-31"), 1, 1, 1, alpha.issues(), alpha.packageDeal(), alpha.tolerance(),
                alpha.drafting(), alpha.parties(), alpha.mediators(), alpha.biasPenalty(), alpha.pressureToBatna(),
                alpha.patrons(), alpha.deadlines(), alpha.events(), alpha.shocks(), alpha.ratification());
        List<LocalDate> thinned = BacktestJob.curveDates(longDaily);
        assertThat(thinned.size()).isLessThanOrEqualTo(BacktestJob.MAX_CURVE_POINTS + 1);
        assertThat(thinned.get(thinned.size() - 1)).isEqualTo(LocalDate.parse("2049-12-31"));
    }
}
