package org.treatysim.model;

import java.util.List;

/**
 * Runs Monte Carlo replications of one scenario, one at a time. Not thread-safe: the engine
 * keeps one instance per thread and reuses it across runs, so an implementation may recycle its
 * simulation objects; a run's result must depend only on the scenario, its seed and the run
 * index, never on which runs the instance made before.
 */
public interface RunSimulator {

    /** Runs replication {@code runIndex} (&ge; 0) from start to a terminal state or the horizon. */
    RunResult run(int runIndex);

    /** Dotted paths of the uncertain parameters, in the order of {@link RunResult#sampledParameters()}. */
    List<String> sampledParameterPaths();
}
