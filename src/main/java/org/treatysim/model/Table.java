package org.treatysim.model;

import org.treatysim.model.spec.Drafting;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The negotiating table (docs/model.md section 4), in the TABLE phase: issues whose offers met settle at
 * their midpoint; the lead mediator tables a bridging package; both parties accept it or not.
 *
 * <p>The mediator drafts the issues in play: the open ones and, in a package deal, the tentatively
 * settled ones too (nothing is agreed until everything is agreed, so they remain tradeable); in
 * issue-by-issue mode settled issues are locked and only the open ones are drafted. A party
 * compares a package with its own position: its offers on the issues in play and the agreed values
 * elsewhere (version 1: its offers on open issues and the settled values elsewhere). If the draft
 * is not accepted but no issue is open any more, the settled package itself is put to both parties.
 *
 * <p>{@code nash} drafting (docs/model.md section 5, correction D of version 2) works on the Pareto
 * frontier over the issues in play. The acceptable set A is the part of the frontier where each
 * party's utility plus its side payments reaches its floor, max(effective batna, U(own position));
 * it is an interval of the frontier's parameter, because one party's utility falls and the other's
 * rises along it. When A is not empty, the draft maximises the bias-weighted Nash product over A
 * (the Nash point clamped to A, the objective being unimodal), and where equally good packages
 * exist, the one nearest the midpoint of the two offers. When A is empty, the draft is version 1's:
 * the Nash point within the range between the offers, which nobody accepts. A misjudging lead
 * mediator sees each floor with a normal error and may table a draft that is refused.
 */
final class Table implements Steppable {
    private static final long serialVersionUID = 1L;
    /** Slack of the acceptability check that lets the model skip a Nash search no one could accept. */
    private static final double GATE_SLACK = 1e-7;

    private final TreatyModel model;
    private final Agenda agenda;
    private final Frontier frontier;
    private final boolean[] draftable;
    private final double[] draft;
    /** The settled package (no issue open), as the parties weigh it when no draft was accepted. */
    private final double[] settled;
    /** The midpoint of the two offers, toward which ties are resolved. */
    private final double[] middle;
    private final double[] segment = new double[2];
    private final double tolerance;
    private final boolean packageDeal;
    private final Drafting drafting;
    private final boolean correctedDrafting;
    private final boolean correctedFloor;

    // Published for the recorder: this step's lead mediator and what it drafted.
    private int leadMediator;
    private final double[] drafted;
    /**
     * Per party, its utility at the two ends of the acceptable set as the lead mediator saw it
     * (NaN when it was empty or not worked out), and by how much its floor (net of side payments)
     * was missed where the other's was met (0 when A was not empty). Worked out only for a trace.
     */
    private final double[] acceptableLow = new double[2];
    private final double[] acceptableHigh = new double[2];
    private final double[] floorMiss = new double[2];

    /**
     * Where the curved frontier's gate looked last (see {@link #certainlyRefused}): the point of its
     * supporting line, and the ends of the acceptable set. Kept from step to step, so the next
     * step's gate starts near them; written the same with or without a trace.
     */
    private double gatePoint;
    private double gateLow;
    private double gateHigh;

    Table(TreatyModel model) {
        this.model = model;
        this.agenda = model.agenda();
        this.frontier = model.frontier();
        int n = agenda.count();
        this.draftable = new boolean[n];
        this.draft = new double[n];
        this.settled = new double[n];
        this.middle = new double[n];
        this.drafted = new double[n];
        this.tolerance = model.scenario().tolerance();
        this.packageDeal = model.scenario().packageDeal();
        this.drafting = model.scenario().drafting();
        this.correctedDrafting = model.corrections().drafting();
        this.correctedFloor = model.corrections().acceptanceFloor();
    }

    void beginRun() {
        gatePoint = 0.5;
        gateLow = Double.NaN;
        gateHigh = Double.NaN;
        leadMediator = -1;
        java.util.Arrays.fill(drafted, Double.NaN);
        clearAcceptable();
    }

    private void clearAcceptable() {
        for (int p = 0; p < 2; p++) {
            acceptableLow[p] = Double.NaN;
            acceptableHigh[p] = Double.NaN;
            floorMiss[p] = Double.NaN;
        }
    }

    /** The index of this step's lead mediator, or −1 when none drafted (or the table did not sit). */
    int leadMediator() {
        return leadMediator;
    }

    /** The lead mediator's draft of issue i this step; NaN when none was drafted or the issue was not in play. */
    double drafted(int issue) {
        return drafted[issue];
    }

    /** Party p's lowest utility over this step's acceptable set; NaN when it was empty or not worked out (traces only). */
    double acceptableLow(int party) {
        return acceptableLow[party];
    }

    /** Party p's highest utility over this step's acceptable set; NaN when it was empty or not worked out (traces only). */
    double acceptableHigh(int party) {
        return acceptableHigh[party];
    }

    /** By how much party p's floor was missed where the other's was met; 0 when A was not empty, NaN when not worked out. */
    double floorMiss(int party) {
        return floorMiss[party];
    }

    /** Nash searches made in this run (for tests of the cache). */
    int nashSearches() {
        return frontier.searches();
    }

    @Override
    public void step(SimState simState) {
        if (model.ended()) return;
        int n = agenda.count();
        for (int i = 0; i < n; i++) drafted[i] = Double.NaN;
        leadMediator = -1;
        if (model.tracing()) clearAcceptable();
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
        if (lead >= 0 && draft(model.mediators()[lead], firstOwn, secondOwn)
                && first.accepts(draft, firstOwn) && second.accepts(draft, secondOwn)) {
            model.ratification().textAgreed(draft);
            return;
        }
        if (agenda.noneOpen()) {
            settledPackage(first, second);
            if (first.accepts(settled, firstOwn) && second.accepts(settled, secondOwn)) {
                model.ratification().textAgreed(settled);
            }
        }
    }

    /**
     * The settled package put to both parties when no issue is open, into {@link #settled}: the
     * agreed values, and each tentatively settled issue at the midpoint of the current offers
     * (correction C; version 1 kept the midpoint of the offers when the issue settled). With the
     * parties weighing packages against their current offers, a frozen midpoint could never be
     * accepted by a party that reached its reservation just short of it; the current midpoint is
     * accepted by both once their offers have crossed.
     */
    private void settledPackage(Party first, Party second) {
        agenda.valuesInto(settled);
        if (!correctedFloor) return;
        for (int i = 0; i < agenda.count(); i++) {
            if (agenda.status(i) == IssueStatus.TENTATIVE) {
                settled[i] = Math.min(agenda.upper(i), Math.max(0, (first.offers[i] + second.offers[i]) / 2));
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
     * @return false when there is nothing to draft, or when no draft could be accepted (a trace
     *         still records the draft)
     */
    private boolean draft(Mediator lead, double firstOwn, double secondOwn) {
        Party first = model.first();
        Party second = model.second();
        int n = agenda.count();
        int count = 0;
        for (int i = 0; i < n; i++) {
            draftable[i] = agenda.inPlay(i);
            draft[i] = draftable[i] ? Double.NaN : agenda.value(i);
            if (draftable[i]) count++;
        }
        if (count == 0) return false;
        boolean refused;
        if (drafting == Drafting.MIDPOINT) {
            refused = false;
            for (int i = 0; i < n; i++) {
                if (draftable[i]) {
                    double x = NegotiationMath.midpointDraft(first.offers[i], second.offers[i], lead.bias(),
                            agenda.orientation(i));
                    draft[i] = Math.min(agenda.upper(i), Math.max(0, x));
                }
            }
        } else {
            frontier.update();
            double firstNeeds = needs(first, firstOwn);
            double secondNeeds = needs(second, secondOwn);
            refused = !correctedDrafting && frontier.linearMode() ? draftVersionOne(lead.bias(), firstNeeds, secondNeeds)
                    : draftOnFrontier(lead, firstNeeds, secondNeeds);
            if (refused && !model.tracing()) return false;
        }
        for (int i = 0; i < n; i++) {
            if (draftable[i]) drafted[i] = draft[i];
        }
        return !refused;
    }

    /**
     * What the frontier must give a party for it to accept: its acceptance floor
     * ({@link NegotiationMath#acceptanceFloor}) less the side payments it would receive.
     */
    private static double needs(Party party, double ownOffer) {
        return NegotiationMath.acceptanceFloor(party.effectiveBatna, ownOffer) - party.sidePayments;
    }

    /**
     * Version 1's {@code nash} drafting on the linear frontier, kept bit for bit: the Nash point
     * within the range between the two offers, with shortcuts that skip the search when no draft
     * could be accepted.
     *
     * @param firstNeeds  what the first party needs from the frontier ({@link #needs}); secondNeeds likewise
     * @return true when the draft is certainly refused (then {@link #draft} is filled only when tracing)
     */
    private boolean draftVersionOne(double bias, double firstNeeds, double secondNeeds) {
        Party first = model.first();
        Party second = model.second();
        NashDrafting nash = frontier.linear();
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
        boolean refused = reachLow > reachHigh || secondOutOfReach;
        if (refused && !model.tracing()) return true;
        nash.segmentFor(first.utility(second.ownPackage), second.utility(first.ownPackage), segment);
        if (!refused) {
            double low = Math.max(segment[0], reachLow);
            double high = Math.min(segment[1], reachHigh);
            refused = low > high || nash.nashPointOutside(first.effectiveBatna, second.effectiveBatna, bias,
                    segment[0], segment[1], low, high);
            if (refused && !model.tracing()) return true;
        }
        double s = nash.nashPoint(first.effectiveBatna, second.effectiveBatna, bias, segment[0], segment[1]);
        nash.valuesAt(s, draftable, draft);
        return refused;
    }

    /**
     * {@code nash} drafting on the frontier of the issues in play (see the class comment): with
     * correction D, the Nash point within the acceptable set when there is one; otherwise, and
     * without correction D, version 1's rule, the Nash point within the range between the offers.
     *
     * @param firstNeeds  what the first party needs from the frontier ({@link #needs}); secondNeeds likewise
     * @return true when the draft is certainly refused: no point of the frontier meets both
     *         floors (then {@link #draft} is filled only when tracing)
     */
    private boolean draftOnFrontier(Mediator lead, double firstNeeds, double secondNeeds) {
        Party first = model.first();
        Party second = model.second();
        ParetoFrontier curve = frontier.current();
        boolean refused = certainlyRefused(curve, firstNeeds - GATE_SLACK, secondNeeds - GATE_SLACK);
        double firstSeen = firstNeeds;
        double secondSeen = secondNeeds;
        if (correctedDrafting) {
            // Drawn whenever the mediator drafts, refused or not, so the stream stays aligned.
            double error = lead.misjudgement();
            if (error > 0) {
                SplitMixStream stream = model.misjudgementStream();
                firstSeen += error * stream.nextGaussian();
                secondSeen += error * stream.nextGaussian();
            }
        }
        if (refused && !model.tracing()) return true;
        for (int i = 0; i < agenda.count(); i++) {
            if (draftable[i]) middle[i] = (first.offers[i] + second.offers[i]) / 2;
        }
        double bias = lead.bias();
        double length = curve.length();
        double t;
        double low;
        double high;
        double nashPoint = Double.NaN;
        if (correctedDrafting && !frontier.linearMode()) {
            // On a curved frontier the Nash point is looked at first: when it meets both floors as
            // seen it is the draft, and the ends of the acceptable set are needed only for a trace.
            // Otherwise they are searched for from the gate's, a few evaluations away.
            nashPoint = curve.nashPoint(first.effectiveBatna, second.effectiveBatna, bias);
            boolean acceptable = curve.firstUtility(nashPoint) >= firstSeen
                    && curve.secondUtility(nashPoint) >= secondSeen;
            boolean bounds = !acceptable || model.tracing();
            low = bounds ? curve.firstPointGivingSecond(secondSeen, gateLow) : nashPoint;
            high = bounds ? curve.lastPointGivingFirst(firstSeen, gateHigh) : nashPoint;
            if (acceptable) {
                low = Math.min(low, nashPoint);
                high = Math.max(high, nashPoint);
            }
        } else {
            low = curve.firstPointGivingSecond(secondSeen);
            high = curve.lastPointGivingFirst(firstSeen);
        }
        if (correctedDrafting && low <= high) {
            if (Double.isNaN(nashPoint)) nashPoint = curve.nashPoint(first.effectiveBatna, second.effectiveBatna, bias);
            t = Math.min(high, Math.max(low, nashPoint));
            if (model.tracing()) {
                acceptableLow[0] = curve.firstUtility(high);
                acceptableHigh[0] = curve.firstUtility(low);
                acceptableLow[1] = curve.secondUtility(low);
                acceptableHigh[1] = curve.secondUtility(high);
                floorMiss[0] = 0;
                floorMiss[1] = 0;
            }
        } else {
            // A tradeoff offer lies on the frontier, where its party offered it: the search for the
            // point that matches it starts there.
            double offerLow = Math.min(length, Math.max(0, curve.firstPointGivingSecond(second.utility(first.ownPackage),
                    first.offerPoint())));
            double offerHigh = Math.min(length, Math.max(0, curve.lastPointGivingFirst(first.utility(second.ownPackage),
                    second.offerPoint())));
            if (Double.isNaN(nashPoint)) nashPoint = curve.nashPoint(first.effectiveBatna, second.effectiveBatna, bias);
            t = Math.min(Math.max(offerLow, offerHigh), Math.max(Math.min(offerLow, offerHigh), nashPoint));
            if (model.tracing() && correctedDrafting) noteNoAcceptablePackage(curve, low, high, firstSeen, secondSeen);
        }
        curve.valuesAt(t, draftable, middle, draft);
        return refused;
    }

    /**
     * Whether no point of the frontier gives the first party {@code firstNeeds} and the second
     * {@code secondNeeds}. On the linear frontier this is two exact look-ups. On a curved one, a
     * supporting line of the frontier near where it came closest last step usually proves it with
     * one evaluation; otherwise the ends of the acceptable set are searched for, starting from last
     * step's, and the supporting line moves to between them.
     */
    private boolean certainlyRefused(ParetoFrontier curve, double firstNeeds, double secondNeeds) {
        if (frontier.linearMode()) {
            return curve.firstPointGivingSecond(secondNeeds) > curve.lastPointGivingFirst(firstNeeds);
        }
        CurvedFrontier curved = (CurvedFrontier) curve;
        if (curved.separates(gatePoint, firstNeeds, secondNeeds)) return true;
        double low = curved.firstPointGivingSecond(secondNeeds, gateLow);
        double high = curved.lastPointGivingFirst(firstNeeds, gateHigh);
        gateLow = Math.min(1, Math.max(0, low));
        gateHigh = Math.min(1, Math.max(0, high));
        gatePoint = (gateLow + gateHigh) / 2;
        return low > high;
    }

    /**
     * For a trace: the acceptable set is empty; by how much each floor (net of side payments) is
     * missed where the other's is met, or, when the other's cannot be met, at the other's best package.
     */
    private void noteNoAcceptablePackage(ParetoFrontier curve, double low, double high, double firstSeen,
                                         double secondSeen) {
        double length = curve.length();
        floorMiss[0] = Math.max(0, firstSeen - curve.firstUtility(Math.min(length, Math.max(0, low))));
        floorMiss[1] = Math.max(0, secondSeen - curve.secondUtility(Math.min(length, Math.max(0, high))));
    }
}
