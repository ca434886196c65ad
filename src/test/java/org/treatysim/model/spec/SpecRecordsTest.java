package org.treatysim.model.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The spec records refuse values outside their obvious ranges when they are made. */
class SpecRecordsTest {
    private static final LocalDate START = LocalDate.of(2024, 9, 24);
    private static final Quantity ZERO = Quantity.of(0);

    private static PartySpec party(String id) {
        return new PartySpec(id, null, List.of(ZERO), List.of(ZERO), List.of(Quantity.of(1)), Quantity.of(365),
                Quantity.of(1), ZERO, ZERO, ZERO);
    }

    private static Scenario scenario(LocalDate horizon, int stepDays, int runs, double tolerance) {
        return new Scenario("s", null, null, START, horizon, stepDays, 1, runs,
                List.of(new IssueSpec("a", null, false, 0.5, OptionalDouble.empty())), true, tolerance,
                Drafting.MIDPOINT, List.of(party("P1"), party("P2")), List.of(), ZERO, ZERO, List.of(), List.of(),
                List.of(), ShockSpec.NONE, RatificationSpec.IMMEDIATE);
    }

    @Test
    void aScenarioNeedsAHorizonAfterItsStartStepsRunsAndATolerance() {
        assertThat(scenario(START.plusDays(1), 1, 1, 0).steps()).isEqualTo(1);
        assertThatThrownBy(() -> scenario(START, 7, 1, 0.02)).hasMessageContaining("is not after start");
        assertThatThrownBy(() -> scenario(START.minusDays(1), 7, 1, 0.02)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> scenario(START.plusDays(9), 0, 1, 0.02)).hasMessageContaining("stepDays 0");
        assertThatThrownBy(() -> scenario(START.plusDays(9), 7, 0, 0.02)).hasMessageContaining("runs 0");
        assertThatThrownBy(() -> scenario(START.plusDays(9), 7, 1, 1.5)).hasMessageContaining("tolerance 1.5");
        assertThatThrownBy(() -> scenario(START.plusDays(9), 7, 1, 0.02).withRunsAndSeed(0, 1))
                .hasMessageContaining("runs 0");
    }

    @Test
    void anIssueThresholdAndAgreedValueLieInTheIssueScale() {
        assertThat(new IssueSpec("a", null, true, 1, OptionalDouble.of(0)).title()).isEqualTo("a");
        assertThatThrownBy(() -> new IssueSpec("a", null, true, 1.2, OptionalDouble.empty()))
                .hasMessage("issue a: referendumThreshold 1.2 (expected a value in [0, 1])");
        assertThatThrownBy(() -> new IssueSpec("a", null, false, 0.5, OptionalDouble.of(-0.1)))
                .hasMessage("issue a: agreed -0.1 (expected a value in [0, 1])");
    }

    @Test
    void aDeadlineEndsOnOrAfterItsDate() {
        DeadlineSpec oneDay = new DeadlineSpec("d", null, START, null, List.of(ZERO, ZERO), Quantity.of(30), ZERO,
                ZERO, Quantity.of(1));
        assertThat(oneDay.end()).isEqualTo(START);
        assertThatThrownBy(() -> new DeadlineSpec("d", null, START, START.minusDays(1), List.of(ZERO, ZERO),
                Quantity.of(30), ZERO, ZERO, Quantity.of(1)))
                .hasMessage("deadline d: end 2024-09-23 is before date 2024-09-24 (expected an end on or after the date)");
        assertThat(Optional.of(oneDay).map(DeadlineSpec::label)).hasValue("d");
    }
}
