package org.treatysim.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;
import org.treatysim.stats.ForecastAccumulator.LastReferendum;
import org.treatysim.stats.ForecastAccumulator.State;

/**
 * Four hand-made runs on a 30-day calendar with weekly rows dated days 7, 14, 21, 28 and 30
 * (the horizon); expected counts worked out by hand in the comments.
 */
class ForecastAccumulatorTest {
    static final LocalDate START = LocalDate.of(2024, 1, 1);
    static final ForecastLayout LAYOUT = new ForecastLayout("hand", "Hand-made", START, START.plusDays(30), 7,
            List.of(day(7), day(14), day(21), day(28), day(30)), List.of("a", "b"), List.of("P", "Q"),
            List.of(new ForecastLayout.Deadline("d", "Deadline", day(9))), List.of(), 20, 3, List.of(0.5, Double.NaN));

    static LocalDate day(int offset) {
        return START.plusDays(offset);
    }

    static RunResult run(int index, Outcome outcome, Integer text, Integer initialed, Integer referendum,
                         Boolean passed, Integer signed, Integer collapsed, double a, double b) {
        return new RunResult(index, index, outcome, at(text), at(initialed), at(referendum), passed, at(signed),
                at(collapsed), 0, 0, new double[] {a, b}, new double[] {0.5, 0.25}, new double[0]);
    }

    private static LocalDate at(Integer offset) {
        return offset == null ? null : day(offset);
    }

    /** r0 signed on day 15; r1 failed its referendum and collapsed on day 25; r2 nothing; r3 text on day 29. */
    static List<RunResult> runs() {
        return List.of(
                run(0, Outcome.SIGNED, 3, 8, null, null, 15, null, 0.0, 1.0),
                run(1, Outcome.COLLAPSED, 10, 12, 25, false, null, 25, 0.52, Double.NaN),
                run(2, Outcome.STALLED, null, null, null, null, null, null, Double.NaN, Double.NaN),
                run(3, Outcome.STALLED, 29, null, null, null, null, null, Double.NaN, Double.NaN));
    }

    static ForecastAccumulator countAll(List<RunResult> runs) {
        ForecastAccumulator counts = new ForecastAccumulator(LAYOUT);
        runs.forEach(counts::add);
        return counts;
    }

    @Test
    void cumulativeMilestonesCountOnEveryRowOnOrAfterTheirDate() {
        ForecastAccumulator counts = countAll(runs());
        // Row r holds days (7r, 7r + 7], the last (28, 30]: day 15 → row 2, day 3 → 0, 10 → 1,
        // 29 → 4, 8 and 12 → 1, 25 → 3.
        assertThat(series(counts, Milestone.SIGNED)).containsExactly(0, 0, 1, 1, 1);
        assertThat(series(counts, Milestone.TEXT_AGREED)).containsExactly(1, 2, 2, 2, 3);
        assertThat(series(counts, Milestone.INITIALED)).containsExactly(0, 2, 2, 2, 2);
        assertThat(series(counts, Milestone.COLLAPSED)).containsExactly(0, 0, 0, 1, 1);
        assertThat(counts.milestoneByHorizon(Milestone.TEXT_AGREED)).isEqualTo(3);
    }

    @Test
    void theReferendumMilestonesAreCountedToo() {
        List<RunResult> runs = new ArrayList<>(runs());
        runs.add(run(4, Outcome.SIGNED, 2, 5, 20, true, 22, null, 0.6, 0.5));
        ForecastAccumulator counts = countAll(runs);
        // r4 passed its vote on day 20 → row 2; r1 failed its vote on day 25 → row 3.
        assertThat(series(counts, Milestone.REFERENDUM_HELD)).containsExactly(0, 0, 1, 2, 2);
        assertThat(series(counts, Milestone.REFERENDUM_PASSED)).containsExactly(0, 0, 1, 1, 1);
        assertThat(counts.milestoneByHorizon(Milestone.SIGNED)).isEqualTo(2);
    }

    @Test
    void statesFollowTheMilestoneDates() {
        ForecastAccumulator counts = countAll(runs());
        // Day 7: r0 text agreed, others negotiating. Day 14: r0 text agreed (signs on 15), r1
        // initialed on 12 and awaits its vote on 25. Day 21: r0 signed, r1 awaiting. Day 28: r1
        // collapsed on 25. Day 30: r3 agreed its text on 29.
        assertThat(states(counts, State.NEGOTIATING)).containsExactly(3, 2, 2, 2, 1);
        assertThat(states(counts, State.TEXT_AGREED)).containsExactly(1, 1, 0, 0, 1);
        assertThat(states(counts, State.AWAITING_REFERENDUM)).containsExactly(0, 1, 1, 0, 0);
        assertThat(states(counts, State.SIGNED)).containsExactly(0, 0, 1, 1, 1);
        assertThat(states(counts, State.COLLAPSED)).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void aFailedReferendumWithoutCollapseReturnsToNegotiating() {
        ForecastAccumulator counts = new ForecastAccumulator(LAYOUT);
        counts.add(run(0, Outcome.STALLED, 2, 5, 12, false, null, null, 0.6, 0.5));
        // Day 7: awaiting the vote of day 12; from day 14 on, negotiating again.
        assertThat(states(counts, State.AWAITING_REFERENDUM)).containsExactly(1, 0, 0, 0, 0);
        assertThat(states(counts, State.NEGOTIATING)).containsExactly(0, 1, 1, 1, 1);
        // A passed vote waits for signature as an agreed text.
        ForecastAccumulator passed = new ForecastAccumulator(LAYOUT);
        passed.add(run(0, Outcome.SIGNED, 2, 5, 12, true, 22, null, 0.6, 0.5));
        assertThat(states(passed, State.AWAITING_REFERENDUM)).containsExactly(1, 0, 0, 0, 0);
        assertThat(states(passed, State.TEXT_AGREED)).containsExactly(0, 1, 1, 0, 0);
        assertThat(states(passed, State.SIGNED)).containsExactly(0, 0, 0, 1, 1);
    }

    @Test
    void anInitialedPackageThatNeedsAVoteNotHeldByTheHorizonAwaitsTheReferendum() {
        // Regression: such runs used to count as "text agreed" because no referendum date exists.
        // Issue a's threshold is 0.5: a package at 0.7 needs the vote; one at 0.3 does not.
        ForecastAccumulator needsVote = new ForecastAccumulator(LAYOUT);
        needsVote.add(run(0, Outcome.STALLED, 2, 5, null, null, null, null, 0.7, 0.5));
        assertThat(states(needsVote, State.AWAITING_REFERENDUM)).containsExactly(1, 1, 1, 1, 1);
        ForecastAccumulator noVote = new ForecastAccumulator(LAYOUT);
        noVote.add(run(0, Outcome.STALLED, 2, 5, null, null, null, null, 0.3, 0.5));
        assertThat(states(noVote, State.TEXT_AGREED)).containsExactly(1, 1, 1, 1, 1);
        assertThat(states(noVote, State.AWAITING_REFERENDUM)).containsOnly(0);
    }

    @Test
    void eachRunsLastReferendumPassedEndedTheTalksOrReopenedThem() {
        List<RunResult> votes = List.of(
                run(0, Outcome.SIGNED, 2, 5, 12, true, 22, null, 0.6, 0.5),
                run(1, Outcome.COLLAPSED, 2, 5, 12, false, null, 12, 0.6, 0.5),
                run(2, Outcome.STALLED, 2, 5, 12, false, null, null, 0.6, 0.5),
                // Failed on day 12, collapsed later for another reason: the vote reopened the talks.
                run(3, Outcome.COLLAPSED, 2, 5, 12, false, null, 20, 0.6, 0.5),
                run(4, Outcome.STALLED, null, null, null, null, null, null, Double.NaN, Double.NaN));
        ForecastAccumulator counts = countAll(votes);
        assertThat(counts.lastReferendumCount(LastReferendum.PASSED)).isEqualTo(1);
        assertThat(counts.lastReferendumCount(LastReferendum.FAILED_ENDED)).isEqualTo(1);
        assertThat(counts.lastReferendumCount(LastReferendum.FAILED_REOPENED)).isEqualTo(2);

        ForecastAccumulator merged = countAll(votes.subList(0, 2));
        merged.merge(countAll(votes.subList(2, 5)));
        for (LastReferendum vote : LastReferendum.values()) {
            assertThat(merged.lastReferendumCount(vote)).isEqualTo(counts.lastReferendumCount(vote));
        }
        ReferendumOutcomes frozen = ForecastSummaries.freeze(counts, new Provenance("hand", "Hand-made", 5, 1, "00",
                "dev", "17", Instant.EPOCH)).referendums().orElseThrow();
        assertThat(frozen.held()).isEqualTo(Wilson.estimate(4, 5));
        assertThat(frozen.failedReopened()).isEqualTo(Wilson.estimate(2, 5));
    }

    @Test
    void outcomesDeadlinesAndHistograms() {
        ForecastAccumulator counts = countAll(runs());
        assertThat(counts.runs()).isEqualTo(4);
        assertThat(counts.outcomeCount(Outcome.SIGNED)).isEqualTo(1);
        assertThat(counts.outcomeCount(Outcome.COLLAPSED)).isEqualTo(1);
        assertThat(counts.outcomeCount(Outcome.STALLED)).isEqualTo(2);
        // By day 9: nobody signed, r0 agreed its text (day 3).
        assertThat(counts.deadlineCount(0, false)).isZero();
        assertThat(counts.deadlineCount(0, true)).isEqualTo(1);
        // Issue a: 0.0 → bin 0, 0.52 → bin 10 (0.52·20 = 10.4); issue b: 1.0 → last bin; NaN skipped.
        long[] a = counts.agreedValueCounts(0);
        assertThat(a[0]).isEqualTo(1);
        assertThat(a[10]).isEqualTo(1);
        assertThat(a).containsOnly(0, 1);
        assertThat(counts.agreedValueCounts(1)[19]).isEqualTo(1);
        // Concessions 0.5 → bin 10 and 0.25 → bin 5, for all four runs.
        assertThat(counts.concessionCounts(0)[10]).isEqualTo(4);
        assertThat(counts.concessionCounts(1)[5]).isEqualTo(4);
        // Signed on day 15 of [0, 30] in 3 bins → the middle one.
        assertThat(counts.signingDayCounts()).containsExactly(0, 1, 0);
    }

    @Test
    void mergingPartsGivesWhatCountingAllAtOnceGives() {
        List<RunResult> runs = runs();
        ForecastAccumulator first = countAll(runs.subList(0, 1));
        ForecastAccumulator rest = countAll(runs.subList(1, 4));
        first.merge(rest);
        Provenance provenance = new Provenance("hand", "Hand-made", 4, 1, "00", "test", "17",
                Instant.parse("2024-09-24T00:00:00Z"));
        assertThat(ForecastSummaries.freeze(first, provenance))
                .isEqualTo(ForecastSummaries.freeze(countAll(runs), provenance));
        // Merging leaves the other side alone.
        assertThat(rest.runs()).isEqualTo(3);
    }

    @Test
    void refusesRunsOfAnotherShape() {
        ForecastAccumulator counts = new ForecastAccumulator(LAYOUT);
        RunResult oneIssue = new RunResult(0, 0, Outcome.STALLED, null, null, null, null, null, null, 0, 0,
                new double[1], new double[2], new double[0]);
        assertThatThrownBy(() -> counts.add(oneIssue)).isInstanceOf(IllegalArgumentException.class);
    }

    private static long[] series(ForecastAccumulator counts, Milestone milestone) {
        long[] out = new long[LAYOUT.rowDates().size()];
        for (int r = 0; r < out.length; r++) out[r] = counts.milestoneCount(milestone, r);
        return out;
    }

    private static long[] states(ForecastAccumulator counts, State state) {
        long[] out = new long[LAYOUT.rowDates().size()];
        for (int r = 0; r < out.length; r++) out[r] = counts.stateCount(state, r);
        return out;
    }
}
