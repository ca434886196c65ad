package org.treatysim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.openjdk.jol.info.GraphLayout;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.model.spec.Scenario;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.ToyScenarios;

class MonteCarloEngineTest {
    static final Scenario SCENARIO = ToyScenarios.toy(20240924);
    static final ForecastLayout LAYOUT = ForecastLayout.of(SCENARIO);

    static ForecastSummary summarise(ForecastAccumulator counts) {
        return ForecastSummaries.freeze(counts, new Provenance("toy", "A toy scenario", counts.runs(), 20240924, "00",
                "test", "17", Instant.EPOCH));
    }

    private static ForecastAccumulator runToy(MonteCarloEngine engine, int runs, RunSink<?> sink)
            throws InterruptedException {
        return engine.run(() -> new ToySimulator(SCENARIO), 0, runs, () -> new ForecastAccumulator(LAYOUT), sink,
                "runs", ProgressListener.NONE);
    }

    /** Collects the run indices it is given, in the order written. */
    static class IndexSink implements RunSink<int[]> {
        final List<Integer> written = new ArrayList<>();

        @Override
        public int[] prepare(List<RunResult> runs) {
            return runs.stream().mapToInt(RunResult::run).toArray();
        }

        @Override
        public void write(int[] prepared) {
            for (int run : prepared) written.add(run);
        }
    }

    @Test
    void countsAreTheSameForAnyThreadCountAndChunkSize() throws InterruptedException {
        ForecastSummary one = summarise(runToy(new MonteCarloEngine(1), 5000, null));
        ForecastSummary four = summarise(runToy(new MonteCarloEngine(4, 7, 16), 5000, null));
        ForecastSummary three = summarise(runToy(new MonteCarloEngine(3, 1, 3), 5000, new IndexSink()));
        assertThat(four).isEqualTo(one);
        assertThat(three).isEqualTo(one);
        // The toy agrees its text with probability 0.6 on a uniform day before the horizon: the
        // counts are real (5000 runs: standard error 0.007, so ±0.03 is a 4-sigma band).
        assertThat(one.outcomes().get("textAgreed").p()).isBetween(0.57, 0.63);
    }

    @Test
    void theSinkGetsEveryRunOnceInRunOrder() throws InterruptedException {
        IndexSink sink = new IndexSink();
        runToy(new MonteCarloEngine(4, 13, 8), 3001, sink);
        assertThat(sink.written).containsExactlyElementsOf(IntStream.range(0, 3001).boxed().toList());
    }

    @Test
    void aBlockEndingAtIntegerMaxValueRunsEveryIndexOnce() throws InterruptedException {
        // The precision pilot's indices end at Integer.MAX_VALUE; chunk ends there must not wrap.
        // Chunks of 256 put the last one's nominal end past 2³¹; chunks of 1 end exactly on it.
        int first = Integer.MAX_VALUE - 999;
        for (MonteCarloEngine engine : List.of(new MonteCarloEngine(2), new MonteCarloEngine(3, 1, 3),
                new MonteCarloEngine(4, 300, 8))) {
            IndexSink sink = new IndexSink();
            ForecastAccumulator counts = engine.run(() -> new ToySimulator(SCENARIO), first, 1000,
                    () -> new ForecastAccumulator(LAYOUT), sink, "pilot", ProgressListener.NONE);
            assertThat(counts.runs()).isEqualTo(1000);
            assertThat(sink.written).containsExactlyElementsOf(
                    IntStream.rangeClosed(first, Integer.MAX_VALUE).boxed().toList());
        }
        IndexSink last = new IndexSink();
        ForecastAccumulator one = new MonteCarloEngine(1).run(() -> new ToySimulator(SCENARIO), Integer.MAX_VALUE, 1,
                () -> new ForecastAccumulator(LAYOUT), last, "pilot", ProgressListener.NONE);
        assertThat(one.runs()).isEqualTo(1);
        assertThat(last.written).containsExactly(Integer.MAX_VALUE);
    }

    @Test
    void blocksPastIntegerMaxValueAreRefused() {
        assertThatThrownBy(() -> new MonteCarloEngine(1).run(() -> new ToySimulator(SCENARIO), Integer.MAX_VALUE, 2,
                () -> new ForecastAccumulator(LAYOUT), null, "runs", ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theReorderBufferStaysBounded() throws InterruptedException {
        AtomicInteger pending = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger chunksWritten = new AtomicInteger();
        RunSink<Integer> slowSink = new RunSink<>() {
            @Override
            public Integer prepare(List<RunResult> runs) {
                most.accumulateAndGet(pending.incrementAndGet(), Math::max);
                return runs.size();
            }

            @Override
            public void write(Integer prepared) throws IOException {
                // Every fifth chunk the disk stalls, so the workers run ahead until they are held back.
                if (chunksWritten.incrementAndGet() % 5 == 0) {
                    try {
                        Thread.sleep(3);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IOException(e);
                    }
                }
                pending.decrementAndGet();
            }
        };
        runToy(new MonteCarloEngine(4, 10, 6), 4000, slowSink);
        assertThat(chunksWritten.get()).isEqualTo(400);
        assertThat(most.get()).isLessThanOrEqualTo(6).isGreaterThan(1);
    }

    @Test
    void aFailingRunIsNamedAndStopsTheJob() {
        java.util.function.Supplier<RunSimulator> failsAt777 = () -> new RunSimulator() {
            final ToySimulator toy = new ToySimulator(SCENARIO);

            @Override
            public RunResult run(int runIndex) {
                if (runIndex == 777) throw new IllegalStateException("model bug");
                return toy.run(runIndex);
            }

            @Override
            public List<String> sampledParameterPaths() {
                return toy.sampledParameterPaths();
            }
        };
        assertThatThrownBy(() -> new MonteCarloEngine(2, 16, 4).run(failsAt777, 0, 100_000,
                () -> new ForecastAccumulator(LAYOUT), new IndexSink(), "runs", ProgressListener.NONE))
                .isInstanceOfSatisfying(MonteCarloException.class, e -> assertThat(e.run()).isEqualTo(777))
                .hasMessageContaining("model bug");
    }

    @Test
    void aFailingSinkStopsTheJob() {
        RunSink<int[]> fullDisk = new IndexSink() {
            @Override
            public void write(int[] prepared) {
                if (prepared[0] >= 320) throw new java.io.UncheckedIOException(new IOException("No space left on device"));
            }
        };
        assertThatThrownBy(() -> runToy(new MonteCarloEngine(2, 32, 4), 100_000, fullDisk))
                .isInstanceOf(MonteCarloException.class).hasMessageContaining("No space left");
    }

    @Test
    void anInterruptStopsTheWorkersPromptly() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread job = new Thread(() -> {
            try {
                new MonteCarloEngine(2, 8, 4).run(() -> new ToySimulator(SCENARIO, 0.6, 20_000), 0, 10_000_000,
                        () -> new ForecastAccumulator(LAYOUT), new IndexSink(), "runs",
                        (stage, done, total) -> started.countDown());
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        job.start();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        job.interrupt();
        job.join(5000);
        assertThat(job.isAlive()).isFalse();
        assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
        // A terminated pool's threads may still be returning from their run loop: give them a moment to exit.
        for (Thread worker : Thread.getAllStackTraces().keySet()) {
            if (worker.getName().startsWith("treatysim-worker")) worker.join(5000);
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().startsWith("treatysim-worker")
                && t.isAlive() && t.getState() == Thread.State.RUNNABLE);
    }

    @Test
    void memoryDoesNotGrowWithTheNumberOfRuns() throws InterruptedException {
        // JOL reads record fields through its own offset probe only when asked to, and need not
        // spend seconds trying to attach the serviceability agent to find object sizes.
        System.setProperty("jol.magicFieldOffset", "true");
        System.setProperty("jol.skipHotspotSAAttach", "true");
        MonteCarloEngine engine = new MonteCarloEngine(2);
        long few = GraphLayout.parseInstance(runToy(engine, 1_000, null)).totalSize();
        long many = GraphLayout.parseInstance(runToy(engine, 50_000, null)).totalSize();
        assertThat(many).isEqualTo(few);
    }
}
