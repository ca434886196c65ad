package org.treatysim.montecarlo.conditioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ToyScenarios;

/**
 * Conditions and the counts of a rejection job, on hand-made runs (the day each milestone is read
 * from a run is {@code model.spec.MilestoneTest}'s).
 */
class ConditionTest {
    static final LocalDate D = LocalDate.of(2025, 3, 13);

    /** A run with these milestone dates (null: not reached) and no parameters. */
    static RunResult run(int index, LocalDate text, LocalDate initialed, LocalDate referendum, Boolean passed,
                         LocalDate signed, LocalDate collapsed) {
        Outcome outcome = signed != null ? Outcome.SIGNED : collapsed != null ? Outcome.COLLAPSED : Outcome.STALLED;
        return new RunResult(index, index, outcome, text, initialed, referendum, passed, signed, collapsed, 0, 0,
                new double[] {Double.NaN, Double.NaN}, new double[] {0, 0}, new double[0]);
    }

    static Condition condition(Milestone event, LocalDate date, boolean happened) {
        return new Condition(new DatedEvent(event, date), happened, event + " by " + date + ": " + happened);
    }

    @Test
    void aConditionIsMetWhenTheRunAgreesWithWhatWasObserved() {
        RunResult signedLate = run(0, D, D.plusDays(30), null, null, D.plusDays(60), null);

        assertThat(condition(Milestone.SIGNED, D, false).metBy(signedLate)).isTrue();
        assertThat(condition(Milestone.SIGNED, D, true).metBy(signedLate)).isFalse();
        assertThat(condition(Milestone.TEXT_AGREED, D, true).metBy(signedLate)).isTrue();
        assertThat(condition(Milestone.TEXT_AGREED, D, false).metBy(signedLate)).isFalse();
    }

    @Test
    void theAccumulatorCountsEachConditionAloneAndWithTheEarlierOnes() {
        ForecastLayout layout = ForecastLayout.of(ToyScenarios.toy(1));
        List<Condition> conditions = List.of(
                condition(Milestone.SIGNED, LocalDate.of(2024, 11, 22), false),
                condition(Milestone.TEXT_AGREED, D, true),
                condition(Milestone.INITIALED, D.plusDays(150), true));
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
        List<DatedEvent> questions = List.of(new DatedEvent(Milestone.TEXT_AGREED, D),
                new DatedEvent(Milestone.SIGNED, D));
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
