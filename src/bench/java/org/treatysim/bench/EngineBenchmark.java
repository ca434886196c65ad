package org.treatysim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;

/**
 * Baseline runs/s through the whole engine (pool, per-thread simulations, accumulators, merge),
 * as {@code treatysim run --no-runs-file} does them: one invocation is a job of {@value #RUNS}
 * runs, reported per run.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EngineBenchmark {
    static final int RUNS = 4_000;

    @Param({"1", "2"})
    public int threads;

    private Scenario scenario;
    private ForecastLayout layout;

    @Setup
    public void setUp() throws Exception {
        scenario = Baseline.scenario();
        layout = ForecastLayout.of(scenario);
    }

    @Benchmark
    @OperationsPerInvocation(RUNS)
    public ForecastAccumulator baselineJob() throws InterruptedException {
        return new MonteCarloEngine(threads).run(() -> new Simulation(scenario), 0, RUNS,
                () -> new ForecastAccumulator(layout), null, "runs", ProgressListener.NONE);
    }
}
