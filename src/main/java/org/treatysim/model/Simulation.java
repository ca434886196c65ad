package org.treatysim.model;

import java.util.List;
import java.util.Objects;
import org.treatysim.model.spec.Scenario;

/**
 * Runs replications of one scenario on one reusable {@link TreatyModel} (docs/model.md sections 1–10).
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
        this(scenario, Corrections.DEFAULT);
    }

    /** Compiles {@code scenario} for a model with or without the corrections of version 2 (for tests). */
    Simulation(Scenario scenario, Corrections corrections) {
        this.scenario = Objects.requireNonNull(scenario, "scenario");
        this.parameters = new ParameterTable(scenario);
        this.model = new TreatyModel(scenario, parameters, Objects.requireNonNull(corrections, "corrections"));
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
        model.prepare(seed, listener);
        model.runToEnd();
        return model.result(runIndex);
    }

    /** The underlying MASON model (for tests of the roles and phases). */
    TreatyModel model() {
        return model;
    }
}
