package org.treatysim.montecarlo.sweep;

import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.model.RunStreams;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.stats.sensitivity.Design;
import org.treatysim.stats.sensitivity.Factor;

/**
 * Runs a whole design as one sequence of run indices, so that the engine can spread all the
 * points' runs over its threads at once: sweep index g is run {@code g mod R} of design point
 * {@code g div R}. Every point therefore uses the run indices 0..R-1, and with them the same run
 * seeds (common random numbers).
 *
 * <p>A design with the dummy factor ({@link Factor#DUMMY}) is the exception, by intent: the model
 * never reads the dummy, but its value picks the point's master seed
 * ({@link #seedFor(long, double)}), so points that share the dummy's value share their random
 * numbers and points that differ in it do not. In a Saltelli design A<sub>j</sub> and every
 * A<sub>B</sub><sup>(i)</sup><sub>j</sub> of a real factor share A<sub>j</sub>'s, so each real
 * factor's indices still compare runs with the same random numbers, while
 * A<sub>B</sub><sup>(dummy)</sup><sub>j</sub>, which is A<sub>j</sub>'s scenario, has
 * B<sub>j</sub>'s: the dummy's indices are those of the random numbers themselves. Its total index
 * is the share of the target's variance that is Monte Carlo noise (averaged over N independent
 * pairs of seeds); base samples no longer share random numbers, which the estimators do not need.
 *
 * <p>One per worker thread. It compiles a point's scenario when the first of its runs comes and
 * keeps it while the following indices stay on that point; the engine hands out consecutive
 * indices, so each worker compiles each point it touches once per chunk.
 */
final class PointSimulator implements RunSimulator {
    private final Scenario base;
    private final Design design;
    private final int runsPerPoint;
    private final int dummyColumn;
    private final List<String> parameters;
    private int currentPoint = -1;
    private Simulation current;

    PointSimulator(Scenario base, Design design, int runsPerPoint) {
        this.base = base;
        this.design = design;
        this.runsPerPoint = runsPerPoint;
        this.dummyColumn = design.factors().indexOf(Factor.DUMMY);
        List<String> read = new ArrayList<>(design.factors());
        if (dummyColumn >= 0) read.remove(dummyColumn);
        this.parameters = List.copyOf(read);
    }

    /** The master seed of a point whose dummy factor has this value: the scenario's seed mixed with the value's bits. */
    static long seedFor(long scenarioSeed, double dummyValue) {
        return RunStreams.mix(RunStreams.mix(scenarioSeed) ^ Double.doubleToLongBits(dummyValue));
    }

    /** The scenario of design point {@code point}: its parameters fixed (never the dummy) and, with the dummy, its seed. */
    private Scenario scenarioAt(int point) {
        double[] values = design.row(point);
        if (dummyColumn < 0) {
            return PointScenarios.at(base, parameters, values);
        }
        double[] read = new double[parameters.size()];
        for (int j = 0, c = 0; j < values.length; j++) {
            if (j != dummyColumn) read[c++] = values[j];
        }
        Scenario fixed = PointScenarios.at(base, parameters, read);
        return fixed.withRunsAndSeed(fixed.runs(), seedFor(base.seed(), values[dummyColumn]));
    }

    @Override
    public RunResult run(int sweepIndex) {
        int point = sweepIndex / runsPerPoint;
        if (point != currentPoint) {
            current = new Simulation(scenarioAt(point));
            currentPoint = point;
        }
        RunResult r = current.run(sweepIndex % runsPerPoint);
        // The engine checks that run g returns index g; the accumulator reads the point from it.
        return new RunResult(sweepIndex, r.seed(), r.outcome(), r.textAgreed(), r.initialed(), r.referendum(),
                r.referendumPassed(), r.signed(), r.collapsed(), r.clashes(), r.spoilers(), r.agreedValues(),
                r.concessions(), r.sampledParameters());
    }

    @Override
    public List<String> sampledParameterPaths() {
        // The same at every point: the factors are fixed everywhere, the rest is untouched.
        return new Simulation(scenarioAt(0)).sampledParameterPaths();
    }
}
