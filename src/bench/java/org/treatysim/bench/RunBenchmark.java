package org.treatysim.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RunBenchmark {

    /** One simulation per benchmark thread. */
    @State(Scope.Thread)
    public static class PerThread {
        Simulation simulation;
        int next;

        @Setup
        public void setUp(ThreadParams thread) throws Exception {
            simulation = new Simulation(Baseline.scenario());
            // Threads take disjoint run indices: thread t runs t, t + T, t + 2T, ...
            next = thread.getThreadIndex();
            step = thread.getThreadCount();
        }

        int step;
    }

    @Benchmark
    @Threads(1)
    public RunResult oneThread(PerThread state) {
        RunResult result = state.simulation.run(state.next);
        state.next += state.step;
        return result;
    }

    @Benchmark
    @Threads(2)
    public RunResult twoThreads(PerThread state) {
        RunResult result = state.simulation.run(state.next);
        state.next += state.step;
        return result;
    }
}
