package org.treatysim.spark;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.treatysim.cli.BlockTasks;
import org.treatysim.cli.Main;

/**
 * {@code spark-submit --class org.treatysim.spark.SparkMain treatysim-spark-0.1.0.jar run|sweep
 * SCENARIO [options]}: the command with its blocks of runs spread over a Spark cluster. The driver
 * cuts the job into its B blocks ({@link BlockTasks}), ships the scenario's text and options to the
 * executors, which count one block each on one core and return the counts (never per-run rows);
 * it writes them as B shard folders in a temporary folder and merges them in block order with
 * {@code treatysim merge}, which writes the results folder as the command does on one machine: the
 * same files, bit for bit (no runs.csv.gz: the runs stay on the executors). Exit status as the
 * command's.
 */
public final class SparkMain {
    /** The options that are the driver's, with a value. */
    private static final List<String> DRIVER_VALUED = List.of("--out");
    /** The driver's flags. */
    private static final List<String> DRIVER_FLAGS = List.of("--force", "--quiet");

    private SparkMain() { }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        System.exit(run(args, null, out, err));
    }

    /**
     * Runs the job.
     *
     * @param args   {@code run|sweep SCENARIO [options]}
     * @param master the Spark master, e.g. {@code local[2]}, or null to take spark-submit's
     * @return the exit status
     */
    public static int run(String[] args, String master, PrintWriter out, PrintWriter err) {
        if (args.length < 2 || !List.of("run", "sweep", "backtest").contains(args[0])) {
            err.println("usage: SparkMain run|sweep SCENARIO [options] | backtest DIR... [options]: the command with"
                    + " its blocks of runs on Spark");
            err.flush();
            return Main.INVALID_INPUT;
        }
        boolean backtest = args[0].equals("backtest");
        List<String> executorOptions = new ArrayList<>();
        List<String> mergeOptions = new ArrayList<>();
        for (int i = backtest ? 1 : 2; i < args.length; i++) {
            if (DRIVER_VALUED.contains(args[i]) && i + 1 < args.length) {
                mergeOptions.addAll(List.of(args[i], args[++i]));
            } else if (DRIVER_FLAGS.contains(args[i])) {
                mergeOptions.add(args[i]);
            } else if (args[i].equals("--threads") && i + 1 < args.length) {
                i++; // Spark decides the parallelism: one task per core.
            } else {
                executorOptions.add(args[i]);
            }
        }
        String command = args[0];
        if (backtest) return backtest(executorOptions, mergeOptions, master, out, err);
        Path scenario = Path.of(args[1]);
        List<String> job = new ArrayList<>(List.of(command, args[1]));
        job.addAll(executorOptions);
        Path shards = null;
        try {
            int blocks = BlockTasks.blocks(job);
            ShippedJob shipped = ShippedJob.of(command, scenario, executorOptions, blocks);
            long started = System.nanoTime();
            List<byte[]> counts;
            try {
                counts = countOnSpark(shipped, master);
            } catch (RuntimeException taskFailed) {
                // Spark's exceptions are unchecked here; the first line says which task and why.
                err.println("treatysim " + command + ": counting the blocks on Spark failed: "
                        + taskFailed.getMessage().strip().lines().findFirst().orElse(taskFailed.toString()));
                err.flush();
                return Main.FAILURE;
            }
            long seconds = System.nanoTime() - started;
            if (!mergeOptions.contains("--quiet")) {
                err.printf(Locale.ROOT, "treatysim: %d blocks counted on Spark in %.1f s%n", blocks, seconds / 1e9);
                err.flush();
            }
            shards = Files.createTempDirectory("treatysim-shards-");
            List<String> merge = new ArrayList<>(List.of("merge"));
            merge.addAll(mergeOptions);
            for (int b = 0; b < blocks; b++) {
                Path folder = Files.createDirectory(shards.resolve("block-" + b));
                Files.write(folder.resolve("block-counts.bin"), counts.get(b));
                merge.add(folder.toString());
            }
            picocli.CommandLine cli = Main.commandLine();
            cli.setOut(out);
            cli.setErr(err);
            return cli.execute(merge.toArray(String[]::new));
        } catch (BlockTasks.RefusedException refused) {
            err.println("treatysim " + command + ": " + refused.getMessage());
            err.flush();
            return refused.status();
        } catch (IOException failed) {
            err.println("treatysim " + command + ": " + failed.getMessage());
            err.flush();
            return Main.FAILURE;
        } finally {
            deleteTree(shards);
        }
    }

    /**
     * {@code backtest DIR... [options]}: every block of every case is a task; the driver merges each
     * case's blocks in block order and writes the backtest's folder as the command does.
     */
    private static int backtest(List<String> arguments, List<String> driverOptions, String master, PrintWriter out,
                                PrintWriter err) {
        List<String> job = new ArrayList<>(List.of("backtest"));
        job.addAll(arguments);
        try {
            ShippedBacktest shipped = ShippedBacktest.of(BlockTasks.backtestCases(job));
            List<long[]> counts;
            SparkConf conf = new SparkConf().setAppName("treatysim backtest");
            if (master != null) conf.setMaster(master);
            long started = System.nanoTime();
            try (JavaSparkContext spark = new JavaSparkContext(conf)) {
                Broadcast<ShippedBacktest> broadcast = spark.broadcast(shipped);
                List<int[]> tasks = shipped.tasks();
                counts = spark.parallelize(tasks, tasks.size()).map(t -> broadcast.value().count(t[0], t[1])).collect();
            } catch (RuntimeException taskFailed) {
                err.println("treatysim backtest: counting the blocks on Spark failed: "
                        + taskFailed.getMessage().strip().lines().findFirst().orElse(taskFailed.toString()));
                err.flush();
                return Main.FAILURE;
            }
            if (!driverOptions.contains("--quiet")) {
                err.printf(Locale.ROOT, "treatysim: %d blocks of %d cases counted on Spark in %.1f s%n", counts.size(),
                        shipped.names().size(), (System.nanoTime() - started) / 1e9);
                err.flush();
            }
            List<List<long[]>> byCase = new ArrayList<>();
            int next = 0;
            for (int blocks : shipped.blocks()) {
                byCase.add(counts.subList(next, next + blocks));
                next += blocks;
            }
            List<String> command = new ArrayList<>(job);
            command.addAll(driverOptions);
            return BlockTasks.backtest(command, byCase, out, err);
        } catch (BlockTasks.RefusedException refused) {
            err.println("treatysim backtest: " + refused.getMessage());
            err.flush();
            return refused.status();
        } catch (IOException failed) {
            err.println("treatysim backtest: " + failed.getMessage());
            err.flush();
            return Main.FAILURE;
        }
    }

    /** Each block's counts, in block order, from one Spark task per block, on a context of its own. */
    static List<byte[]> countOnSpark(ShippedJob shipped, String master) {
        SparkConf conf = new SparkConf().setAppName("treatysim " + shipped.command());
        if (master != null) conf.setMaster(master);
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            return countOnSpark(spark, shipped);
        }
    }

    /** Each block's counts, in block order, from one Spark task per block. */
    static List<byte[]> countOnSpark(JavaSparkContext spark, ShippedJob shipped) {
        Broadcast<ShippedJob> job = spark.broadcast(shipped);
        List<Integer> blocks = IntStream.range(0, shipped.blocks()).boxed().toList();
        // collect() keeps the order of the elements, so the list is in block order.
        return spark.parallelize(blocks, blocks.size()).map(block -> job.value().count(block)).collect();
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        } catch (IOException leftInTemp) {
            // The temporary folder stays; the results are written.
        }
    }
}
