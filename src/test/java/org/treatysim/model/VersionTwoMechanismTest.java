package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.treatysim.model.ScenarioBuilder.fixed;
import static org.treatysim.model.ScenarioBuilder.uniform;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Drafting;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.Offers;
import org.treatysim.model.spec.Scenario;

/**
 * One test (or a few) per mechanism of model version 2 (docs/model.md sections 3–9), read off the
 * step records and results: tradeoff offers, the corrected floor, misjudging mediators, missed
 * deadlines, the referendum's date and terms, spoiler incidents that end the talks. The checks of
 * docs/model.md section 12 for version 2 are in {@code VersionTwoTheoryTest}.
 */
class VersionTwoMechanismTest {

    private static List<StepRecord> trace(Scenario scenario, int run, Corrections corrections) {
        List<StepRecord> records = new ArrayList<>();
        new Simulation(scenario, corrections).run(run, records::add);
        return records;
    }

    private static StepRecord.PartyStep first(StepRecord record) {
        return record.parties().get(0);
    }

    private static StepRecord.PartyStep second(StepRecord record) {
        return record.parties().get(1);
    }

    // ---- B. tradeoff offers ----

    /**
     * The first party weighs the issues 0.8 and 0.2, the second 0.5 and 0.5; reservations 0.5 and 1,
     * so R = 1 − 0.8·0.5 − 0.2·1 = 0.4 and the aspiration is 1 − 0.6·α. On the linear frontier the
     * first party gives up utility s = 0.6·α, on the second issue first (it gains the second party
     * 2.5 per unit the first loses, the first issue 0.625): the offer is (0, s/0.2) up to s = 0.2,
     * then ((s − 0.2)/0.8, 1). A uniform offer would be (0.5·α, α).
     */
    @Test
    void aTradeoffPartyConcedesFirstWhereItCaresLeast() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("security");
        b.issue("trade");
        b.first.salience(0.8, 0.2).reservation(0.5, 1).offers(Offers.TRADEOFF);
        b.second.salience(0.5, 0.5).patience(fixed(1e7));
        b.dates("2024-01-01", "2024-12-31");
        List<StepRecord> steps = trace(b.build(), 0, Corrections.VERSION_2);
        int checked = 0;
        for (StepRecord step : steps) {
            double alpha = first(step).concessionShare();
            double s = 0.6 * alpha;
            double expectedSecurity = s <= 0.2 ? 0 : (s - 0.2) / 0.8;
            double expectedTrade = s <= 0.2 ? s / 0.2 : 1;
            assertThat(step.issues().get(0).firstOffer()).as(step.date().toString()).isCloseTo(expectedSecurity, within(1e-9));
            assertThat(step.issues().get(1).firstOffer()).as(step.date().toString()).isCloseTo(expectedTrade, within(1e-9));
            // Its own position is worth its aspiration to it.
            assertThat(first(step).offerUtility()).isCloseTo(1 - s, within(1e-9));
            if (alpha > 0.1 && alpha < 0.9) checked++;
        }
        assertThat(checked).isGreaterThan(30);
        // At the end α ≈ 1: (0.6 − 0.2)/0.8 = 0.5 on the first issue, though its reservation there is 0.5
        // only by coincidence: a tradeoff party's per-issue reservations bound it through R alone.
        assertThat(steps.get(steps.size() - 1).issues().get(0).firstOffer()).isCloseTo(0.5, within(0.01));
    }

    /** Where the parties trade at the same rate on several issues, the offer is the one nearest the uniform offer. */
    @Test
    void aTradeoffOfferAmongEquallyGoodPackagesStaysNearTheUniformOne() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("a");
        b.issue("b");
        b.first.offers(Offers.TRADEOFF);
        b.second.patience(fixed(1e7));
        b.dates("2024-01-01", "2024-06-30");
        for (StepRecord step : trace(b.build(), 0, Corrections.VERSION_2)) {
            double alpha = first(step).concessionShare();
            assertThat(step.issues().get(0).firstOffer()).isCloseTo(alpha, within(1e-9));
            assertThat(step.issues().get(1).firstOffer()).isCloseTo(alpha, within(1e-9));
        }
    }

    // ---- C. the acceptance floor ----

    @Test
    void theOwnPositionHoldsTheOwnOfferOnATentativelySettledIssue() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("a");
        b.issue("b");
        for (Corrections corrections : new Corrections[] {Corrections.VERSION_2, Corrections.NONE}) {
            TreatyModel model = new Simulation(b.build(), corrections).model();
            model.prepare(RunStreams.runSeed(1, 0), null);
            model.start();
            model.agenda().settle(0, 0.5, true);
            double[] own = new double[2];
            model.first().ownPackageInto(own);
            // Version 2: its offer (its ideal 0 at the start); version 1: the settled value.
            assertThat(own[0]).isEqualTo(corrections.acceptanceFloor() ? model.first().offers[0] : 0.5);
            assertThat(own[1]).isEqualTo(model.first().offers[1]);
            // An agreed issue counts at its value in both.
            model.agenda().agreeAll(new double[] {0.3, 0.6});
            model.first().ownPackageInto(own);
            assertThat(own).containsExactly(0.3, 0.6);
        }
    }

    // ---- D. a misjudging mediator ----

    /**
     * One issue, symmetric parties, a neutral mediator with side payments of 0.1 each: the set of
     * drafts both accept opens at α = 0.4 and the draft is 0.5. A mediator who sees each floor with
     * an error of sd 0.05 sometimes tables a draft that is refused (never earlier, since nothing is
     * acceptable before), so runs differ and some agree later.
     */
    @Test
    void aMisjudgingMediatorSometimesTablesADraftThatIsRefused() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.drafting = Drafting.NASH;
        b.issue("border");
        b.mediator("MED").sidePayment(0.1, 0.1);
        Simulation exact = new Simulation(b.build(), Corrections.VERSION_2);
        LocalDate first = exact.run(0).textAgreed();
        assertThat(first).isNotNull();
        // Day ≥ 0.4·365 = 146, the step of day 147.
        assertThat(ChronoUnit.DAYS.between(b.start, first)).isEqualTo(147);
        for (int i = 1; i < 20; i++) assertThat(exact.run(i).textAgreed()).isEqualTo(first);

        b.mediators.get(0).misjudgement(0.05);
        Simulation misjudging = new Simulation(b.build(), Corrections.VERSION_2);
        int later = 0;
        for (int i = 0; i < 200; i++) {
            RunResult result = misjudging.run(i);
            assertThat(result.textAgreed()).isNotNull();
            assertThat(result.textAgreed()).isAfterOrEqualTo(first);
            assertThat(result.agreedValues()[0]).isCloseTo(0.5, within(0.02));
            if (result.textAgreed().isAfter(first)) later++;
        }
        assertThat(later).isBetween(20, 180);
        // The errors come from a stream of their own: the clash draws of a run do not move.
        b.clashes(3, 0, 0, 0);
        Scenario withClashes = b.build();
        b.mediators.get(0).misjudgement(0);
        Scenario exactWithClashes = b.build();
        for (int i = 0; i < 50; i++) {
            List<LocalDate> misjudged = clashDates(withClashes, i);
            List<LocalDate> seen = clashDates(exactWithClashes, i);
            int common = Math.min(misjudged.size(), seen.size());
            assertThat(misjudged.subList(0, common)).isEqualTo(seen.subList(0, common));
        }
    }

    private static List<LocalDate> clashDates(Scenario scenario, int run) {
        return trace(scenario, run, Corrections.VERSION_2).stream().filter(s -> s.events().contains("clash"))
                .map(StepRecord::date).toList();
    }

    // ---- E. missed deadlines ----

    /**
     * A deadline on 2024-03-01 that costs half the trust in every mediator and moves the batnas by
     * +0.1 and −0.05 when it is missed: from the step after it, the mediator's pressure
     * (engagement 1 × leverage 0.2 × trust) halves and the batnas move; before, nothing.
     */
    @Test
    void aMissedDeadlineCostsTrustAndMovesTheBatnas() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("border");
        b.first.patience(fixed(1e7));
        b.second.patience(fixed(1e7));
        b.mediator("MED").leverage(0.2, 0.2);
        b.deadline("summit", "2024-03-01").missed(0, 0.5, 0.1, -0.05);
        b.dates("2024-01-01", "2024-06-30");
        LocalDate end = LocalDate.parse("2024-03-01");
        for (StepRecord step : trace(b.build(), 0, Corrections.VERSION_2)) {
            boolean after = step.date().isAfter(end);
            assertThat(first(step).mediatorPressure()).as(step.date().toString()).isCloseTo(after ? 0.1 : 0.2, within(1e-12));
            assertThat(first(step).effectiveBatna()).isCloseTo(after ? 0.1 : 0, within(1e-12));
            assertThat(second(step).effectiveBatna()).isCloseTo(after ? -0.05 : 0, within(1e-12));
            // Checked once, at the first step after the window's last day (Friday 1 March; steps on Mondays).
            assertThat(step.events().contains("missed summit")).isEqualTo(step.date().equals(LocalDate.parse("2024-03-04")));
        }
    }

    @Test
    void aDeadlineMetCostsNothing() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("border");
        b.first.patience(fixed(100));
        b.second.patience(fixed(100));
        b.deadline("summit", "2024-06-01").missed(1, 0.5, 0.1, 0.1);
        RunResult result = new Simulation(b.build(), Corrections.VERSION_2).run(0);
        assertThat(result.textAgreed()).isBefore(LocalDate.parse("2024-06-01"));
        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED);
    }

    // ---- F. the referendum's date ----

    private static ScenarioBuilder agreedPastTheThreshold() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("constitution").referendum(0.5).agreed(0.8);
        b.referendum(true, "2024-03-01", fixed(0), fixed(0.6), fixed(0.5), 0.25, 0);
        return b;
    }

    @Test
    void theEarliestPollingDayMovesWithItsShift() {
        ScenarioBuilder b = agreedPastTheThreshold().referendumEarliestShift(fixed(30));
        assertThat(new Simulation(b.build(), Corrections.VERSION_2).run(0).referendum())
                .isEqualTo(LocalDate.parse("2024-03-31"));
    }

    /**
     * The text is agreed and initialed on 1 January; the vote is due on 1 March. An event on
     * 15 February adds 60 days to the earliest date: the vote moves to 30 April. An event that
     * moves it into the past holds it on the event's day.
     */
    @Test
    void anEventMovesAPendingVote() {
        ScenarioBuilder later = agreedPastTheThreshold();
        later.event("2024-02-15", "new government", EventSpec.Operation.ADD,
                "ratification.referendum.earliestShiftDays", fixed(60));
        RunResult moved = new Simulation(later.build(), Corrections.VERSION_2).run(0);
        assertThat(moved.referendum()).isEqualTo(LocalDate.parse("2024-04-30"));
        assertThat(moved.outcome()).isEqualTo(Outcome.SIGNED);
        List<StepRecord> steps = trace(later.build(), 0, Corrections.VERSION_2);
        assertThat(steps).anyMatch(s -> s.events().contains("referendum moved to 2024-04-30"));

        ScenarioBuilder sooner = agreedPastTheThreshold();
        sooner.event("2024-02-15", "snap vote", EventSpec.Operation.ADD, "ratification.referendum.earliestShiftDays",
                fixed(-60));
        assertThat(new Simulation(sooner.build(), Corrections.VERSION_2).run(0).referendum())
                .isEqualTo(LocalDate.parse("2024-02-15"));

        // Events may also set the preparation, add to support or multiply turnout before the vote.
        ScenarioBuilder prepared = agreedPastTheThreshold();
        prepared.event("2024-02-15", "campaign", EventSpec.Operation.SET, "ratification.referendum.prepDays", fixed(120));
        assertThat(new Simulation(prepared.build(), Corrections.VERSION_2).run(0).referendum())
                .isEqualTo(LocalDate.parse("2024-04-30"));
        ScenarioBuilder boycott = agreedPastTheThreshold();
        boycott.event("2024-02-15", "boycott", EventSpec.Operation.MULTIPLY, "ratification.referendum.turnout",
                fixed(0.5));
        assertThat(new Simulation(boycott.build(), Corrections.VERSION_2).run(0).referendumPassed()).isFalse();
    }

    // ---- G. spoiler incidents that end the talks ----

    @Test
    void aSpoilerIncidentMayEndTheTalks() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("border");
        b.first.patience(fixed(730));
        b.second.patience(fixed(730));
        b.patron("RUS").influence(fixed(1)).propensity(1);
        Scenario harmless = b.build();
        b.patrons.get(0).collapseOnIncident(1);
        Scenario fatal = b.build();
        b.patrons.get(0).collapseOnIncident(0.5);
        Scenario even = b.build();
        Simulation survives = new Simulation(harmless, Corrections.VERSION_2);
        Simulation ends = new Simulation(fatal, Corrections.VERSION_2);
        Simulation half = new Simulation(even, Corrections.VERSION_2);
        int collapsedAtTheFirst = 0;
        int halfCollapsed = 0;
        int withIncidents = 0;
        for (int i = 0; i < 400; i++) {
            List<StepRecord> steps = new ArrayList<>();
            survives.run(i, steps::add);
            LocalDate firstIncident = steps.stream().filter(s -> s.events().contains("spoiler incident (RUS)"))
                    .map(StepRecord::date).findFirst().orElse(null);
            RunResult result = ends.run(i);
            if (firstIncident == null) continue;
            withIncidents++;
            // The incidents are drawn as before (common random numbers): the first one ends the talks.
            assertThat(result.outcome()).as("run %d", i).isEqualTo(Outcome.COLLAPSED);
            assertThat(result.collapsed()).isEqualTo(firstIncident);
            assertThat(result.spoilers()).isEqualTo(1);
            collapsedAtTheFirst++;
            if (half.run(i).outcome() == Outcome.COLLAPSED) halfCollapsed++;
        }
        assertThat(withIncidents).isGreaterThan(100);
        assertThat(collapsedAtTheFirst).isEqualTo(withIncidents);
        // With probability 0.5 per incident, a run with incidents collapses with probability ≥ 0.5.
        assertThat(halfCollapsed).isBetween(withIncidents / 2 - 30, withIncidents);
        for (int i = 0; i < 400; i++) assertThat(survives.run(i).outcome()).isNotEqualTo(Outcome.COLLAPSED);
    }

    // ---- the change count ----

    @Test
    void addingToAParameterMovesTheChangeCount() {
        TreatyModel model = new Simulation(ScenarioBuilder.baseline().build()).model();
        model.prepare(RunStreams.runSeed(model.scenario().seed(), 3), null);
        LiveParameters live = model.live();
        int batna = live.slot("parties.ARM.batna");
        double before = live.get(batna);
        int epoch = live.epoch();
        live.add(batna, 0.1);
        assertThat(live.epoch()).isNotEqualTo(epoch);
        assertThat(live.get(batna)).isEqualTo(before + 0.1);
    }

    @Test
    void uncertainVersionTwoParametersAreDrawnPerRun() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("border");
        b.first.lossExponent(uniform(1, 3));
        Simulation simulation = new Simulation(b.build(), Corrections.VERSION_2);
        assertThat(simulation.sampledParameterPaths()).containsExactly("parties.ARM.lossExponent");
        assertThat(simulation.run(0).sampledParameters()[0]).isNotEqualTo(simulation.run(1).sampledParameters()[0]);
    }
}
