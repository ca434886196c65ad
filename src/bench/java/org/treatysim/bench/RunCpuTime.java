package org.treatysim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.treatysim.model.RunResult;
import org.treatysim.model.Simulation;
import org.treatysim.scenario.ScenarioLoader;

/**
 * Runs per second of this thread's CPU time, for paired before/after comparisons on a machine
 * that others share: CPU time counts only what this thread ran, so other processes stealing the
 * cores move it far less than they move wall-clock throughput. One thread, one simulation reused
 * across runs (as {@link RunBenchmark} does); after a warm-up of {@code warmupSeconds} of CPU time
 * (MASON code needs about 12 s to settle), {@code rounds} rounds of {@code roundSeconds} each.
 *
 * <p>Usage: {@code RunCpuTime SCENARIO.yaml [warmupSeconds=15] [rounds=7] [roundSeconds=2]}; prints
 * each round's runs per CPU second and their median, and a checksum of the first
 * {@value #CHECKED_RUNS} runs' results, so that two builds can be seen to compute the same runs.
 */
public final class RunCpuTime {
    private static final int CHECKED_RUNS = 2000;

    private RunCpuTime() { }

    public static void main(String[] args) throws Exception {
        Simulation simulation = new Simulation(new ScenarioLoader().load(Path.of(args[0])).scenario());
        double warmup = args.length > 1 ? Double.parseDouble(args[1]) : 15;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        double roundSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 2;
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int run = 0;
        long checksum = 0;
        long warmupEnd = threads.getCurrentThreadCpuTime() + (long) (warmup * 1e9);
        while (run < CHECKED_RUNS) checksum = checksum * 31 + fingerprint(simulation.run(run++));
        while (threads.getCurrentThreadCpuTime() < warmupEnd) simulation.run(run++);
        double[] rates = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long begin = threads.getCurrentThreadCpuTime();
            long end = begin + (long) (roundSeconds * 1e9);
            int done = 0;
            long now;
            do {
                // Batches of 100 runs keep the clock's own cost out of the figure.
                for (int k = 0; k < 100; k++) simulation.run(run++);
                done += 100;
                now = threads.getCurrentThreadCpuTime();
            } while (now < end);
            rates[r] = done / ((now - begin) / 1e9);
            System.out.printf(Locale.ROOT, "round %d: %.0f runs per CPU second%n", r + 1, rates[r]);
        }
        double[] sorted = rates.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "median %.0f runs per CPU second (checksum of the first %d runs %x)%n",
                sorted[rounds / 2], CHECKED_RUNS, checksum);
    }

    /** A hash of what a run decided, the same in every JVM (an enum's own hash code is not). */
    private static long fingerprint(RunResult result) {
        long hash = result.outcome().ordinal();
        hash = hash * 31 + String.valueOf(result.textAgreed()).hashCode();
        hash = hash * 31 + String.valueOf(result.signed()).hashCode();
        hash = hash * 31 + String.valueOf(result.collapsed()).hashCode();
        for (double value : result.agreedValues()) hash = hash * 31 + Double.doubleToLongBits(value);
        for (double value : result.concessions()) hash = hash * 31 + Double.doubleToLongBits(value);
        return hash;
    }
}
