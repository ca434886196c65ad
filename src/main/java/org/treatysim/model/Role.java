package org.treatysim.model;

import sim.engine.Steppable;

/**
 * An agent role of the model (party, mediator, patron): a MASON {@link Steppable} in its phase.
 *
 * <p>The contract every role keeps (checked by the role contract test):
 * <ul>
 *   <li>{@link #beginRun()} restores everything the role remembers, so a reused model behaves
 *       exactly like a fresh one;</li>
 *   <li>{@link #step} reads only the live parameters, the model's state and what other agents
 *       published in earlier phases or steps, so the order of agents within a phase is
 *       irrelevant;</li>
 *   <li>a step after the run has ended changes nothing;</li>
 *   <li>a step allocates nothing and never draws from MASON's own generator except through the
 *       streams the model hands out.</li>
 * </ul>
 */
public interface Role extends Steppable {
    /** Forgets the previous run; called by the model before the first step of each run. */
    void beginRun();

    /** The actor's id from the scenario (e.g. ARM, USA, RUS). */
    String id();
}
