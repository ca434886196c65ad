package org.treatysim.montecarlo.conditioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatysim.montecarlo.conditioning.ConditionTest.condition;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.ToySimulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ToyScenarios;
import org.treatysim.stats.abc.PosteriorAccumulator;

/**
 * The rejection loop on the toy simulator (fast, with the model's seeding contract): batches,
 * stopping, determinism across threads, and the diagnosis when nothing matches.
 */
class RejectionSamplerTest {
    static final Scenario SCENARIO = ToyScenarios.toy(20240924);
    static final ForecastLayout LAYOUT = ForecastLayout.of(SCENARIO);
    /** The toy's parameters: patience 180 + 550u, stance 0.2 + 0.6u. */
    static final List<Quantity> PRIORS = List.of(new Quantity.Uniform(180, 730), new Quantity.Uniform(0.2, 0.8));

    static PosteriorAccumulator parameters() {
        return new PosteriorAccumulator(ToySimulator.PARAMETERS, PRIORS, 100);
    }

    static RejectionSampler.Result sample(int threads, List<Condition> conditions, RejectionSampler.Plan plan)
            throws Exception {
        return new RejectionSampler(new MonteCarloEngine(threads)).sample(() -> new ToySimulator(SCENARIO), LAYOUT,
                conditions, parameters(), plan, ProgressListener.NONE);
    }

    /** In the toy, about 60% of runs agree the text on a uniform day over 27 months. */
    static final List<Condition> TEXT_BY_END_2025 = List.of(
            condition(Milestone.SIGNED, LocalDate.of(2024, 11, 22), false),
            condition(Milestone.TEXT_AGREED, LocalDate.of(2025, 12, 31), true));

    @Test
    void batchesFollowThePlan() {
        RejectionSampler.Plan plan = new RejectionSampler.Plan(1000, 200_000);
        // First batch: max(minAccepted, 1000).
        assertThat(RejectionSampler.nextBatch(0, 0, plan)).isEqualTo(1000);
        assertThat(RejectionSampler.nextBatch(0, 0, new RejectionSampler.Plan(5000, 200_000))).isEqualTo(5000);
        // 100 of 1000 accepted: rate (101)/(1002), 900 missing → ceil(900 · 1002/101 · 1.1) = 9822.
        assertThat(RejectionSampler.nextBatch(1000, 100, plan)).isEqualTo(9822);
        // Nothing accepted: rate 1/1002 would ask for 1.1 million; growth is capped at 10× the runs made.
        assertThat(RejectionSampler.nextBatch(1000, 0, plan)).isEqualTo(10_000);
        // Almost there: still at least 1000 runs.
        assertThat(RejectionSampler.nextBatch(20_000, 999, plan)).isEqualTo(1000);
        // Never beyond the cap, and stop at the target or the cap.
        assertThat(RejectionSampler.nextBatch(195_000, 10, plan)).isEqualTo(5000);
        assertThat(RejectionSampler.nextBatch(200_000, 10, plan)).isZero();
        assertThat(RejectionSampler.nextBatch(3000, 1000, plan)).isZero();
        assertThat(RejectionSampler.nextBatch(0, 0, new RejectionSampler.Plan(1000, 300))).isEqualTo(300);
    }

    @Test
    void stopsOnceEnoughRunsAreAccepted() throws Exception {
        RejectionSampler.Result result = sample(2, TEXT_BY_END_2025, new RejectionSampler.Plan(1500, 100_000));

        assertThat(result.accepted()).isGreaterThanOrEqualTo(1500);
        assertThat(result.targetMet()).isTrue();
        assertThat(result.batches()).hasSizeGreaterThan(1);
        assertThat(result.batches().get(0).first()).isZero();
        long runs = 0;
        long accepted = 0;
        for (RejectionSampler.Batch b : result.batches()) {
            assertThat(b.first()).isEqualTo(runs);             // consecutive run indices
            runs += b.count();
            accepted += b.accepted();
        }
        assertThat(runs).isEqualTo(result.runs());
        assertThat(accepted).isEqualTo(result.accepted());
        assertThat(result.parameters().runs()).isEqualTo(result.runs());
        assertThat(result.parameters().accepted()).isEqualTo(result.accepted());
        // The batch before the last had not reached the target.
        assertThat(result.accepted() - result.batches().get(result.batches().size() - 1).accepted()).isLessThan(1500);
    }

    @Test
    void stopsAtTheCapWithFewerAcceptedRuns() throws Exception {
        RejectionSampler.Result result = sample(2, TEXT_BY_END_2025, new RejectionSampler.Plan(100_000, 3000));

        assertThat(result.runs()).isEqualTo(3000);
        assertThat(result.targetMet()).isFalse();
        assertThat(result.accepted()).isPositive();
    }

    @Test
    void resultsAreIdenticalOnOneAndThreeThreads() throws Exception {
        RejectionSampler.Plan plan = new RejectionSampler.Plan(800, 50_000);
        RejectionSampler.Result one = sample(1, TEXT_BY_END_2025, plan);
        RejectionSampler.Result three = sample(3, TEXT_BY_END_2025, plan);

        assertThat(three.batches()).isEqualTo(one.batches());
        assertThat(three.parameters().summarize()).isEqualTo(one.parameters().summarize());
        for (int row = 0; row < LAYOUT.rowDates().size(); row++) {
            for (Milestone m : Milestone.values()) {
                assertThat(three.counts().acceptedRuns().milestoneCount(m, row))
                        .isEqualTo(one.counts().acceptedRuns().milestoneCount(m, row));
            }
        }
    }

    @Test
    void anObservationNoRunMeetsIsNamed() {
        // The toy agrees its text on day 1 at the earliest, so nothing is signed on the first day.
        Condition impossible = condition(Milestone.SIGNED, SCENARIO.start(), true);
        List<Condition> conditions = List.of(condition(Milestone.COLLAPSED, SCENARIO.start(), false), impossible);

        assertThatThrownBy(() -> sample(2, conditions, new RejectionSampler.Plan(100, 2000)))
                .isInstanceOfSatisfying(NoMatchingRunException.class, e -> {
                    assertThat(e.culprit()).isEqualTo(impossible);
                    assertThat(e.impossibleAlone()).isTrue();
                    assertThat(e.getMessage()).startsWith("no run reproduces the observations: none of 2000 runs has\n  "
                            + impossible.label() + "\n");
                    assertThat(e.getMessage()).contains(impossible.label() + ": 0 / 0 of 2000")
                            .contains("the cap was 2000");
                });
    }

    @Test
    void aCombinationNoRunMeetsNamesTheFirstObservationThatEmptiesTheMatches() {
        // Each is possible on its own, but a run is signed only after its text is agreed.
        LocalDate d = LocalDate.of(2025, 6, 1);
        Condition noText = condition(Milestone.TEXT_AGREED, d, false);
        Condition signed = condition(Milestone.SIGNED, d, true);

        assertThatThrownBy(() -> sample(2, List.of(noText, signed), new RejectionSampler.Plan(100, 2000)))
                .isInstanceOfSatisfying(NoMatchingRunException.class, e -> {
                    assertThat(e.culprit()).isEqualTo(signed);
                    assertThat(e.impossibleAlone()).isFalse();
                    assertThat(e.getMessage()).contains("each is met by some of the 2000 runs, but none meets them all")
                            .contains("The first observation is met together by ")
                            .contains("adding\n  " + signed.label() + "\nleaves none.");
                });
    }

    @Test
    void refusesNothingToConditionOn() {
        assertThatThrownBy(() -> sample(1, List.of(), new RejectionSampler.Plan(10, 100)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
