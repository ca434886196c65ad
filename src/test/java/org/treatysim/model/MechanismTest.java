package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.treatysim.model.ScenarioBuilder.fixed;
import static org.treatysim.model.ScenarioBuilder.uniform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.Scenario;

/** One test (or a few) per mechanism of docs/model.md sections 3–9, read off the step records. */
class MechanismTest {
    private static final double WEEK = 7 / 365.0;

    private static List<StepRecord> trace(Scenario scenario, int run) {
        List<StepRecord> records = new ArrayList<>();
        new Simulation(scenario).run(run, records::add);
        return records;
    }

    private static ScenarioBuilder oneIssue() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("border");
        return b;
    }

    private static StepRecord.PartyStep first(StepRecord record) {
        return record.parties().get(0);
    }

    private static StepRecord.PartyStep second(StepRecord record) {
        return record.parties().get(1);
    }

    @Test
    void withoutPressureTheClockIsFaratinsWithTEqualToPatience() {
        List<StepRecord> steps = trace(oneIssue().build(), 0);
        // Patience 365, weekly steps: τ = 7k/365 at step k.
        for (int k = 0; k < 10; k++) {
            assertThat(first(steps.get(k)).clock()).isCloseTo(k * WEEK, within(1e-12));
        }
    }

    @Test
    void mediatorPressureSpeedsTheClockAndLowersTheBatna() {
        ScenarioBuilder b = oneIssue();
        b.pressureToBatna = fixed(0.2);
        b.first.batna(fixed(0.3));
        b.mediator("USA").engagement(0.5).leverage(1, 0);
        List<StepRecord> steps = trace(b.build(), 0);
        // Pressure = engagement·leverage·trust = 0.5; Δτ = (7/365)·1.5; batna 0.3 − 0.2·0.5 = 0.2.
        assertThat(first(steps.get(1)).mediatorPressure()).isCloseTo(0.5, within(1e-12));
        assertThat(first(steps.get(1)).clock()).isCloseTo(1.5 * WEEK, within(1e-12));
        assertThat(first(steps.get(1)).effectiveBatna()).isCloseTo(0.2, within(1e-12));
        assertThat(second(steps.get(1)).clock()).isCloseTo(WEEK, within(1e-12));
    }

    @Test
    void biasAgainstAPartyCostsItsTrustAndTheMediatorsPressureOnIt() {
        ScenarioBuilder b = oneIssue();
        b.biasPenalty = fixed(0.8);
        b.mediator("FRA").engagement(1).leverage(1, 1).bias(0.6);
        StepRecord step = trace(b.build(), 0).get(1);
        // Trust of the second party: 1 − 0.8·0.6 = 0.52, so its pressure is 0.52; the first's is 1.
        assertThat(first(step).mediatorPressure()).isCloseTo(1, within(1e-12));
        assertThat(second(step).mediatorPressure()).isCloseTo(0.52, within(1e-12));
    }

    @Test
    void theMostEngagedAndTrustedMediatorLeads() {
        ScenarioBuilder b = oneIssue();
        b.biasPenalty = fixed(1);
        b.mediator("FRA").engagement(0.9).bias(0.8);   // standing 0.9·(1 + 0.2)/2 = 0.54
        b.mediator("USA").engagement(0.6).bias(0);     // standing 0.6
        assertThat(trace(b.build(), 0).get(0).leadMediator()).isEqualTo("USA");
    }

    @Test
    void deadlinePressureBuildsUpBeforeTheDate() {
        ScenarioBuilder b = oneIssue();
        b.deadline("cop", "2024-03-11").pressure(1, 0).lambda(30);   // day 70
        List<StepRecord> steps = trace(b.build(), 0);
        for (int k = 0; k <= 10; k++) {
            assertThat(first(steps.get(k)).deadlinePressure()).isCloseTo(Math.exp(-(70 - 7.0 * k) / 30), within(1e-12));
            assertThat(second(steps.get(k)).deadlinePressure()).isZero();
        }
        assertThat(first(steps.get(11)).deadlinePressure()).isZero();
    }

    @Test
    void aLetdownSlowsTheClocksAfterTheDeadline() {
        ScenarioBuilder b = oneIssue();
        b.deadline("cop", "2024-01-29").lambda(30).letdown(28, 0.25);   // day 28, letdown days 29–56
        List<StepRecord> steps = trace(b.build(), 0);
        // Steps 1–4 at full speed, steps 5–8 (days 35–56) at a quarter, then full speed again.
        assertThat(first(steps.get(4)).clock()).isCloseTo(4 * WEEK, within(1e-12));
        assertThat(first(steps.get(8)).clock()).isCloseTo(5 * WEEK, within(1e-12));
        assertThat(first(steps.get(9)).clock()).isCloseTo(6 * WEEK, within(1e-12));
    }

    @Test
    void reciprocityAnswersTheOtherSidesLastConcession() {
        ScenarioBuilder b = oneIssue();
        b.first.reciprocity(fixed(0.3));
        List<StepRecord> steps = trace(b.build(), 0);
        // The second party concedes 7/365 of its range a week (β = 1): a yearly rate of 1, so the
        // first party's reciprocity pressure is 0.3 from step 2 on (step 1 sees step 0's zero).
        assertThat(first(steps.get(1)).reciprocityPressure()).isZero();
        assertThat(first(steps.get(2)).reciprocityPressure()).isCloseTo(0.3, within(1e-9));
        assertThat(first(steps.get(2)).clock()).isCloseTo(WEEK + 1.3 * WEEK, within(1e-9));
        assertThat(second(steps.get(2)).reciprocityPressure()).isZero();
    }

    @Test
    void patronLeverageActsAgainstADeal() {
        ScenarioBuilder b = oneIssue();
        b.pressureToBatna = fixed(0.5);
        b.first.batna(fixed(0.1));
        b.patron("RUS").influence(fixed(0.4)).leverage(0.5, 0);
        StepRecord step = trace(b.build(), 0).get(1);
        // Pressure against: 0.4·0.5 = 0.2; the clock runs at 0.8; the batna rises by 0.5·0.2.
        assertThat(first(step).patronPressure()).isCloseTo(0.2, within(1e-12));
        assertThat(first(step).clock()).isCloseTo(0.8 * WEEK, within(1e-12));
        assertThat(first(step).effectiveBatna()).isCloseTo(0.2, within(1e-12));
    }

    @Test
    void patronInfluenceDecaysYearByYear() {
        ScenarioBuilder b = oneIssue();
        b.stepDays = 1;
        b.dates("2024-01-01", "2025-06-30");
        b.first.reservation(0);          // nobody concedes: the run goes on
        b.second.reservation(1);
        b.patron("RUS").influence(fixed(0.5)).decay(0.2).leverage(1, 0);
        List<StepRecord> steps = trace(b.build(), 0);
        // After 365 daily steps: 0.5·0.8 = 0.4.
        assertThat(first(steps.get(365)).patronPressure()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void sidePaymentsAreCappedByTheBudgetInProportion() {
        ScenarioBuilder b = oneIssue();
        b.mediator("USA").sidePayment(0.3, 0.1).budget(0.2);
        StepRecord step = trace(b.build(), 0).get(0);
        // Promised 0.4 > budget 0.2: both scaled by one half.
        assertThat(first(step).sidePayments()).isCloseTo(0.15, within(1e-12));
        assertThat(second(step).sidePayments()).isCloseTo(0.05, within(1e-12));
        ScenarioBuilder spent = oneIssue();
        spent.mediator("USA").sidePayment(0.3, 0.1).budget(0);
        assertThat(first(trace(spent.build(), 0).get(0)).sidePayments()).isZero();
    }

    @Test
    void sidePaymentsBuyAcceptanceOfADraftBelowTheBatna() {
        // Both batnas 0.6 and offers that stop at the midpoint: the midpoint package is worth 0.5,
        // below the batna, so without side payments the run stalls; with 0.15 each it is signed.
        ScenarioBuilder b = oneIssue();
        b.first.reservation(0.5).batna(fixed(0.6));
        b.second.reservation(0.5).batna(fixed(0.6));
        b.mediator("USA");
        assertThat(new Simulation(b.build()).run(0).outcome()).isEqualTo(Outcome.STALLED);
        b.mediators.clear();
        b.mediator("USA").sidePayment(0.15, 0.15);
        assertThat(new Simulation(b.build()).run(0).outcome()).isEqualTo(Outcome.SIGNED);
    }

    @Test
    void eventsSetAddAndMultiplyParametersByPath() {
        ScenarioBuilder b = oneIssue();
        b.mediator("USA").engagement(0.5).leverage(1, 0);
        b.event("2024-01-15", "set", EventSpec.Operation.SET, "mediators.USA.engagement", fixed(0.8));
        b.event("2024-01-29", "add", EventSpec.Operation.ADD, "mediators.USA.engagement", fixed(-0.2));
        b.event("2024-02-12", "multiply", EventSpec.Operation.MULTIPLY, "mediators.USA.engagement", fixed(0.5));
        List<StepRecord> steps = trace(b.build(), 0);
        assertThat(first(steps.get(1)).mediatorPressure()).isCloseTo(0.5, within(1e-12));
        assertThat(first(steps.get(2)).mediatorPressure()).isCloseTo(0.8, within(1e-12));
        assertThat(steps.get(2).events()).containsExactly("set");
        assertThat(first(steps.get(4)).mediatorPressure()).isCloseTo(0.6, within(1e-12));
        assertThat(first(steps.get(6)).mediatorPressure()).isCloseTo(0.3, within(1e-12));
    }

    @Test
    void eventsOnTheSameDayApplyInScenarioOrder() {
        ScenarioBuilder b = oneIssue();
        b.mediator("USA").engagement(0.5).leverage(1, 0);
        b.event("2024-01-15", "first", EventSpec.Operation.ADD, "mediators.USA.engagement", fixed(0.1));
        b.event("2024-01-15", "second", EventSpec.Operation.MULTIPLY, "mediators.USA.engagement", fixed(2));
        StepRecord step = trace(b.build(), 0).get(2);
        assertThat(first(step).mediatorPressure()).isCloseTo(1.0, within(1e-12));   // (0.5 + 0.1)·2, capped at 1
        assertThat(step.events()).containsExactly("first", "second");
    }

    @Test
    void aClashPausesTheClocksAndCostsTrust() {
        ScenarioBuilder b = oneIssue();
        b.mediator("USA").leverage(1, 1);
        b.clashes(10_000, 2, 0.25, 0);   // a clash every step, two-week pauses, no escalation
        List<StepRecord> steps = trace(b.build(), 0);
        assertThat(steps.get(0).paused()).isTrue();
        assertThat(first(steps.get(5)).clock()).isZero();
        assertThat(steps.get(0).events()).contains("clash");
        // Trust 1 − 0.25 after the first clash, 0 after four: the mediator's pressure vanishes.
        assertThat(first(steps.get(0)).mediatorPressure()).isCloseTo(0.75, within(1e-12));
        assertThat(first(steps.get(3)).mediatorPressure()).isZero();
    }

    @Test
    void anEscalatingClashCollapsesTheTalks() {
        ScenarioBuilder b = oneIssue();
        b.clashes(10_000, 0, 0, 1);
        RunResult result = new Simulation(b.build()).run(0);
        assertThat(result.outcome()).isEqualTo(Outcome.COLLAPSED);
        assertThat(result.collapsed()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(result.clashes()).isEqualTo(1);
    }

    @Test
    void spoilerIncidentsGrowLikelierAsTheDealNears() {
        // Influence 1, propensity 1: the probability per step is closeness·7/365. Offers far apart
        // (no concessions) give closeness 0 and no incident; converging offers give more incidents
        // in the later half of the talks than in the earlier half.
        ScenarioBuilder far = oneIssue();
        far.first.reservation(0);
        far.second.reservation(1);
        far.dates("2024-01-01", "2024-12-31");
        far.patron("RUS").influence(fixed(1)).propensity(1);
        Simulation none = new Simulation(far.build());
        for (int i = 0; i < 200; i++) assertThat(none.run(i).spoilers()).isZero();

        ScenarioBuilder near = oneIssue();
        near.first.patience(fixed(730));
        near.second.patience(fixed(730));
        near.patron("RUS").influence(fixed(1)).propensity(1);
        Simulation converging = new Simulation(near.build());
        int early = 0;
        int late = 0;
        for (int i = 0; i < 1000; i++) {
            List<StepRecord> steps = new ArrayList<>();
            converging.run(i, steps::add);
            for (StepRecord step : steps) {
                if (!step.events().contains("spoiler incident (RUS)")) continue;
                if (step.step() < 26) early++; else if (step.step() < 52) late++;
            }
        }
        // Expected: closeness rises from 0 to ≈ 0.5 over the first year (gap 1 − 2·τ·... with τ ≤ 0.5):
        // about 0.13 incidents per run early, 0.38 late. 1,000 runs: the difference is ~10 SDs.
        assertThat(late).isGreaterThan(2 * early);
        assertThat(early).isPositive();
    }

    @Test
    void issueByIssueLocksSettledIssuesWhileAPackageDealKeepsThemTentative() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("easy");
        b.issue("hard");
        b.first.reservation(1, 0.2);     // the hard issue never converges: no deal
        b.second.reservation(0, 0.8);
        b.first.patience(fixed(100));
        b.second.patience(fixed(100));
        b.dates("2024-01-01", "2024-12-31");
        b.packageDeal = false;
        RunResult locked = new Simulation(b.build()).run(0);
        assertThat(locked.outcome()).isEqualTo(Outcome.STALLED);
        assertThat(locked.agreedValues()[0]).isCloseTo(0.5, within(0.02));
        assertThat(locked.agreedValues()[1]).isNaN();
        b.packageDeal = true;
        List<StepRecord> steps = trace(b.build(), 0);
        StepRecord last = steps.get(steps.size() - 1);
        assertThat(last.issues().get(0).status()).isEqualTo(IssueStatus.TENTATIVE);
        assertThat(new Simulation(b.build()).run(0).agreedValues()[0]).isNaN();
    }

    @Test
    void aBatnaAboveEveryPackageStallsTheRunAtTheHorizon() {
        ScenarioBuilder b = oneIssue();
        b.first.batna(fixed(0.9));
        b.dates("2024-01-01", "2024-12-31");
        RunResult result = new Simulation(b.build()).run(0);
        assertThat(result.outcome()).isEqualTo(Outcome.STALLED);
        assertThat(result.textAgreed()).isNull();
        List<StepRecord> steps = trace(b.build(), 0);
        assertThat(steps.get(steps.size() - 1).state()).isEqualTo(NegotiationState.STALLED);
        // The offers met at 0.5 and the issue is tentatively settled there; the package is refused
        // (0.5 < batna 0.9), so the first party's concession is that of its position: its offer on
        // the issue, still in play, which went on toward its reservation 1 (α at the last step;
        // version 1 counted the settled value, 0.5 from its ideal).
        StepRecord last = steps.get(steps.size() - 2);
        assertThat(result.concessions()[0]).isCloseTo(first(last).concessionShare(), within(1e-12));
        assertThat(result.concessions()[0]).isGreaterThan(0.99);
        assertThat(new Simulation(b.build(), Corrections.NONE).run(0).concessions()[0]).isCloseTo(0.5, within(1e-12));
    }

    // ---- the ratification pipeline ----

    private static ScenarioBuilder agreedAt(double value) {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("constitution").referendum(0.5).agreed(value);
        return b;
    }

    @Test
    void withoutAReferendumTheTextIsInitialedThenSigned() {
        ScenarioBuilder b = agreedAt(0.3);
        b.initialingDays = fixed(10);
        b.signingDays = fixed(20);
        b.referendum(true, "2024-06-01", fixed(0), fixed(0.9), fixed(0.9), 0.25, 0);
        RunResult result = new Simulation(b.build()).run(0);
        // 0.3 is below the threshold 0.5: no referendum.
        assertThat(result.textAgreed()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(result.initialed()).isEqualTo(LocalDate.parse("2024-01-11"));
        assertThat(result.referendum()).isNull();
        assertThat(result.signed()).isEqualTo(LocalDate.parse("2024-01-31"));
        List<StepRecord> steps = trace(b.build(), 0);
        assertThat(steps.get(0).state()).isEqualTo(NegotiationState.TEXT_AGREED);
        assertThat(steps.get(2).state()).isEqualTo(NegotiationState.INITIALED);
        assertThat(steps.get(steps.size() - 1).state()).isEqualTo(NegotiationState.SIGNED);
    }

    @Test
    void aPackagePastTheThresholdWaitsForAReferendumThatPasses() {
        ScenarioBuilder b = agreedAt(0.8);
        b.initialingDays = fixed(10);
        b.signingDays = fixed(20);
        // Held at max(earliest 2024-06-01, initialing + 30 days) = 2024-06-01; support 0.6, turnout
        // 0.5: 0.3 ≥ 0.25 passes; signed 20 days later.
        b.referendum(true, "2024-06-01", fixed(30), fixed(0.6), fixed(0.5), 0.25, 0);
        RunResult result = new Simulation(b.build()).run(0);
        assertThat(result.referendum()).isEqualTo(LocalDate.parse("2024-06-01"));
        assertThat(result.referendumPassed()).isTrue();
        assertThat(result.signed()).isEqualTo(LocalDate.parse("2024-06-21"));
        List<StepRecord> steps = trace(b.build(), 0);
        assertThat(steps.get(5).state()).isEqualTo(NegotiationState.AWAITING_REFERENDUM);
        // A late earliest date loses to preparation time: initialing day 10 + 200 days = day 210.
        b.referendum(true, "2024-02-01", fixed(200), fixed(0.6), fixed(0.5), 0.25, 0);
        assertThat(new Simulation(b.build()).run(0).referendum()).isEqualTo(LocalDate.parse("2024-01-11").plusDays(200));
    }

    @Test
    void withoutThePreconditionNoReferendumIsHeld() {
        ScenarioBuilder b = agreedAt(0.8);
        b.referendum(false, "2024-06-01", fixed(30), fixed(0.6), fixed(0.5), 0.25, 0);
        RunResult result = new Simulation(b.build()).run(0);
        assertThat(result.referendum()).isNull();
        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED);
    }

    @Test
    void aFailedReferendumCanCollapseTheProcess() {
        ScenarioBuilder b = agreedAt(0.8);
        b.referendum(true, "2024-06-01", fixed(0), fixed(0.4), fixed(0.5), 0.25, 1);
        RunResult result = new Simulation(b.build()).run(0);
        assertThat(result.referendumPassed()).isFalse();
        assertThat(result.outcome()).isEqualTo(Outcome.COLLAPSED);
        assertThat(result.collapsed()).isEqualTo(LocalDate.parse("2024-06-01"));
    }

    @Test
    void aFailedReferendumReopensTheIssueWithTheThresholdAsARedLine() {
        ScenarioBuilder b = new ScenarioBuilder();
        b.issue("constitution").referendum(0.5);
        b.first.patience(fixed(100)).reservation(0.9);
        b.second.patience(fixed(100)).reservation(0.3);
        // The offers cross past 0.5 first (the first party concedes more); the referendum fails
        // (turnout too low for the quorum); the issue reopens capped at 0.5; the second party's
        // reservation 0.3 lets the offers meet again below the threshold, and the treaty is signed
        // without a second vote.
        b.second.stance(fixed(0.5));
        b.referendum(true, "2024-03-01", fixed(0), fixed(0.6), fixed(0.3), 0.25, 0);
        RunResult result = new Simulation(b.build()).run(0);
        assertThat(result.referendumPassed()).isFalse();
        assertThat(result.outcome()).isEqualTo(Outcome.SIGNED);
        assertThat(result.agreedValues()[0]).isLessThanOrEqualTo(0.5);
        // The first text date is kept; the vote (no preparation, earliest date passed) is the same day.
        assertThat(result.textAgreed()).isEqualTo(result.referendum());
        assertThat(result.signed()).isAfter(result.referendum());
        List<StepRecord> steps = trace(b.build(), 0);
        StepRecord voteDay = steps.stream().filter(s -> s.date().equals(result.referendum())).findFirst().orElseThrow();
        assertThat(voteDay.events()).contains("referendum failed", "referendum issue reopened");
        assertThat(voteDay.state()).isEqualTo(NegotiationState.NEGOTIATING);
        assertThat(voteDay.issues().get(0).status()).isEqualTo(IssueStatus.OPEN);
    }

    @Test
    void aPauseDelaysSignature() {
        // Text agreed and initialed on day 0, signature due on day 10. Clashes are switched on for
        // the step of day 7 only (events on days 4 and 8): the clash then pauses talks until day 35,
        // so the signature waits until day 35.
        ScenarioBuilder b = agreedAt(0.3);
        b.signingDays = fixed(10);
        b.clashes(0, 4, 0, 0);
        b.event("2024-01-05", "tension", EventSpec.Operation.SET, "shocks.clashesPerYear", fixed(1e6));
        b.event("2024-01-09", "calm", EventSpec.Operation.SET, "shocks.clashesPerYear", fixed(0));
        RunResult result = new Simulation(b.build()).run(0);
        assertThat(result.clashes()).isEqualTo(1);
        assertThat(result.textAgreed()).isEqualTo(LocalDate.parse("2024-01-01"));
        assertThat(result.signed()).isEqualTo(LocalDate.parse("2024-02-05"));
    }

    @Test
    void stochasticParametersChangeFromRunToRunButNotWithinOne() {
        ScenarioBuilder b = oneIssue();
        b.first.patience(uniform(100, 1000));
        Simulation simulation = new Simulation(b.build());
        assertThat(simulation.run(1).textAgreed()).isNotEqualTo(simulation.run(2).textAgreed());
        assertThat(simulation.run(1)).isEqualTo(simulation.run(1));
    }

    @Test
    void theRecordedAcceptanceOfEachDraftIsTheTablesOwnDecision() {
        Scenario baseline = ScenarioBuilder.baseline().build();
        int refusals = 0;
        int agreedOnADraft = 0;
        for (int run = 0; run < 60; run++) {
            List<StepRecord> steps = trace(baseline, run);
            for (StepRecord step : steps) {
                boolean tabled = !Double.isNaN(first(step).draftUtility());
                assertThat(Double.isNaN(second(step).draftUtility())).isEqualTo(!tabled);
                if (!tabled) continue;
                boolean bothAccept = first(step).acceptsDraft() && second(step).acceptsDraft();
                // A draft both parties accept ends the negotiation in that very step.
                if (bothAccept) {
                    assertThat(step.state()).as("run %d, %s", run, step.date()).isNotEqualTo(NegotiationState.NEGOTIATING);
                    agreedOnADraft++;
                } else if (step.state() == NegotiationState.NEGOTIATING) {
                    refusals++;
                }
            }
        }
        assertThat(refusals).isPositive();
        assertThat(agreedOnADraft).isPositive();
    }
}
