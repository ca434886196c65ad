package org.treatysim.montecarlo.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.ScenarioLoader;

class KeyDatesTest {

    @Test
    void baselineDefaultsAreCop29AndTheYearEnds() throws Exception {
        Scenario baseline = new ScenarioLoader().load(Path.of("scenarios/baseline-2024-09.yaml")).scenario();
        assertThat(KeyDates.defaults(baseline)).containsExactly(LocalDate.of(2024, 11, 22),
                LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31));
    }

    @Test
    void aHorizonInsideAYearIsAddedAndDeadlinesOutsideTheWindowAreNot() throws Exception {
        Scenario base = new ScenarioLoader().load(Path.of("src/test/resources/compare/referendum-base.yaml")).scenario();
        // window 2024-01-01 .. 2025-12-31, the summit ends 2024-05-31
        assertThat(KeyDates.defaults(base)).containsExactly(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 12, 31));
        Scenario later = new ScenarioLoader().load(Path.of("src/test/resources/compare/referendum-later.yaml")).scenario();
        assertThat(KeyDates.defaults(later)).containsExactly(LocalDate.of(2024, 5, 31), LocalDate.of(2024, 12, 31),
                LocalDate.of(2025, 12, 31), LocalDate.of(2026, 6, 30));
    }

    @Test
    void userDatesAreSortedAndCheckedAgainstTheWindow() {
        LocalDate start = LocalDate.of(2024, 1, 1);
        LocalDate horizon = LocalDate.of(2025, 12, 31);
        assertThat(KeyDates.normalise(List.of(LocalDate.of(2025, 3, 1), LocalDate.of(2024, 3, 1),
                LocalDate.of(2025, 3, 1)))).containsExactly(LocalDate.of(2024, 3, 1), LocalDate.of(2025, 3, 1));
        assertThat(KeyDates.problems(List.of(LocalDate.of(2024, 3, 1), horizon), start, horizon)).isEmpty();
        assertThat(KeyDates.problems(List.of(start, LocalDate.of(2026, 1, 1)), start, horizon)).hasSize(2)
                .allMatch(p -> p.contains("outside the scenarios' window"));
        assertThat(KeyDates.problems(List.of(), start, horizon)).hasSize(1);
    }
}
