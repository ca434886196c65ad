package org.treatysim.report.trace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.treatysim.model.RunResult;
import org.treatysim.model.Simulation;
import org.treatysim.model.StepRecord;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;

/**
 * One run with its record of every step, and the ideal and reservation each party drew for it
 * (per party, first then second, per issue in scenario order, on the issue scale [0, 1]). The
 * ideal and reservation are the run's draws at its start; a scheduled event that moves them later
 * is seen in the offers, not in these lines.
 *
 * @param result      the run's result, the same as an untraced run of its index
 * @param steps       one record per step, and a closing one when the run ended between steps
 * @param ideal       [party][issue] the party's ideal value, in [0, 1]
 * @param reservation [party][issue] the party's reservation value, in [0, 1]
 */
public record TracedRun(RunResult result, List<StepRecord> steps, double[][] ideal, double[][] reservation) {
    public TracedRun {
        Objects.requireNonNull(result, "result");
        steps = List.copyOf(steps);
        if (steps.isEmpty()) throw new IllegalArgumentException("run " + result.run() + " has no steps");
    }

    /** Runs replication {@code run} of {@code simulation}'s scenario, recording every step. */
    public static TracedRun of(Simulation simulation, int run) {
        List<StepRecord> steps = new ArrayList<>();
        RunResult result = simulation.run(run, steps::add);
        Scenario scenario = simulation.scenario();
        List<String> sampled = simulation.sampledParameterPaths();
        int issues = scenario.issues().size();
        double[][] ideal = new double[2][issues];
        double[][] reservation = new double[2][issues];
        for (int p = 0; p < 2; p++) {
            PartySpec party = scenario.parties().get(p);
            for (int i = 0; i < issues; i++) {
                String at = "parties." + party.id() + ".";
                String issue = scenario.issues().get(i).id();
                ideal[p][i] = drawn(result, sampled, at + "ideal." + issue, party.ideal().get(i));
                reservation[p][i] = drawn(result, sampled, at + "reservation." + issue, party.reservation().get(i));
            }
        }
        return new TracedRun(result, steps, ideal, reservation);
    }

    /** The run's draw of an uncertain parameter, or the value of a fixed one. */
    private static double drawn(RunResult result, List<String> sampled, String path, Quantity quantity) {
        int slot = sampled.indexOf(path);
        return slot >= 0 ? result.sampledParameters()[slot] : quantity.mean();
    }
}
