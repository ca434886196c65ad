package org.treatysim.model;

import org.treatysim.model.spec.Offers;
import org.treatysim.model.spec.PartySpec;
import sim.engine.SimState;

/**
 * A principal (docs/model.md section 3) in the PARTIES phase: advances its negotiation clock under the
 * pressures on it and makes its offer on every issue by Faratin's time-dependent tactic: the same
 * share α(τ) of the concession range on every issue ({@code uniform}), or, with {@code tradeoff}
 * offers, the package of the Pareto frontier that keeps its aspiration 1 − α(τ)·(1 − R) in utility
 * and gives the other party the most.
 *
 * <p>Reads only values published in earlier phases (mediators, patrons, deadlines), in the
 * previous step (the other party's last concession) or derived from the live parameters and the
 * agenda (the frontier), so the order of the two parties within the phase does not matter.
 */
public final class Party implements Role {
    private static final long serialVersionUID = 1L;

    private final TreatyModel model;
    private final LiveParameters live;
    private final Agenda agenda;
    /** 0 for the first party, 1 for the second. */
    final int index;
    private final String id;
    private final int[] idealSlots;
    private final int[] reservationSlots;
    private final int[] salienceSlots;
    private final int patienceSlot;
    private final int stanceSlot;
    private final int initialConcessionSlot;
    private final int reciprocitySlot;
    private final int batnaSlot;
    private final int pressureToBatnaSlot;
    private final int lossExponentSlot;
    private final boolean tradeoff;
    private final boolean correctedFloor;
    private Party other;

    // Refreshed every step from the live parameters.
    final double[] ideals;
    final double[] weights;
    private final double[] rawSalience;
    private boolean weightsReady;
    /** The model's parameter epoch the ideals and weights were read at. */
    private int preferencesEpoch;

    // Run state.
    double clock;
    double share;
    private double pendingConcession;
    double publishedConcession;
    final double[] offers;
    final double[] ownPackage;
    /** Scratch: the reservation package, and the tradeoff offer before it is copied into the offers. */
    private final double[] reservationPackage;
    private final double[] tradeoffPackage;
    /** Where on the frontier its last tradeoff offer lay (a curved frontier's search starts there); NaN at first. */
    private double lastOfferPoint;
    /**
     * Its utility of its reservation package, and the parameter and agenda epochs it was worked out
     * at: it changes only when one of them moves, while the tradeoff offer needs it every step.
     */
    private double reservationUtility;
    private int reservationEpoch;
    private int reservationAgendaEpoch;
    double mediatorPressure;
    double deadlinePressure;
    double reciprocityPressure;
    double patronPressure;
    double effectiveBatna;
    double sidePayments;

    Party(TreatyModel model, int index, PartySpec spec) {
        this.model = model;
        this.live = model.live();
        this.agenda = model.agenda();
        this.index = index;
        this.id = spec.id();
        int n = agenda.count();
        if (spec.ideal().size() != n || spec.reservation().size() != n || spec.salience().size() != n) {
            throw new IllegalArgumentException("party " + id + " needs one ideal, reservation and salience per issue");
        }
        String at = "parties." + id + ".";
        idealSlots = new int[n];
        reservationSlots = new int[n];
        salienceSlots = new int[n];
        for (int i = 0; i < n; i++) {
            String issue = agenda.id(i);
            idealSlots[i] = live.slot(at + "ideal." + issue);
            reservationSlots[i] = live.slot(at + "reservation." + issue);
            salienceSlots[i] = live.slot(at + "salience." + issue);
        }
        patienceSlot = live.slot(at + "patienceDays");
        stanceSlot = live.slot(at + "stance");
        initialConcessionSlot = live.slot(at + "initialConcession");
        reciprocitySlot = live.slot(at + "reciprocity");
        batnaSlot = live.slot(at + "batna");
        pressureToBatnaSlot = live.slot("pressureToBatna");
        lossExponentSlot = live.slot(at + "lossExponent");
        tradeoff = spec.offers() == Offers.TRADEOFF;
        correctedFloor = model.corrections().acceptanceFloor();
        ideals = new double[n];
        weights = new double[n];
        rawSalience = new double[n];
        offers = new double[n];
        ownPackage = new double[n];
        reservationPackage = new double[n];
        tradeoffPackage = new double[n];
    }

    /** The slot of this party's ideal on issue i. */
    int idealSlot(int issue) {
        return idealSlots[issue];
    }

    void setOther(Party other) {
        this.other = other;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void beginRun() {
        lastOfferPoint = Double.NaN;
        reservationEpoch = live.epoch() - 1;
        clock = 0;
        pendingConcession = 0;
        publishedConcession = 0;
        mediatorPressure = 0;
        deadlinePressure = 0;
        reciprocityPressure = 0;
        patronPressure = 0;
        sidePayments = 0;
        weightsReady = false;
        preferencesEpoch = live.epoch() - 1;
        refreshPreferences();
        share = NegotiationMath.concessionShare(0, initialConcession(), stance());
        makeOffers();
        effectiveBatna = live.get(batnaSlot);
    }

    @Override
    public void step(SimState simState) {
        if (model.ended()) return;
        refreshPreferences();
        int who = index;
        double fromMediators = 0;
        for (Mediator mediator : model.mediators()) fromMediators += mediator.pressure[who];
        double fromPatrons = 0;
        for (Patron patron : model.patrons()) fromPatrons += patron.pressure[who];
        double fromDeadlines = 0;
        double letdown = 1;
        for (DeadlineClock deadline : model.deadlines()) {
            fromDeadlines += deadline.pressure[who];
            letdown *= deadline.letdown;
        }
        double side = 0;
        for (Mediator mediator : model.mediators()) side += mediator.sidePayment[who];
        mediatorPressure = fromMediators;
        patronPressure = fromPatrons;
        deadlinePressure = fromDeadlines;
        reciprocityPressure = NegotiationMath.reciprocityPressure(live.get(reciprocitySlot), other.publishedConcession,
                model.stepDays());
        sidePayments = side;
        effectiveBatna = NegotiationMath.effectiveBatna(live.get(batnaSlot), live.get(pressureToBatnaSlot),
                fromMediators - fromPatrons);

        double before = share;
        if (model.state() == NegotiationState.NEGOTIATING && !model.paused() && model.stepIndex() > 0) {
            double pressure = fromMediators + fromDeadlines + reciprocityPressure - fromPatrons;
            clock += NegotiationMath.clockIncrement(model.stepDays(), live.get(patienceSlot), pressure, letdown);
        }
        share = NegotiationMath.concessionShare(clock, initialConcession(), stance());
        pendingConcession = share - before;
        makeOffers();
    }

    /** Makes the other party's view of this step's concession current; called at the end of the step. */
    void publish() {
        publishedConcession = pendingConcession;
        pendingConcession = 0;
    }

    private double initialConcession() {
        return Math.min(1, Math.max(0, live.get(initialConcessionSlot)));
    }

    private double stance() {
        return Math.max(1e-6, live.get(stanceSlot));
    }

    /**
     * The loss exponent γ &ge; 1 of its issue utilities (docs/model.md section 3); values below 1
     * count as 1.
     */
    double lossExponent() {
        return Math.max(1, live.get(lossExponentSlot));
    }

    /** Reads its ideals and weights again when the parameters moved (the frontier calls it for both parties). */
    void refreshPreferences() {
        if (preferencesEpoch == live.epoch()) return;
        preferencesEpoch = live.epoch();
        int n = agenda.count();
        // The weights are a function of the raw saliences alone, which only events change: they
        // are normalised again only when a salience moved (NaN never compares equal, so it does too).
        boolean salienceMoved = !weightsReady;
        for (int i = 0; i < n; i++) {
            ideals[i] = live.get(idealSlots[i]);
            double raw = live.get(salienceSlots[i]);
            if (raw != rawSalience[i]) {
                rawSalience[i] = raw;
                salienceMoved = true;
            }
        }
        if (salienceMoved) {
            NegotiationMath.normaliseWeights(rawSalience, weights, n);
            weightsReady = true;
        }
    }

    private void makeOffers() {
        int n = agenda.count();
        for (int i = 0; i < n; i++) {
            double offer = NegotiationMath.offer(ideals[i], live.get(reservationSlots[i]), share);
            // A red line (after a failed referendum) caps what the first party can offer.
            offers[i] = index == 0 ? Math.min(offer, agenda.upper(i)) : offer;
        }
        if (tradeoff) makeTradeoffOffers();
    }

    /**
     * The tradeoff offer (docs/model.md section 3, Faratin, Sierra &amp; Jennings 2002): the clock sets
     * an aspiration a = B − α(τ)·(B − R) in utility, B its utility of its own best package on the
     * issues in play and R that of its reservation package; the offer is the frontier package where
     * its utility is a, the one that gives the other party the most. Where several packages do that
     * (issues the parties trade at the same rate), it takes the one nearest its uniform offer.
     */
    private void makeTradeoffOffers() {
        Frontier frontier = model.frontier();
        if (frontier.update() == 0) return;
        ParetoFrontier curve = frontier.current();
        boolean[] inPlay = frontier.inPlay();
        double length = curve.length();
        double best = index == 0 ? curve.firstUtility(0) : curve.secondUtility(length);
        double aspiration = best - share * (best - reservationUtility(inPlay));
        double t = index == 0 ? curve.lastPointGivingFirst(aspiration, lastOfferPoint)
                : curve.firstPointGivingSecond(aspiration, lastOfferPoint);
        t = Math.min(length, Math.max(0, t));
        lastOfferPoint = t;
        curve.valuesAt(t, inPlay, offers, tradeoffPackage);
        for (int i = 0; i < agenda.count(); i++) {
            if (inPlay[i]) offers[i] = tradeoffPackage[i];
        }
    }

    /** Where on the frontier its last tradeoff offer lay; NaN before the first or with uniform offers. */
    double offerPoint() {
        return lastOfferPoint;
    }

    /** Its utility of its reservations on the issues in play (capped by a red line for the first party), the other values as they stand. */
    private double reservationUtility(boolean[] inPlay) {
        if (reservationEpoch == live.epoch() && reservationAgendaEpoch == agenda.epoch()) return reservationUtility;
        int n = agenda.count();
        for (int i = 0; i < n; i++) {
            if (inPlay[i]) {
                double reservation = live.get(reservationSlots[i]);
                reservationPackage[i] = index == 0 ? Math.min(reservation, agenda.upper(i)) : reservation;
            } else {
                reservationPackage[i] = agenda.value(i);
            }
        }
        reservationUtility = utility(reservationPackage);
        reservationEpoch = live.epoch();
        reservationAgendaEpoch = agenda.epoch();
        return reservationUtility;
    }

    /** Fills {@link #ownPackage} with its own position (see {@link #ownPackageInto}). */
    void fillOwnPackage() {
        ownPackageInto(ownPackage);
    }

    /**
     * Writes this party's own position into {@code into}, the package against which it weighs a
     * draft (docs/model.md section 3): its offers on the issues in play, tentatively settled ones
     * included (correction C of version 2), and the agreed values elsewhere. Version 1 counted a
     * tentatively settled issue at its settled value.
     */
    void ownPackageInto(double[] into) {
        for (int i = 0; i < agenda.count(); i++) {
            boolean own = correctedFloor ? agenda.inPlay(i) : agenda.isOpen(i);
            into[i] = own ? offers[i] : agenda.value(i);
        }
    }

    /** Utility of a package for this party, with its loss exponent. */
    double utility(double[] values) {
        return NegotiationMath.utility(values, ideals, weights, lossExponent(), agenda.count());
    }

    /** Whether this party accepts the package (AC_next with a walk-away floor and side payments). */
    boolean accepts(double[] values, double ownOfferUtility) {
        return NegotiationMath.accepts(utility(values), sidePayments, effectiveBatna, ownOfferUtility);
    }
}
