package org.treatysim.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints the figures of one JMH run (its JSON result file): the median over all measurement
 * iterations of all forks of each benchmark, then the ratios the targets are stated in.
 *
 * <p>Usage: {@code BenchReport target/bench/jmh.json}
 */
public final class BenchReport {
    private BenchReport() { }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(Path.of(args[0]).toFile());
        Map<String, Double> medians = new LinkedHashMap<>();
        System.out.printf(Locale.ROOT, "%-52s %8s %14s %14s %14s%n", "benchmark", "threads", "median", "min", "max");
        for (JsonNode result : results) {
            String name = result.get("benchmark").asText().replaceFirst("^org\\.treatysim\\.bench\\.", "");
            JsonNode params = result.get("params");
            if (params != null) {
                for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> p = it.next();
                    name += " " + p.getKey() + "=" + p.getValue().asText();
                }
            }
            List<Double> scores = new ArrayList<>();
            for (JsonNode fork : result.get("primaryMetric").get("rawData")) {
                for (JsonNode iteration : fork) scores.add(iteration.asDouble());
            }
            scores.sort(Double::compare);
            double median = median(scores);
            medians.put(name, median);
            System.out.printf(Locale.ROOT, "%-52s %8d %14.1f %14.1f %14.1f  %s%n", name, result.get("threads").asInt(),
                    median, scores.get(0), scores.get(scores.size() - 1),
                    result.get("primaryMetric").get("scoreUnit").asText());
        }
        Double one = medians.get("RunBenchmark.oneThread scenario=baseline");
        Double two = medians.get("RunBenchmark.twoThreads scenario=baseline");
        Double floor = medians.get("FloorBenchmark.arithmeticOfOneRun");
        Double allOne = medians.get("RunBenchmark.oneThread scenario=allMechanisms");
        Double allTwo = medians.get("RunBenchmark.twoThreads scenario=allMechanisms");
        System.out.println();
        if (one != null && two != null) {
            System.out.printf(Locale.ROOT, "baseline runs/s: 1 thread %.0f, 2 threads %.0f (target >= 20000)%n", one, two);
            System.out.printf(Locale.ROOT, "parallel efficiency: %.1f%% (2 threads / (2 x 1 thread); target >= 85%%)%n",
                    100 * two / (2 * one));
        }
        if (allOne != null && allTwo != null) {
            System.out.printf(Locale.ROOT, "baseline with every version-2 mechanism on, runs/s: 1 thread %.0f, "
                    + "2 threads %.0f (target >= 20000)%n", allOne, allTwo);
        }
        if (one != null && floor != null) {
            System.out.printf(Locale.ROOT, "arithmetic floor: %.0f run-equivalents/s; a full run costs %.2fx the floor "
                    + "(target <= 2)%n", floor, floor / one);
        }
    }

    private static double median(List<Double> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
