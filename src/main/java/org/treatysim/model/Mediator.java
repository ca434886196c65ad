package org.treatysim.model;

import org.treatysim.model.spec.MediatorSpec;
import sim.engine.SimState;

/**
 * A mediator (docs/model.md section 5) in the MEDIATORS phase: works out each party's trust in it, the
 * pressure it puts on each party and the side payments it promises, and its standing
 * (engagement × mean trust), by which the lead mediator is chosen.
 *
 * <p>Side payments are capped by the budget: when the promised payments add up to more than the
 * budget, all of them are scaled down in proportion, so the sum equals the budget.
 */
public final class Mediator implements Role {
    private static final long serialVersionUID = 1L;

    private final TreatyModel model;
    private final LiveParameters live;
    private final String id;
    private final int engagementSlot;
    private final int[] leverageSlots;
    private final int biasSlot;
    private final int[] sidePaymentSlots;
    private final int budgetSlot;
    private final int biasPenaltySlot;
    private final int misjudgementSlot;

    /** The model's parameter epoch of the last update, and whether trust was lost since. */
    private int updateEpoch;
    private boolean trustMoved;

    // Run state, published for the parties and the table.
    private double trustLost;
    final double[] trust = new double[2];
    final double[] pressure = new double[2];
    final double[] sidePayment = new double[2];
    double engagement;
    double standing;

    Mediator(TreatyModel model, MediatorSpec spec) {
        this.model = model;
        this.live = model.live();
        this.id = spec.id();
        String at = "mediators." + id + ".";
        engagementSlot = live.slot(at + "engagement");
        leverageSlots = partySlots(model, at + "leverage.", spec.leverage().size());
        biasSlot = live.slot(at + "bias");
        sidePaymentSlots = partySlots(model, at + "sidePayment.", spec.sidePayment().size());
        budgetSlot = spec.budget().isPresent() ? live.slot(at + "budget") : -1;
        biasPenaltySlot = live.slot("biasPenalty");
        misjudgementSlot = live.slot(at + "misjudgement");
    }

    /** Slots of a per-party list, or -1 entries when the scenario leaves it out (zero). */
    static int[] partySlots(TreatyModel model, String prefix, int size) {
        int[] slots = {-1, -1};
        if (size == 0) return slots;
        if (size != 2) throw new IllegalArgumentException(prefix + " needs one value per party");
        slots[0] = model.live().slot(prefix + model.scenario().parties().get(0).id());
        slots[1] = model.live().slot(prefix + model.scenario().parties().get(1).id());
        return slots;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void beginRun() {
        trustLost = 0;
        trustMoved = true;
        update();
    }

    @Override
    public void step(SimState simState) {
        if (model.ended()) return;
        update();
    }

    /** Trust lost by both parties after a clash or spoiler incident. */
    void loseTrust(double loss) {
        trustLost += loss;
        trustMoved = true;
    }

    /** The mediator's current bias, in [−1, 1] (&gt; 0 favours the first party). */
    double bias() {
        return Math.min(1, Math.max(-1, live.get(biasSlot)));
    }

    /**
     * The standard deviation σ &ge; 0 of its error in seeing each party's acceptance floor when it
     * drafts (docs/model.md section 5), in utility units; negative values count as 0.
     */
    double misjudgement() {
        return Math.max(0, live.get(misjudgementSlot));
    }

    private void update() {
        // Everything below is a function of the live parameters and the trust lost: between events
        // and clashes (most steps) it would come out the same.
        if (!trustMoved && updateEpoch == live.epoch()) return;
        trustMoved = false;
        updateEpoch = live.epoch();
        engagement = Math.min(1, Math.max(0, live.get(engagementSlot)));
        double bias = bias();
        double biasPenalty = live.get(biasPenaltySlot);
        trust[0] = NegotiationMath.trust(bias, biasPenalty, trustLost);
        trust[1] = NegotiationMath.trust(-bias, biasPenalty, trustLost);
        for (int p = 0; p < 2; p++) {
            pressure[p] = NegotiationMath.mediatorPressure(engagement, live.getOrZero(leverageSlots[p]), trust[p]);
            sidePayment[p] = Math.max(0, live.getOrZero(sidePaymentSlots[p]));
        }
        double promised = sidePayment[0] + sidePayment[1];
        if (budgetSlot >= 0 && promised > 0) {
            double budget = Math.max(0, live.get(budgetSlot));
            if (promised > budget) {
                double scale = budget / promised;
                sidePayment[0] *= scale;
                sidePayment[1] *= scale;
            }
        }
        standing = engagement * (trust[0] + trust[1]) / 2;
    }
}
