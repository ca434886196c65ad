package org.treatysim.model.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;

/** The one milestone type: its spellings, and the day it is read from a run's result. */
class MilestoneTest {
    private static final LocalDate D = LocalDate.of(2025, 3, 13);

    private static RunResult run(LocalDate text, LocalDate initialed, LocalDate referendum, Boolean passed,
                                 LocalDate signed, LocalDate collapsed) {
        Outcome outcome = signed != null ? Outcome.SIGNED : collapsed != null ? Outcome.COLLAPSED : Outcome.STALLED;
        return new RunResult(0, 0, outcome, text, initialed, referendum, passed, signed, collapsed, 0, 0,
                new double[0], new double[0], new double[0]);
    }

    /** Every milestone's date, distinct where the pipeline allows, so a crossed wire shows. */
    private static final RunResult SIGNED_AFTER_A_PASSED_VOTE =
            run(D, D.plusDays(30), D.plusDays(200), true, D.plusDays(230), null);
    /** A failed vote on which the talks collapsed: held, not passed. */
    private static final RunResult COLLAPSED_ON_A_FAILED_VOTE =
            run(D, D.plusDays(30), D.plusDays(200), false, null, D.plusDays(201));
    /** Nothing reached by the horizon. */
    private static final RunResult STALLED = run(null, null, null, null, null, null);

    static Stream<Arguments> dayOfEveryMilestoneInEveryKindOfRun() {
        return Stream.of(
                Arguments.of(Milestone.TEXT_AGREED, SIGNED_AFTER_A_PASSED_VOTE, D),
                Arguments.of(Milestone.INITIALED, SIGNED_AFTER_A_PASSED_VOTE, D.plusDays(30)),
                Arguments.of(Milestone.REFERENDUM_HELD, SIGNED_AFTER_A_PASSED_VOTE, D.plusDays(200)),
                Arguments.of(Milestone.REFERENDUM_PASSED, SIGNED_AFTER_A_PASSED_VOTE, D.plusDays(200)),
                Arguments.of(Milestone.SIGNED, SIGNED_AFTER_A_PASSED_VOTE, D.plusDays(230)),
                Arguments.of(Milestone.COLLAPSED, SIGNED_AFTER_A_PASSED_VOTE, null),

                Arguments.of(Milestone.TEXT_AGREED, COLLAPSED_ON_A_FAILED_VOTE, D),
                Arguments.of(Milestone.INITIALED, COLLAPSED_ON_A_FAILED_VOTE, D.plusDays(30)),
                Arguments.of(Milestone.REFERENDUM_HELD, COLLAPSED_ON_A_FAILED_VOTE, D.plusDays(200)),
                Arguments.of(Milestone.REFERENDUM_PASSED, COLLAPSED_ON_A_FAILED_VOTE, null),
                Arguments.of(Milestone.SIGNED, COLLAPSED_ON_A_FAILED_VOTE, null),
                Arguments.of(Milestone.COLLAPSED, COLLAPSED_ON_A_FAILED_VOTE, D.plusDays(201)),

                Arguments.of(Milestone.TEXT_AGREED, STALLED, null),
                Arguments.of(Milestone.INITIALED, STALLED, null),
                Arguments.of(Milestone.REFERENDUM_HELD, STALLED, null),
                Arguments.of(Milestone.REFERENDUM_PASSED, STALLED, null),
                Arguments.of(Milestone.SIGNED, STALLED, null),
                Arguments.of(Milestone.COLLAPSED, STALLED, null));
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("dayOfEveryMilestoneInEveryKindOfRun")
    void theDayAMilestoneWasReachedIsReadFromTheRunResult(Milestone milestone, RunResult run, LocalDate day) {
        assertThat(milestone.dayIn(run)).isEqualTo(day);
        if (day == null) {
            assertThat(milestone.reachedBy(run, LocalDate.MAX)).as("never reached").isFalse();
        } else {
            assertThat(milestone.reachedBy(run, day.minusDays(1))).as("the day before").isFalse();
            assertThat(milestone.reachedBy(run, day)).as("the day itself counts").isTrue();
            assertThat(milestone.reachedBy(run, day.plusYears(1))).as("any later day").isTrue();
        }
    }

    @Test
    void theTableCoversEveryMilestoneInEveryRun() {
        for (RunResult run : List.of(SIGNED_AFTER_A_PASSED_VOTE, COLLAPSED_ON_A_FAILED_VOTE, STALLED)) {
            Set<Milestone> covered = EnumSet.noneOf(Milestone.class);
            dayOfEveryMilestoneInEveryKindOfRun().map(Arguments::get).filter(row -> row[1] == run)
                    .forEach(row -> covered.add((Milestone) row[0]));
            assertThat(covered).as("milestones in the table for %s", run).isEqualTo(EnumSet.allOf(Milestone.class));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "TEXT_AGREED, textAgreed, text agreed",
            "INITIALED, initialed, initialed",
            "REFERENDUM_HELD, referendumHeld, referendum held",
            "REFERENDUM_PASSED, referendumPassed, referendum passed",
            "SIGNED, signed, signed",
            "COLLAPSED, collapsed, collapsed"})
    void eachMilestoneHasOneKeyAndOneLabel(Milestone milestone, String key, String label) {
        assertThat(milestone.key()).isEqualTo(key);
        assertThat(milestone.label()).isEqualTo(label);
        assertThat(Milestone.byKey(key)).contains(milestone);
    }

    @Test
    void keysAreExactAndInPipelineOrder() {
        assertThat(Milestone.keys()).containsExactly("textAgreed", "initialed", "referendumHeld", "referendumPassed",
                "signed", "collapsed");
        assertThat(Milestone.byKey("Signed")).isEmpty();
        assertThat(Milestone.byKey("text agreed")).isEmpty();
        assertThat(Milestone.byKey("SIGNED")).isEmpty();
        assertThat(Milestone.CURVE).containsExactly(Milestone.SIGNED, Milestone.TEXT_AGREED, Milestone.INITIALED,
                Milestone.COLLAPSED);
    }

    @Test
    void impliedSetsAreClosedAndSigningExcludesCollapse() {
        for (Milestone m : Milestone.values()) {
            assertThat(m.implied()).contains(m);
            for (Milestone earlier : m.implied()) {
                assertThat(m.implied()).as("%s implies what %s implies", m, earlier).containsAll(earlier.implied());
            }
        }
        assertThat(Milestone.SIGNED.implied()).doesNotContain(Milestone.REFERENDUM_HELD, Milestone.COLLAPSED);
        assertThat(Milestone.SIGNED.excludes(Milestone.COLLAPSED)).isTrue();
        assertThat(Milestone.COLLAPSED.excludes(Milestone.SIGNED)).isTrue();
        assertThat(Milestone.SIGNED.excludes(Milestone.SIGNED)).isFalse();
    }
}
