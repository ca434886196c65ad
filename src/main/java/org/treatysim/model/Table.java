package org.treatysim.model;

import org.treatysim.model.spec.Drafting;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The negotiating table (docs/model.md section 4), in the TABLE phase: issues whose offers met settle at
 * their midpoint; the lead mediator tables a bridging package; both parties accept it or not.
 *
 * <p>The mediator drafts the issues still in play: the open ones and, in a package deal, the
 * tentatively settled ones too (nothing is agreed until everything is agreed, so they remain
 * tradeable); in issue-by-issue mode settled issues are locked and only the open ones are drafted.
 * A party compares a package with its own current position: its offers on open issues and the
 * settled values elsewhere. If the draft is not accepted but no issue is open any more, the
 * settled package itself is put to both parties.
 */
final class Table implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Slack of the acceptability check that lets the model skip a Nash search no one could accept. */
    private static final double GATE_SLACK = 1e-7;

    private final TreatyModel model;
    private final Agenda agenda;
    private final LiveParameters live;
    private final NashDrafting nash;
    private final boolean[] draftable;
    private final double[] draft;
    /** The settled package (no issue open), as the parties weigh it when no draft was accepted. */
    private final double[] settled;
    /** The red lines the frontier was last prepared with. */
    private final double[] upper;
    private final double[] segment = new double[2];
    private final double tolerance;
    private final boolean packageDeal;
    private final Drafting drafting;
    /** The parameters' and the agenda's epochs when the Nash frontier was last prepared. */
    private int frontierParameterEpoch;
    private int frontierPackageEpoch;

    // Published for the recorder: this step's lead mediator and what it drafted.
    private int leadMediator;
    private final double[] drafted;

    Table(TreatyModel model) {
        this.model = model;
        this.agenda = model.agenda();
        this.live = model.live();
        int n = agenda.count();
        this.nash = new NashDrafting(n);
        this.draftable = new boolean[n];
        this.draft = new double[n];
        this.settled = new double[n];
        this.upper = new double[n];
        this.drafted = new double[n];
        this.tolerance = model.scenario().tolerance();
        this.packageDeal = model.scenario().packageDeal();
        this.drafting = model.scenario().drafting();
    }

    void beginRun() {
        nash.reset();
        frontierParameterEpoch = live.epoch() - 1;
        leadMediator = -1;
        java.util.Arrays.fill(drafted, Double.NaN);
    }

    /** The index of this step's lead mediator, or −1 when none drafted (or the table did not sit). */
    int leadMediator() {
        return leadMediator;
    }

    /** The lead mediator's draft of issue i this step; NaN when none was drafted or the issue was not in play. */
    double drafted(int issue) {
        return drafted[issue];
    }

    /** Brent searches made in this run (for tests of the cache). */
    int nashSearches() {
        return nash.searches();
    }

    @Override
    public void step(SimState simState) {
        if (model.ended()) return;
        int n = agenda.count();
        for (int i = 0; i < n; i++) drafted[i] = Double.NaN;
        leadMediator = -1;
        if (model.state() == NegotiationState.NEGOTIATING && !model.paused()) {
            negotiate();
        }
        model.first().publish();
        model.second().publish();
    }

    private void negotiate() {
        Party first = model.first();
        Party second = model.second();
        settleConvergedIssues();
        first.fillOwnPackage();
        second.fillOwnPackage();
        double firstOwn = first.utility(first.ownPackage);
        double secondOwn = second.utility(second.ownPackage);

        int lead = chooseLeadMediator();
        leadMediator = lead;
        if (lead >= 0 && draft(model.mediators()[lead].bias(), firstOwn, secondOwn)
                && first.accepts(draft, firstOwn) && second.accepts(draft, secondOwn)) {
            model.ratification().textAgreed(draft);
            return;
        }
        if (agenda.noneOpen()) {
            agenda.valuesInto(settled);
            if (first.accepts(settled, firstOwn) && second.accepts(settled, secondOwn)) {
                model.ratification().textAgreed(settled);
            }
        }
    }

    /** Settles every open issue whose offers met or crossed (gap ≤ tolerance) at their midpoint. */
    private void settleConvergedIssues() {
        Party first = model.first();
        Party second = model.second();
        for (int i = 0; i < agenda.count(); i++) {
            if (!agenda.isOpen(i)) continue;
            double gap = agenda.orientation(i) * (second.offers[i] - first.offers[i]);
            if (gap <= tolerance) {
                double at = Math.min(agenda.upper(i), Math.max(0, (first.offers[i] + second.offers[i]) / 2));
                agenda.settle(i, at, packageDeal);
                if (model.tracing()) {
                    model.recorder().note(agenda.id(i) + (packageDeal ? " settled (tentative) at " : " agreed at ")
                            + String.format(java.util.Locale.ROOT, "%.3f", at));
                }
            }
        }
    }

    /** The mediator with the highest engagement × trust, or -1 when none is engaged and trusted. */
    private int chooseLeadMediator() {
        int lead = -1;
        double best = 0;
        Mediator[] mediators = model.mediators();
        for (int m = 0; m < mediators.length; m++) {
            if (mediators[m].standing > best) {
                best = mediators[m].standing;
                lead = m;
            }
        }
        return lead;
    }

    /**
     * Drafts a bridging package into {@link #draft} (and {@link #drafted}).
     *
     * @return false when there is nothing to draft, or when no Nash draft could be accepted (a
     *         trace still records that draft)
     */
    private boolean draft(double bias, double firstOwn, double secondOwn) {
        Party first = model.first();
        Party second = model.second();
        int n = agenda.count();
        int count = 0;
        for (int i = 0; i < n; i++) {
            IssueStatus status = agenda.status(i);
            draftable[i] = status == IssueStatus.OPEN || (packageDeal && status == IssueStatus.TENTATIVE);
            draft[i] = draftable[i] ? Double.NaN : agenda.value(i);
            if (draftable[i]) count++;
        }
        if (count == 0) return false;
        boolean refused = false;
        if (drafting == Drafting.MIDPOINT) {
            for (int i = 0; i < n; i++) {
                if (draftable[i]) {
                    double x = NegotiationMath.midpointDraft(first.offers[i], second.offers[i], bias, agenda.orientation(i));
                    draft[i] = Math.min(agenda.upper(i), Math.max(0, x));
                }
            }
        } else {
            // The frontier is a function of the statuses, settled values, red lines and the parties'
            // ideals and weights; between changes of these it stands (most steps: only offers move).
            if (frontierParameterEpoch != live.epoch() || frontierPackageEpoch != agenda.epoch()) {
                agenda.uppersInto(upper);
                nash.prepare(n, draftable, draft, upper, first.ideals, first.weights, second.ideals, second.weights);
                frontierParameterEpoch = live.epoch();
                frontierPackageEpoch = agenda.epoch();
            }
            double firstNeeds = Math.max(first.effectiveBatna, firstOwn) - first.sidePayments;
            double secondNeeds = Math.max(second.effectiveBatna, secondOwn) - second.sidePayments;
            // The frontier points that satisfy the second party start at reachLow (firstPointGiving
            // answers the frontier's end when its needs are out of reach everywhere, hence the
            // separate check); those that satisfy the first end at reachHigh.
            double reachLow = nash.firstPointGiving(secondNeeds - GATE_SLACK);
            double reachHigh = nash.firstUtility(0) - firstNeeds + GATE_SLACK;
            boolean secondOutOfReach = secondNeeds - GATE_SLACK > nash.secondBest();
            // Whatever the Nash point, a draft is refused when no point of the frontier satisfies
            // both parties, or none of the segment between the offers does, or when the Nash point
            // certainly lies where one of them refuses it; the search is then skipped. The cheapest
            // checks come first. The decision is the same with or without a trace: a trace only
            // asks for the refused draft too, to show it.
            refused = reachLow > reachHigh || secondOutOfReach;
            if (refused && !model.tracing()) return false;
            nash.segmentFor(first.utility(second.ownPackage), second.utility(first.ownPackage), segment);
            if (!refused) {
                double low = Math.max(segment[0], reachLow);
                double high = Math.min(segment[1], reachHigh);
                refused = low > high || nash.nashPointOutside(first.effectiveBatna, second.effectiveBatna, bias,
                        segment[0], segment[1], low, high);
                if (refused && !model.tracing()) return false;
            }
            double s = nash.nashPoint(first.effectiveBatna, second.effectiveBatna, bias, segment[0], segment[1]);
            nash.valuesAt(s, draftable, draft);
        }
        for (int i = 0; i < n; i++) {
            if (draftable[i]) drafted[i] = draft[i];
        }
        return !refused;
    }
}
