package org.treatysim.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The state of a run after one step: what an analyst needs to see why a run ended as it did.
 *
 * @param step         step index, 0 at the scenario's start (a closing record after the last step
 *                     repeats the last index)
 * @param date         the step's date (for a closing record, the day the run ended)
 * @param state        the negotiation state after the step
 * @param paused       true while talks are paused by a clash or spoiler incident
 * @param leadMediator id of the mediator that drafted this step, or empty
 * @param parties      per party (first, second): clock, pressures by source, batna, side payments
 * @param issues       per issue (scenario order): status, both offers, drafted and agreed value
 * @param events       labels of what happened since the previous record, in order: scheduled
 *                     events, clashes, spoiler incidents, state changes
 * @param clashes      clashes so far in the run
 * @param spoilers     spoiler incidents so far in the run
 * @param mediators    per mediator (scenario order): engagement, each party's trust, standing
 * @param patrons      per patron (scenario order): its influence
 */
public record StepRecord(int step, LocalDate date, NegotiationState state, boolean paused, String leadMediator,
                         List<PartyStep> parties, List<IssueStep> issues, List<String> events, int clashes,
                         int spoilers, List<MediatorStep> mediators, List<PatronStep> patrons) {
    public StepRecord {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(state, "state");
        leadMediator = leadMediator == null ? "" : leadMediator;
        parties = List.copyOf(parties);
        issues = List.copyOf(issues);
        events = List.copyOf(events);
        mediators = List.copyOf(mediators);
        patrons = List.copyOf(patrons);
    }

    /** A step of a scenario without mediators or patrons, or whose third parties are not of interest. */
    public StepRecord(int step, LocalDate date, NegotiationState state, boolean paused, String leadMediator,
                      List<PartyStep> parties, List<IssueStep> issues, List<String> events, int clashes,
                      int spoilers) {
        this(step, date, state, paused, leadMediator, parties, issues, events, clashes, spoilers, List.of(),
                List.of());
    }

    /**
     * One party in one step.
     *
     * @param id                  party id
     * @param clock               negotiation clock τ, &ge; 0 (concessions stop growing at 1)
     * @param concessionShare     α(τ), the share of its concession range conceded, in [0, 1]
     * @param offerUtility        its utility of its own current offer, in [0, 1]
     * @param mediatorPressure    Σ engagement·leverage·trust over mediators, &ge; 0
     * @param deadlinePressure    Σ over deadlines, &ge; 0
     * @param reciprocityPressure ρ·(the other side's last concession as a yearly rate), &ge; 0
     * @param patronPressure      Σ influence·leverage over patrons, &ge; 0, acting against a deal
     * @param effectiveBatna      batna − pressureToBatna·(mediator − patron pressure)
     * @param sidePayments        utility promised by mediators on signature, &ge; 0
     * @param draftUtility        its utility of the package the lead mediator tabled this step, in
     *                            [0, 1]; NaN when no package was tabled
     * @param acceptableLow       its lowest utility over the acceptable set of {@code nash} drafting
     *                            (the frontier packages that meet both floors, as the lead mediator
     *                            saw them); NaN when the set was empty or no such draft was made
     * @param acceptableHigh      its highest utility over the acceptable set; NaN likewise
     * @param floorMiss           when the acceptable set was empty, by how much its floor (net of side
     *                            payments) was missed where the other party's was met, &ge; 0; 0 when
     *                            the set was not empty; NaN when no {@code nash} draft was made
     */
    public record PartyStep(String id, double clock, double concessionShare, double offerUtility,
                            double mediatorPressure, double deadlinePressure, double reciprocityPressure,
                            double patronPressure, double effectiveBatna, double sidePayments, double draftUtility,
                            double acceptableLow, double acceptableHigh, double floorMiss) {
        /** A step without an acceptable set worked out (midpoint drafting, or no draft). */
        public PartyStep(String id, double clock, double concessionShare, double offerUtility,
                         double mediatorPressure, double deadlinePressure, double reciprocityPressure,
                         double patronPressure, double effectiveBatna, double sidePayments, double draftUtility) {
            this(id, clock, concessionShare, offerUtility, mediatorPressure, deadlinePressure, reciprocityPressure,
                    patronPressure, effectiveBatna, sidePayments, draftUtility, Double.NaN, Double.NaN, Double.NaN);
        }

        /** True when the lead mediator found packages both parties accept (by its view of the floors). */
        public boolean acceptableSetFound() {
            return !Double.isNaN(acceptableLow);
        }

        /** The total pressure P on the clock: mediator + deadline + reciprocity − patron. */
        public double totalPressure() {
            return mediatorPressure + deadlinePressure + reciprocityPressure - patronPressure;
        }

        /**
         * What a tabled package must be worth to the party, side payments included, for it to
         * accept: the larger of its effective batna and its utility of its own offer.
         */
        public double acceptanceFloor() {
            return NegotiationMath.acceptanceFloor(effectiveBatna, offerUtility);
        }

        /** Whether it accepts the tabled package, by the model's own rule; false when none was tabled. */
        public boolean acceptsDraft() {
            return !Double.isNaN(draftUtility)
                    && NegotiationMath.accepts(draftUtility, sidePayments, effectiveBatna, offerUtility);
        }
    }

    /**
     * One issue in one step.
     *
     * @param id          issue id
     * @param status      open, tentatively settled or agreed
     * @param firstOffer  the first party's offer, in [0, 1]
     * @param secondOffer the second party's offer, in [0, 1]
     * @param drafted     the lead mediator's bridging value this step, NaN when none was drafted
     * @param value       the settled or agreed value, NaN while open
     */
    public record IssueStep(String id, IssueStatus status, double firstOffer, double secondOffer, double drafted,
                            double value) { }

    /**
     * One mediator in one step.
     *
     * @param id          mediator id
     * @param engagement  the effort it spends, in [0, 1]
     * @param firstTrust  the first party's trust in it, in [0, 1]
     * @param secondTrust the second party's trust in it, in [0, 1]
     * @param standing    engagement × mean trust, in [0, 1]: the largest drafts
     */
    public record MediatorStep(String id, double engagement, double firstTrust, double secondTrust,
                               double standing) { }

    /**
     * One patron in one step.
     *
     * @param id        patron id
     * @param influence its influence after this step's decay, in [0, 1]
     */
    public record PatronStep(String id, double influence) { }
}
