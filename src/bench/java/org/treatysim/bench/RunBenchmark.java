package org.treatysim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.ThreadParams;
import org.treatysim.model.RunResult;
import org.treatysim.model.Simulation;

/**
 * One operation = one whole baseline run (start, step MASON's schedule to a terminal state or the
 * horizon, finish, result). Each JMH thread owns its simulation, reused across runs as the engine
 * does, and walks its own run indices, so runs/s on 2 threads against 1 gives the parallel
 * efficiency of the model itself.
 *
 * <p>{@code scenario=baseline} runs {@code scenarios/baseline-2024-09.yaml}; {@code
 * scenario=allMechanisms} the same baseline with every mechanism of model version 2 switched on
 * ({@code src/bench/scenarios/baseline-v2-all.yaml}): curved utilities, tradeoff offers, a
 * misjudging mediator, a spoiler that can end the talks, a deadline whose miss costs something and
 * a referendum that reads the terms.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RunBenchmark {

    /** One simulation per benchmark thread. */
    @State(Scope.Thread)
    public static class PerThread {
        @Param({"baseline", "allMechanisms"})
        String scenario;
        Simulation simulation;
        int next;
        int step;

        @Setup
        public void setUp(ThreadParams thread) throws Exception {
            simulation = new Simulation(scenario.equals("allMechanisms") ? Baseline.allMechanisms() : Baseline.scenario());
            // Threads take disjoint run indices: thread t runs t, t + T, t + 2T, ...
            next = thread.getThreadIndex();
            step = thread.getThreadCount();
        }

        RunResult runNext() {
            RunResult result = simulation.run(next);
            next += step;
            return result;
        }
    }

    @Benchmark
    @Threads(1)
    public RunResult oneThread(PerThread state) {
        return state.runNext();
    }

    @Benchmark
    @Threads(2)
    public RunResult twoThreads(PerThread state) {
        return state.runNext();
    }
}
