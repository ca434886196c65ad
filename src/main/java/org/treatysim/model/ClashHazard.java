package org.treatysim.model;

import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Border clashes (docs/model.md section 8) as a calendar process: each step a clash happens with
 * probability 1 − exp(−clashesPerYear·stepDays/365) and escalates into collapse with probability
 * {@code escalation}. Draws exactly two uniforms per step from the run's clash stream (MASON's
 * {@code state.random}, seeded per run), whether or not a clash happens, so that the draws stay
 * aligned across scenarios (common random numbers).
 */
final class ClashHazard implements Steppable {
    private static final long serialVersionUID = 1L;

    private final TreatyModel model;
    private final LiveParameters live;
    private final int rateSlot;
    private final int escalationSlot;
    /** The yearly rate {@link #probability} was worked out for (NaN before the first step). */
    private double probabilityRate = Double.NaN;
    private double probability;
    /** Clashes in the run, &ge; 0. */
    private int clashes;

    ClashHazard(TreatyModel model) {
        this.model = model;
        this.live = model.live();
        this.rateSlot = live.slot("shocks.clashesPerYear");
        this.escalationSlot = live.slot("shocks.escalation");
    }

    void beginRun() {
        clashes = 0;
    }

    /** Clashes in the run so far, &ge; 0. */
    int clashes() {
        return clashes;
    }

    @Override
    public void step(SimState simState) {
        if (model.ended()) return;
        double occurrence = model.random.nextDouble();
        double escalation = model.random.nextDouble();
        // The exponential (a fifth of the hazard's step) only changes when an event changes the
        // rate, so it is worked out again only then.
        double rate = live.get(rateSlot);
        if (rate != probabilityRate) {
            probability = NegotiationMath.stepProbability(rate, model.stepDays());
            probabilityRate = rate;
        }
        if (occurrence < probability) {
            clashes++;
            model.interrupt("clash");
            if (escalation < live.get(escalationSlot)) {
                model.recorder().note("clash escalated");
                model.collapse((long) model.day());
            }
        }
    }
}
