package org.treatysim.montecarlo.sweep;

import java.util.Arrays;
import java.util.List;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.Wilson;

/**
 * The target at every design point: how many of the point's R runs reached it.
 *
 * @param runsPerPoint R, runs at every point, &ge; 1
 * @param reached      per point (design row order), runs that reached the target, in [0, R]
 */
public record PointEstimates(int runsPerPoint, int[] reached) {
    public PointEstimates {
        reached = reached.clone();
        for (int count : reached) {
            if (count < 0 || count > runsPerPoint) {
                throw new IllegalArgumentException(count + " of " + runsPerPoint + " runs");
            }
        }
    }

    /** Number of design points. */
    public int size() {
        return reached.length;
    }

    /** Runs that reached the target at point {@code point}. */
    public int reached(int point) {
        return reached[point];
    }

    /** The target's estimate at each point, as the share of runs, in design row order. */
    public double[] shares() {
        double[] shares = new double[reached.length];
        for (int p = 0; p < reached.length; p++) {
            shares[p] = reached[p] / (double) runsPerPoint;
        }
        return shares;
    }

    /** The share at each point with its 95% Wilson interval, in design row order. */
    public List<Estimate> estimates() {
        return Arrays.stream(reached).mapToObj(count -> Wilson.estimate(count, runsPerPoint)).toList();
    }

    @Override
    public int[] reached() {
        return reached.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PointEstimates e && runsPerPoint == e.runsPerPoint && Arrays.equals(reached, e.reached);
    }

    @Override
    public int hashCode() {
        return 31 * runsPerPoint + Arrays.hashCode(reached);
    }

    @Override
    public String toString() {
        return "PointEstimates[" + reached.length + " points x " + runsPerPoint + " runs]";
    }
}
