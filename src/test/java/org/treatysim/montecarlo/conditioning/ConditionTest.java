package org.treatysim.montecarlo.conditioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ToyScenarios;

/** Events read from a run's dates, conditions, and the counts of a rejection job, on hand-made runs. */
class ConditionTest {
    static final LocalDate D = LocalDate.of(2025, 3, 13);

    /** A run with these milestone dates (null: not reached) and no parameters. */
    static RunResult run(int index, LocalDate text, LocalDate initialed, LocalDate referendum, Boolean passed,
                         LocalDate signed, LocalDate collapsed) {
        Outcome outcome = signed != null ? Outcome.SIGNED : collapsed != null ? Outcome.COLLAPSED : Outcome.STALLED;
        return new RunResult(index, index, outcome, text, initialed, referendum, passed, signed, collapsed, 0, 0,
                new double[] {Double.NaN, Double.NaN}, new double[] {0, 0}, new double[0]);
    }

    static Condition condition(HistoryEvent event, LocalDate date, boolean happened) {
        return new Condition(new DatedEvent(event, date), happened, event + " by " + date + ": " + happened);
    }

    @Test
    void anEventHappenedByADateWhenItsDayIsOnOrBeforeIt() {
        RunResult r = run(0, D, D.plusDays(30), D.plusDays(200), true, D.plusDays(230), null);

        assertThat(HistoryEvent.TEXT_AGREED.happenedBy(r, D.minusDays(1))).isFalse();
        assertThat(HistoryEvent.TEXT_AGREED.happenedBy(r, D)).isTrue();          // the day itself counts
        assertThat(HistoryEvent.INITIALED.happenedBy(r, D.plusDays(29))).isFalse();
        assertThat(HistoryEvent.INITIALED.happenedBy(r, D.plusDays(30))).isTrue();
        assertThat(HistoryEvent.REFERENDUM_HELD.happenedBy(r, D.plusDays(200))).isTrue();
        assertThat(HistoryEvent.REFERENDUM_PASSED.happenedBy(r, D.plusDays(199))).isFalse();
        assertThat(HistoryEvent.REFERENDUM_PASSED.happenedBy(r, D.plusDays(200))).isTrue();
        assertThat(HistoryEvent.SIGNED.happenedBy(r, D.plusDays(230))).isTrue();
        assertThat(HistoryEvent.COLLAPSED.happenedBy(r, LocalDate.MAX)).isFalse();  // never reached
    }

    @Test
    void aFailedReferendumWasHeldButDidNotPass() {
        RunResult failed = run(0, D, D.plusDays(30), D.plusDays(200), false, null, D.plusDays(200));

        assertThat(HistoryEvent.REFERENDUM_HELD.happenedBy(failed, D.plusDays(200))).isTrue();
        assertThat(HistoryEvent.REFERENDUM_PASSED.happenedBy(failed, LocalDate.MAX)).isFalse();
        assertThat(HistoryEvent.COLLAPSED.happenedBy(failed, D.plusDays(200))).isTrue();
    }

    @Test
    void aConditionIsMetWhenTheRunAgreesWithWhatWasObserved() {
        RunResult signedLate = run(0, D, D.plusDays(30), null, null, D.plusDays(60), null);

        assertThat(condition(HistoryEvent.SIGNED, D, false).metBy(signedLate)).isTrue();
        assertThat(condition(HistoryEvent.SIGNED, D, true).metBy(signedLate)).isFalse();
        assertThat(condition(HistoryEvent.TEXT_AGREED, D, true).metBy(signedLate)).isTrue();
        assertThat(condition(HistoryEvent.TEXT_AGREED, D, false).metBy(signedLate)).isFalse();
    }

    @Test
    void theAccumulatorCountsEachConditionAloneAndWithTheEarlierOnes() {
        ForecastLayout layout = ForecastLayout.of(ToyScenarios.toy(1));
        List<Condition> conditions = List.of(
                condition(HistoryEvent.SIGNED, LocalDate.of(2024, 11, 22), false),
                condition(HistoryEvent.TEXT_AGREED, D, true),
                condition(HistoryEvent.INITIALED, D.plusDays(150), true));
        // run 0 meets all three; run 1 only the first; run 2 the first and the third but not the
        // second (text agreed too late, initialed in time is impossible in the model but fine here)
        RunResult all = run(0, D.minusDays(7), D.plusDays(100), null, null, null, null);
        RunResult first = run(1, null, null, null, null, null, null);
        RunResult gap = run(2, D.plusDays(7), D.plusDays(100), null, null, null, null);

        ConditioningAccumulator a = new ConditioningAccumulator(conditions, layout);
        a.add(all);
        a.add(first);
        ConditioningAccumulator b = new ConditioningAccumulator(conditions, layout);
        b.add(gap);
        a.merge(b);

        assertThat(a.runs()).isEqualTo(3);
        assertThat(a.accepted()).isEqualTo(1);
        assertThat(a.allRuns().runs()).isEqualTo(3);
        assertThat(a.acceptedRuns().runs()).isEqualTo(1);
        assertThat(new long[] {a.metAlone(0), a.metAlone(1), a.metAlone(2)}).containsExactly(3, 1, 2);
        assertThat(new long[] {a.metWithEarlier(0), a.metWithEarlier(1), a.metWithEarlier(2)}).containsExactly(3, 1, 1);
        assertThat(ConditioningAccumulator.leadingMet(conditions, gap)).isEqualTo(1);
        assertThat(ConditioningAccumulator.leadingMet(conditions, all)).isEqualTo(3);

        ConditioningAccumulator other = new ConditioningAccumulator(conditions.subList(0, 2), layout);
        assertThatThrownBy(() -> a.merge(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theOutcomeAccumulatorCountsEachQuestion() {
        List<DatedEvent> questions = List.of(new DatedEvent(HistoryEvent.TEXT_AGREED, D),
                new DatedEvent(HistoryEvent.SIGNED, D));
        OutcomeAccumulator a = new OutcomeAccumulator(questions);
        a.add(run(0, D, null, null, null, null, null));
        OutcomeAccumulator b = new OutcomeAccumulator(questions);
        b.add(run(1, D.minusDays(100), D.minusDays(50), null, null, D.minusDays(1), null));
        b.add(run(2, null, null, null, null, null, null));
        a.merge(b);

        assertThat(a.runs()).isEqualTo(3);
        assertThat(a.happened(0)).isEqualTo(2);
        assertThat(a.happened(1)).isEqualTo(1);
    }
}
