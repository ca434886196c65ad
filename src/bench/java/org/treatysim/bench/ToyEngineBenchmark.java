package org.treatysim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.ToySimulator;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ToyScenarios;

/**
 * The engine's own cost: runs/s of the test suite's toy simulator (a few dozen random draws per
 * run) through the pool, the accumulators and the merge, on 1 and 2 threads. Against the model's
 * runs/s this shows how much of a run the engine takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ToyEngineBenchmark {
    static final int RUNS = 200_000;

    @Param({"1", "2"})
    public int threads;

    private final Scenario scenario = ToyScenarios.toy(20240924);
    private final ForecastLayout layout = ForecastLayout.of(scenario);

    @Benchmark
    @OperationsPerInvocation(RUNS)
    public ForecastAccumulator toyRuns() throws InterruptedException {
        return new MonteCarloEngine(threads).run(() -> new ToySimulator(scenario), 0, RUNS,
                () -> new ForecastAccumulator(layout), null, "runs", ProgressListener.NONE);
    }
}
