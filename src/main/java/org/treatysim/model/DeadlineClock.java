package org.treatysim.model;

import java.time.temporal.ChronoUnit;
import org.treatysim.model.spec.DeadlineSpec;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * A deadline (docs/model.md section 7) as a calendar process: each step it works out its pressure on
 * each party, pressure[p]·exp(−(date − t)/λ) before the window, pressure[p] inside it, zero after,
 * and the clock multiplier of its letdown. The run's {@code shiftDays} moves the whole window (a
 * distribution makes the deadline stochastic).
 *
 * <p>A deadline with {@code missed} consequences checks, once, at the first step after the window's
 * last day (or at the horizon, when the window ended by then), whether a text is agreed; if not,
 * every mediator loses {@code trustLoss} of both parties' trust, each party's batna grows by its
 * {@code batna} amount, and the talks end (COLLAPSED, dated on the window's last day: no step came
 * in between) with probability {@code collapse}. It draws one uniform from the missed-deadline
 * stream then, whether or not the text is agreed, to keep common random numbers aligned.
 */
final class DeadlineClock implements Steppable {
    private static final long serialVersionUID = 1L;

    private final TreatyModel model;
    private final LiveParameters live;
    final String id;
    private final long dateDay;
    private final long endDay;
    private final int[] pressureSlots;
    private final int lambdaSlot;
    private final int shiftSlot;
    private final int letdownDaysSlot;
    private final int letdownFactorSlot;
    /** The consequences of missing it, or null when it has none. */
    private final Missed missed;

    final double[] pressure = new double[2];
    double letdown;

    DeadlineClock(TreatyModel model, DeadlineSpec spec) {
        this.model = model;
        this.live = model.live();
        this.id = spec.id();
        this.dateDay = ChronoUnit.DAYS.between(model.scenario().start(), spec.date());
        this.endDay = ChronoUnit.DAYS.between(model.scenario().start(), spec.end());
        String at = "deadlines." + id + ".";
        pressureSlots = Mediator.partySlots(model, at + "pressure.", spec.pressure().size());
        lambdaSlot = live.slot(at + "lambdaDays");
        shiftSlot = live.slot(at + "shiftDays");
        letdownDaysSlot = live.slot(at + "letdownDays");
        letdownFactorSlot = live.slot(at + "letdownFactor");
        missed = spec.missed().isPresent() ? new Missed(spec.missed().get().batna().size()) : null;
    }

    void beginRun() {
        pressure[0] = 0;
        pressure[1] = 0;
        letdown = 1;
        if (missed != null) missed.applied = false;
    }

    /** The last day of the window in this run (after the shift), in whole days since the start. */
    private long lastDay() {
        return (long) Math.floor(endDay + live.get(shiftSlot));
    }

    /** The first day of the window in this run (after the shift), in days since the start. */
    double shiftedDate() {
        return dateDay + live.get(shiftSlot);
    }

    @Override
    public void step(SimState simState) {
        if (model.ended()) return;
        double day = model.day();
        double shift = live.get(shiftSlot);
        double date = dateDay + shift;
        double end = endDay + shift;
        for (int p = 0; p < 2; p++) {
            double weight = Math.max(0, live.getOrZero(pressureSlots[p]));
            pressure[p] = NegotiationMath.deadlinePressure(weight, day, date, end, live.get(lambdaSlot));
        }
        letdown = NegotiationMath.letdown(day, end, Math.max(0, live.get(letdownDaysSlot)), live.get(letdownFactorSlot));
        checkMissed(day);
    }

    /**
     * Applies the consequences of missing the deadline once its window's last day has passed (or, at
     * the horizon, when it ended by then), if no text is agreed: see the class comment.
     *
     * @param today the current day; the check is made only when it is after the window's last day
     */
    void checkMissed(double today) {
        if (missed == null || missed.applied) return;
        long last = lastDay();
        if (today <= last) return;
        missed.applied = true;
        double draw = model.missedDeadlineStream().nextDouble();
        if (model.state() != NegotiationState.NEGOTIATING) return;
        model.recorder().note(missed.missedLabel);
        double loss = Math.max(0, live.get(missed.trustLossSlot));
        if (loss > 0) {
            for (Mediator mediator : model.mediators()) mediator.loseTrust(loss);
        }
        for (int p = 0; p < 2; p++) {
            if (missed.amountSlots[p] >= 0) live.add(missed.batnaSlots[p], live.get(missed.amountSlots[p]));
        }
        if (draw < live.get(missed.collapseSlot)) {
            model.recorder().note(missed.collapseLabel);
            model.collapse(last);
        }
    }

    /** The slots of a deadline's missed consequences. */
    private final class Missed {
        private final int collapseSlot;
        private final int trustLossSlot;
        /** Per party, the slot of the amount added to its batna (−1 when the scenario gives none) and of its batna. */
        private final int[] amountSlots;
        private final int[] batnaSlots = new int[2];
        private final String missedLabel = "missed " + id;
        private final String collapseLabel = "talks collapsed after missing " + id;
        private boolean applied;

        Missed(int batnaEntries) {
            String at = "deadlines." + id + ".missed.";
            collapseSlot = live.slot(at + "collapse");
            trustLossSlot = live.slot(at + "trustLoss");
            amountSlots = Mediator.partySlots(model, at + "batna.", batnaEntries);
            for (int p = 0; p < 2; p++) {
                batnaSlots[p] = live.slot("parties." + model.scenario().parties().get(p).id() + ".batna");
            }
        }
    }
}
