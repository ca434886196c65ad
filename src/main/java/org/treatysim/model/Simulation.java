package org.treatysim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.treatysim.model.spec.Scenario;

/**
 * Runs replications of one scenario on one reusable {@link TreatyModel} (MODEL.md sections 2–11).
 *
 * <p>The constructor compiles the scenario once: the parameter table by dotted path, the agents,
 * the calendar. {@link #run(int)} then draws the run's parameters from its own seed, restarts the
 * model and steps MASON's schedule until a terminal state or the horizon. A run's result depends
 * only on the scenario, its seed and the run index, never on earlier runs of the instance.
 *
 * <p>Not thread-safe: use one instance per thread.
 */
public final class Simulation implements RunSimulator {
    private final Scenario scenario;
    private final ParameterTable parameters;
    private final TreatyModel model;

    /** Compiles {@code scenario} (already validated by the scenario loader). */
    public Simulation(Scenario scenario) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.parameters = new ParameterTable(scenario);
        this.model = new TreatyModel(scenario, parameters);
    }

    /** The scenario this simulation runs. */
    public Scenario scenario() {
        return scenario;
    }

    @Override
    public List<String> sampledParameterPaths() {
        return parameters.sampledPaths();
    }

    @Override
    public RunResult run(int runIndex) {
        return run(runIndex, null);
    }

    /**
     * Runs replication {@code runIndex}, handing a record of every step to {@code listener}.
     *
     * @param listener receives the steps, or null for an untraced run
     */
    public RunResult run(int runIndex, StepListener listener) {
        long seed = RunStreams.runSeed(scenario.seed(), runIndex);
        TreatyModel m = model;
        m.prepare(seed, listener);
        m.start();
        while (!m.ended) {
            if (!m.schedule.step(m)) break;
        }
        m.recorder.close();
        m.finish();
        m.listener = null;
        return result(runIndex, seed);
    }

    /** The underlying MASON model (for tests of the roles and phases). */
    TreatyModel model() {
        return model;
    }

    private RunResult result(int runIndex, long seed) {
        TreatyModel m = model;
        Outcome outcome = switch (m.state) {
            case SIGNED -> Outcome.SIGNED;
            case COLLAPSED -> Outcome.COLLAPSED;
            default -> Outcome.STALLED;
        };
        int n = m.issueCount;
        double[] agreed = new double[n];
        for (int i = 0; i < n; i++) {
            agreed[i] = m.status[i] == IssueStatus.AGREED ? m.value[i] : Double.NaN;
        }
        double[] concessions = new double[2];
        Party[] parties = {m.first, m.second};
        for (int p = 0; p < 2; p++) {
            Party party = parties[p];
            party.fillOwnPackage();
            concessions[p] = NegotiationMath.concession(party.ownPackage, party.ideals, party.weights, n);
        }
        return new RunResult(runIndex, seed, outcome, date(m.textAgreedDay), date(m.initialedDay),
                date(m.referendumDay), m.referendumPassed, date(m.signedDay), date(m.collapsedDay), m.clashes,
                m.spoilers, agreed, concessions, m.sampled.clone());
    }

    private LocalDate date(long day) {
        return day < 0 ? null : scenario.start().plusDays(day);
    }
}
