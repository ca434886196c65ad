package org.treatysim.model;

import org.treatysim.model.spec.PatronSpec;
import sim.engine.SimState;

/**
 * An outside power that may spoil a deal (docs/model.md section 6), in the PATRON phase. Its influence
 * decays every step by its yearly rate; it presses the parties against a deal (slowing their clocks
 * and raising their effective batnas, the mirror image of a mediator's pressure); and it provokes a
 * spoiler incident with probability influence·propensity·closeness·stepDays/365, so incidents grow
 * likelier as a deal nears. An incident ends the talks (COLLAPSED) with probability
 * {@code collapseOnIncident}. Draws exactly one uniform from the spoiler stream per step, whether or
 * not the incident fires, and one from the incident-collapse stream per incident, whether or not
 * it collapses the talks, to keep common random numbers aligned.
 */
public final class Patron implements Role {
    private static final long serialVersionUID = 1L;

    private final TreatyModel model;
    private final LiveParameters live;
    private final String id;
    final String label;
    private final int influenceSlot;
    private final int decaySlot;
    private final int propensitySlot;
    private final int[] leverageSlots;
    private final int collapseSlot;

    // Run state.
    final double[] pressure = new double[2];
    /** Its influence after this step's decay, in [0, 1] (for the trace). */
    double influence;
    double lastProbability;
    /** Spoiler incidents this patron provoked in the run. */
    private int incidents;
    /** The decay rate {@link #retention} was worked out for (NaN before the first step). */
    private double retentionDecay = Double.NaN;
    private double retention;

    Patron(TreatyModel model, PatronSpec spec, int index) {
        this.model = model;
        this.live = model.live();
        this.id = spec.id();
        this.label = "spoiler incident (" + id + ")";
        String at = "patrons." + id + ".";
        influenceSlot = live.slot(at + "influence");
        live.declareDecaying(influenceSlot);
        decaySlot = live.slot(at + "decayPerYear");
        propensitySlot = live.slot(at + "spoilerPropensity");
        leverageSlots = Mediator.partySlots(model, at + "leverage.", spec.leverage().size());
        collapseSlot = live.slot(at + "collapseOnIncident");
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void beginRun() {
        lastProbability = 0;
        influence = 0;
        pressure[0] = 0;
        pressure[1] = 0;
        retentionDecay = Double.NaN;
        incidents = 0;
    }

    /** Spoiler incidents this patron provoked in the run, &ge; 0. */
    int incidents() {
        return incidents;
    }

    @Override
    public void step(SimState simState) {
        if (model.ended()) return;
        if (model.stepIndex() > 0) {
            // This is decayedInfluence(); the power (a fifth of the patron's step) only changes
            // when an event changes the decay rate, so it is worked out again only then.
            double decay = live.get(decaySlot);
            if (decay != retentionDecay) {
                retention = NegotiationMath.influenceRetention(decay, model.stepDays());
                retentionDecay = decay;
            }
            live.decay(influenceSlot, retention);
        }
        influence = Math.min(1, Math.max(0, live.decaying(influenceSlot)));
        for (int p = 0; p < 2; p++) {
            pressure[p] = influence * Math.max(0, live.getOrZero(leverageSlots[p]));
        }
        double u = model.spoilerStream().nextDouble();
        lastProbability = NegotiationMath.spoilerProbability(influence, live.get(propensitySlot), model.closeness(),
                model.stepDays());
        if (u < lastProbability) {
            incidents++;
            model.interrupt(label);
            if (model.incidentCollapseStream().nextDouble() < live.get(collapseSlot) && !model.ended()) {
                model.recorder().note("the incident ended the talks");
                model.collapse((long) model.day());
            }
        }
    }
}
