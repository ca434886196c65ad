package org.treatysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Border clashes (MODEL.md section 9) as a calendar process: each step a clash happens with
 * probability 1 − exp(−clashesPerYear·stepDays/365) and escalates into collapse with probability
 * {@code escalation}. Draws exactly two uniforms per step from the run's clash stream (MASON's
 * {@code state.random}, seeded per run), whether or not a clash happens, so that the draws stay
 * aligned across scenarios (common random numbers).
 */
final class ClashHazard implements Steppable {
    private static final long serialVersionUID = 1L;

    private final TreatyModel model;

    ClashHazard(TreatyModel model) {
        this.model = model;
    }

    @Override
    public void step(SimState simState) {
        if (model.ended) return;
        double occurrence = model.random.nextDouble();
        double escalation = model.random.nextDouble();
        double probability = NegotiationMath.stepProbability(model.live[model.clashRateSlot], model.stepDays);
        if (occurrence < probability) {
            model.clash(escalation < model.live[model.escalationSlot]);
        }
    }
}
