package org.treatysim.model;

import java.util.ArrayList;
import java.util.List;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The RECORDER phase and the run's trace: holds the run's listener, if any, collects the labels of
 * what happened since the last record ({@link #note}) and hands a {@link StepRecord} to the
 * listener after every step. It only records: nothing in the model reads what it holds, so a
 * traced run takes the same path as an untraced one. Without a listener it keeps nothing, and
 * untraced runs allocate nothing here.
 */
final class Recorder implements Steppable {
    private static final long serialVersionUID = 1L;

    private final TreatyModel model;
    private final List<String> labels = new ArrayList<>(16);
    private StepListener listener;
    private int lastStep;

    Recorder(TreatyModel model) {
        this.model = model;
    }

    /** Sets the run's listener (null for an untraced run); before {@link #beginRun()}. */
    void listen(StepListener stepListener) {
        listener = stepListener;
    }

    /** True when the run is traced: only then is it worth building labels that need work. */
    boolean tracing() {
        return listener != null;
    }

    void beginRun() {
        lastStep = 0;
        labels.clear();
    }

    /** Notes what happened (an event, a clash, a change of state) for the next record. */
    void note(String label) {
        if (listener != null) labels.add(label);
    }

    @Override
    public void step(SimState simState) {
        if (listener != null) {
            listener.onStep(record(model.stepIndex(), model.day()));
        }
        lastStep = model.stepIndex();
        labels.clear();
    }

    /** Emits a last record when the run ended between steps (a milestone or the horizon), and lets the listener go. */
    void close() {
        if (listener != null && !labels.isEmpty()) {
            listener.onStep(record(lastStep, model.endDay() >= 0 ? model.endDay() : model.day()));
        }
        labels.clear();
        listener = null;
    }

    private StepRecord record(int step, double day) {
        Agenda agenda = model.agenda();
        Table table = model.table();
        Party first = model.first();
        Party second = model.second();
        int n = agenda.count();
        double[] tabled = tabledPackage(agenda, table);
        List<StepRecord.PartyStep> parties = List.of(partyStep(first, n, tabled, table),
                partyStep(second, n, tabled, table));
        List<StepRecord.IssueStep> issues = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            issues.add(new StepRecord.IssueStep(agenda.id(i), agenda.status(i), first.offers[i], second.offers[i],
                    table.drafted(i), agenda.value(i)));
        }
        int lead = table.leadMediator();
        String leadId = lead >= 0 ? model.mediators()[lead].id() : "";
        List<StepRecord.MediatorStep> mediators = new ArrayList<>(model.mediators().length);
        for (Mediator mediator : model.mediators()) {
            mediators.add(new StepRecord.MediatorStep(mediator.id(), mediator.engagement, mediator.trust[0],
                    mediator.trust[1], mediator.standing));
        }
        List<StepRecord.PatronStep> patrons = new ArrayList<>(model.patrons().length);
        for (Patron patron : model.patrons()) {
            patrons.add(new StepRecord.PatronStep(patron.id(), patron.influence));
        }
        return new StepRecord(step, model.date(day), model.state(), model.paused(), leadId, parties, issues,
                new ArrayList<>(labels), model.clashes(), model.spoilers(), mediators, patrons);
    }

    /**
     * The package the lead mediator tabled this step, as the table weighed it (drafted values on
     * the issues in play, settled values elsewhere), or null when nothing was tabled.
     */
    private static double[] tabledPackage(Agenda agenda, Table table) {
        double[] tabled = new double[agenda.count()];
        boolean any = false;
        for (int i = 0; i < tabled.length; i++) {
            boolean drafted = !Double.isNaN(table.drafted(i));
            any |= drafted;
            tabled[i] = drafted ? table.drafted(i) : agenda.value(i);
        }
        return any ? tabled : null;
    }

    private static StepRecord.PartyStep partyStep(Party party, int issueCount, double[] tabled, Table table) {
        double[] own = new double[issueCount];
        party.ownPackageInto(own);
        int p = party.index;
        return new StepRecord.PartyStep(party.id(), party.clock, party.share, party.utility(own),
                party.mediatorPressure, party.deadlinePressure, party.reciprocityPressure, party.patronPressure,
                party.effectiveBatna, party.sidePayments, tabled == null ? Double.NaN : party.utility(tabled),
                table.acceptableLow(p), table.acceptableHigh(p), table.floorMiss(p));
    }
}
