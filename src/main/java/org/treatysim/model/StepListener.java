package org.treatysim.model;

/**
 * Receives one immutable {@link StepRecord} per model step (and a last one when a run ends between
 * steps), for tracing a run. Called on the thread that runs the simulation. A run without a
 * listener builds no records.
 */
@FunctionalInterface
public interface StepListener {
    /** Called after the RECORDER phase of each step. */
    void onStep(StepRecord record);
}
