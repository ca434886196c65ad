package org.treatysim.model;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.distribution.RealDistribution;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;

/**
 * Every numeric parameter of a scenario in one array, by the slot of its dotted path (the
 * canonical order of {@link ScenarioParameters}). Built once per {@link Simulation}; each run
 * fills a live array with its draws, which events then change by path.
 */
final class ParameterTable {
    private final List<String> paths;
    private final Map<String, Integer> slots = new HashMap<>();
    private final double[] fixedValues;
    private final RealDistribution[] distributions;
    private final long[] hashes;
    private final int[] sampledSlots;
    private final List<String> sampledPaths;

    ParameterTable(Scenario scenario) {
        Map<String, Quantity> all = ScenarioParameters.of(scenario);
        paths = List.copyOf(all.keySet());
        int size = paths.size();
        fixedValues = new double[size];
        distributions = new RealDistribution[size];
        hashes = new long[size];
        // The distributions are only ever evaluated by inverse CDF; the adapter is there so that
        // none of them creates a clock-seeded default generator of its own.
        MersenneTwisterRandomGenerator unused = new MersenneTwisterRandomGenerator(new MersenneTwisterFast(0L));
        List<Integer> sampled = new ArrayList<>();
        List<String> sampledNames = new ArrayList<>();
        int slot = 0;
        for (Map.Entry<String, Quantity> entry : all.entrySet()) {
            slots.put(entry.getKey(), slot);
            Quantity quantity = entry.getValue();
            hashes[slot] = RunStreams.pathHash(entry.getKey());
            if (quantity.isFixed()) {
                fixedValues[slot] = ((Quantity.Fixed) quantity).value();
            } else {
                distributions[slot] = Distributions.of(quantity, unused);
                fixedValues[slot] = quantity.mean();
                sampled.add(slot);
                sampledNames.add(entry.getKey());
            }
            slot++;
        }
        sampledSlots = sampled.stream().mapToInt(Integer::intValue).toArray();
        sampledPaths = List.copyOf(sampledNames);
    }

    /** Number of parameters. */
    int size() {
        return paths.size();
    }

    /** The slot of a dotted path. */
    int slot(String path) {
        Integer slot = slots.get(path);
        if (slot == null) {
            throw new IllegalArgumentException("no parameter " + path);
        }
        return slot;
    }

    /** The slot of a path, or -1 when the scenario has no such parameter. */
    int slotOrMissing(String path) {
        Integer slot = slots.get(path);
        return slot == null ? -1 : slot;
    }

    /** Dotted paths of the uncertain parameters, in canonical order. */
    List<String> sampledPaths() {
        return sampledPaths;
    }

    /**
     * Fills {@code live} with run values: fixed values as they are, each uncertain parameter by
     * its inverse CDF at the run's uniform for its path; {@code sampled} receives the draws.
     */
    void draw(long runSeed, double[] live, double[] sampled) {
        System.arraycopy(fixedValues, 0, live, 0, live.length);
        for (int j = 0; j < sampledSlots.length; j++) {
            int slot = sampledSlots[j];
            double u = RunStreams.parameterUniform(runSeed, hashes[slot]);
            double value = distributions[slot].inverseCumulativeProbability(u);
            live[slot] = value;
            sampled[j] = value;
        }
    }
}
