package org.treatysim.model;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The RECORDER phase: hands a {@link StepRecord} to the run's listener, if any, and clears the
 * step's labels. Without a listener it only clears, so untraced runs allocate nothing here.
 */
final class Recorder implements Steppable {
    private static final long serialVersionUID = 1L;

    private final TreatyModel model;
    private int lastStep;

    Recorder(TreatyModel model) {
        this.model = model;
    }

    void beginRun() {
        lastStep = 0;
    }

    @Override
    public void step(SimState simState) {
        if (model.listener != null) {
            model.listener.onStep(record(model.stepIndex, model.day));
        }
        lastStep = model.stepIndex;
        model.labels.clear();
    }

    /** Emits a last record when the run ended between steps (a milestone or the horizon). */
    void close() {
        if (model.listener != null && !model.labels.isEmpty()) {
            model.listener.onStep(record(lastStep, model.endDay >= 0 ? model.endDay : model.day));
        }
        model.labels.clear();
    }

    private StepRecord record(int step, double day) {
        Party first = model.first;
        Party second = model.second;
        first.fillOwnPackage();
        second.fillOwnPackage();
        double[] tabled = tabledPackage();
        List<StepRecord.PartyStep> parties = List.of(partyStep(first, tabled), partyStep(second, tabled));
        List<StepRecord.IssueStep> issues = new ArrayList<>(model.issueCount);
        for (int i = 0; i < model.issueCount; i++) {
            issues.add(new StepRecord.IssueStep(model.issueIds[i], model.status[i], first.offers[i], second.offers[i],
                    model.drafted[i], model.value[i]));
        }
        String lead = model.leadMediator >= 0 ? model.mediators[model.leadMediator].id() : "";
        return new StepRecord(step, model.date(day), model.state, model.paused(), lead, parties, issues,
                new ArrayList<>(model.labels), model.clashes, model.spoilers);
    }

    /**
     * The package the lead mediator tabled this step, as the table weighed it (drafted values on
     * the issues in play, settled values elsewhere), or null when nothing was tabled.
     */
    private double[] tabledPackage() {
        double[] tabled = new double[model.issueCount];
        boolean any = false;
        for (int i = 0; i < model.issueCount; i++) {
            boolean drafted = !Double.isNaN(model.drafted[i]);
            any |= drafted;
            tabled[i] = drafted ? model.drafted[i] : model.value[i];
        }
        return any ? tabled : null;
    }

    private static StepRecord.PartyStep partyStep(Party party, double[] tabled) {
        return new StepRecord.PartyStep(party.id(), party.clock, party.share, party.utility(party.ownPackage),
                party.mediatorPressure, party.deadlinePressure, party.reciprocityPressure, party.patronPressure,
                party.effectiveBatna, party.sidePayments, tabled == null ? Double.NaN : party.utility(tabled));
    }
}
