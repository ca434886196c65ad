package org.treatysim.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.treatysim.cli.BlockTasks;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.scenario.ScenarioLoader;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;

/**
 * Runs per second of the baseline: the local engine on 1 and 2 threads, and {@link SparkMain}'s
 * block tasks on Spark local[1] and local[2], in one JVM (so the JIT is warm for all), and Spark's
 * cost per block: its local[1] time less the engine's 1-thread time for the same runs, over the
 * number of blocks. The context's start-up is reported apart. {@code spark/bench} runs it.
 *
 * <p>Arguments: the scenario file and the number of runs (default 200,000).
 */
public final class SparkBenchmark {
    private SparkBenchmark() { }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "../scenarios/baseline-2024-09.yaml");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        Scenario scenario = new ScenarioLoader().load(file).scenario();
        ForecastLayout layout = ForecastLayout.of(scenario);
        List<String> job = List.of("run", file.toString(), "--runs", Integer.toString(runs));
        int blocks = BlockTasks.blocks(job);
        ShippedJob shipped = ShippedJob.of("run", file, List.of("--runs", Integer.toString(runs)), blocks);

        engine(scenario, layout, 1, Math.min(runs, 40_000)); // warm-up
        double local1 = engine(scenario, layout, 1, runs);
        double local2 = engine(scenario, layout, 2, runs);
        double[] spark1 = spark(shipped, "local[1]");
        double[] spark2 = spark(shipped, "local[2]");
        System.out.printf(Locale.ROOT, "baseline, %,d runs in %d blocks of %,d%n", runs, blocks,
                (runs + blocks - 1) / blocks);
        System.out.printf(Locale.ROOT, "local engine, 1 thread:  %8.0f runs/s (%.2f s)%n", runs / local1, local1);
        System.out.printf(Locale.ROOT, "local engine, 2 threads: %8.0f runs/s (%.2f s)%n", runs / local2, local2);
        System.out.printf(Locale.ROOT, "Spark local[1]:          %8.0f runs/s (%.2f s; context start %.2f s)%n",
                runs / spark1[1], spark1[1], spark1[0]);
        System.out.printf(Locale.ROOT, "Spark local[2]:          %8.0f runs/s (%.2f s; context start %.2f s)%n",
                runs / spark2[1], spark2[1], spark2[0]);
        System.out.printf(Locale.ROOT, "Spark's cost per block (local[1] less the 1-thread engine): %.1f ms%n",
                (spark1[1] - local1) / blocks * 1e3);
    }

    /** Seconds for runs 0..n−1 on the engine. */
    private static double engine(Scenario scenario, ForecastLayout layout, int threads, int runs) throws Exception {
        long start = System.nanoTime();
        new MonteCarloEngine(threads).run(() -> new Simulation(scenario), 0, runs, () -> new ForecastAccumulator(layout),
                null, "runs", ProgressListener.NONE);
        return (System.nanoTime() - start) / 1e9;
    }

    /** Seconds to start the context, and seconds for the blocks' tasks. */
    private static double[] spark(ShippedJob shipped, String master) {
        long start = System.nanoTime();
        SparkConf conf = new SparkConf().setAppName("treatysim benchmark").setMaster(master)
                .set("spark.ui.enabled", "false");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            long started = System.nanoTime();
            SparkMain.countOnSpark(spark, shipped);
            return new double[] {(started - start) / 1e9, (System.nanoTime() - started) / 1e9};
        }
    }
}
