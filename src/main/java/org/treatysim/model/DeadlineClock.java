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
    }

    void beginRun() {
        pressure[0] = 0;
        pressure[1] = 0;
        letdown = 1;
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
    }
}
