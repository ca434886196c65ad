package org.treatysim.montecarlo.sweep;

import java.util.List;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.stats.sensitivity.Design;

/**
 * Runs a whole design as one sequence of run indices, so that the engine can spread all the
 * points' runs over its threads at once: sweep index g is run {@code g mod R} of design point
 * {@code g div R}. Every point therefore uses the run indices 0..R-1, and with them the same run
 * seeds (common random numbers).
 *
 * <p>One per worker thread. It compiles a point's scenario when the first of its runs comes and
 * keeps it while the following indices stay on that point; the engine hands out consecutive
 * indices, so each worker compiles each point it touches once per chunk.
 */
final class PointSimulator implements RunSimulator {
    private final Scenario base;
    private final Design design;
    private final int runsPerPoint;
    private int currentPoint = -1;
    private Simulation current;

    PointSimulator(Scenario base, Design design, int runsPerPoint) {
        this.base = base;
        this.design = design;
        this.runsPerPoint = runsPerPoint;
    }

    @Override
    public RunResult run(int sweepIndex) {
        int point = sweepIndex / runsPerPoint;
        if (point != currentPoint) {
            current = new Simulation(PointScenarios.at(base, design.factors(), design.row(point)));
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
        return new Simulation(PointScenarios.at(base, design.factors(), design.row(0))).sampledParameterPaths();
    }
}
