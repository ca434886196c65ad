package org.treatysim.montecarlo.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Scenario;

class TargetTest {
    private static final Scenario SCENARIO = SweepFixtures.scenario(SweepFixtures.ONE_DRIVER);

    private static RunResult run(LocalDate textAgreed, LocalDate signed, LocalDate collapsed) {
        return new RunResult(0, 1, signed != null ? Outcome.SIGNED : collapsed != null ? Outcome.COLLAPSED
                : Outcome.STALLED, textAgreed, textAgreed, null, null, signed, collapsed, 0, 0, new double[1],
                new double[2], new double[0]);
    }

    @Test
    void anEventWithADateOrTheHorizon() throws Exception {
        assertThat(Target.parse("signed@2025-12-31", SCENARIO))
                .isEqualTo(new Target(Milestone.SIGNED, LocalDate.of(2025, 12, 31)));
        assertThat(Target.parse("textAgreed", SCENARIO))
                .isEqualTo(new Target(Milestone.TEXT_AGREED, SCENARIO.horizon()));
        assertThat(Target.signedByHorizon(SCENARIO).describe()).isEqualTo("P(signed by 2026-12-31)");
        assertThat(Target.parse("collapsed@2026-01-01", SCENARIO).atLeast(0.25))
                .isEqualTo("P(collapsed by 2026-01-01) ≥ 0.25");
        assertThat(Target.parse("initialed@2026-01-01", SCENARIO).spelling()).isEqualTo("initialed@2026-01-01");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"signed, SIGNED", "textAgreed, TEXT_AGREED", "initialed, INITIALED", "collapsed, COLLAPSED"})
    void everyAcceptedSpellingParses(String spelling, Milestone milestone) throws Exception {
        assertThat(Target.parse(spelling + "@2026-01-01", SCENARIO))
                .isEqualTo(new Target(milestone, LocalDate.of(2026, 1, 1)));
        assertThat(Target.parse(spelling, SCENARIO).event()).isEqualTo(milestone);
        assertThat(Target.parse(spelling, SCENARIO).spelling()).isEqualTo(spelling + "@" + SCENARIO.horizon());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"referendumHeld", "referendumPassed", "SIGNED", "Signed", "text agreed"})
    void milestonesOffTheCurveAndOtherSpellingsAreNotTargets(String spelling) {
        assertThatThrownBy(() -> Target.parse(spelling + "@2026-01-01", SCENARIO))
                .isInstanceOf(SweepInputException.class)
                .hasMessage("--target " + spelling + "@2026-01-01: unknown event '" + spelling + "' (expected one of"
                        + " signed, textAgreed, initialed, collapsed, then optionally @YYYY-MM-DD, e.g."
                        + " signed@2025-12-31)");
        assertThatThrownBy(() -> new Target(Milestone.REFERENDUM_HELD, SCENARIO.horizon()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badTargetsSayWhatWasExpected() {
        assertThatThrownBy(() -> Target.parse("sined@2025-12-31", SCENARIO)).isInstanceOf(SweepInputException.class)
                .hasMessageContaining("unknown event 'sined'").hasMessageContaining("signed, textAgreed, initialed, collapsed");
        assertThatThrownBy(() -> Target.parse("signed@2025-13-01", SCENARIO)).isInstanceOf(SweepInputException.class)
                .hasMessageContaining("is not a date (expected YYYY-MM-DD");
        assertThatThrownBy(() -> Target.parse("signed@2027-01-01", SCENARIO)).isInstanceOf(SweepInputException.class)
                .hasMessageContaining("outside the scenario's window 2025-01-01 to 2026-12-31");
        assertThatThrownBy(() -> Target.parse("signed@2024-12-31", SCENARIO)).isInstanceOf(SweepInputException.class);
    }

    @Test
    void theDateCountsInclusively() {
        Target byMay = new Target(Milestone.SIGNED, LocalDate.of(2026, 5, 1));
        assertThat(byMay.reachedBy(run(null, LocalDate.of(2026, 5, 1), null))).isTrue();
        assertThat(byMay.reachedBy(run(null, LocalDate.of(2026, 5, 2), null))).isFalse();
        assertThat(byMay.reachedBy(run(null, null, null))).isFalse();
        Target text = new Target(Milestone.TEXT_AGREED, LocalDate.of(2026, 5, 1));
        assertThat(text.reachedBy(run(LocalDate.of(2025, 7, 1), null, null))).isTrue();
        Target collapse = new Target(Milestone.COLLAPSED, LocalDate.of(2026, 5, 1));
        assertThat(collapse.reachedBy(run(null, null, LocalDate.of(2026, 4, 30)))).isTrue();
        assertThat(collapse.reachedBy(run(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 8, 1), null))).isFalse();
    }
}
