package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;

/** {@link ScenarioLoader#rangeProblem}: the loader's range checks, by parameter path, for replacement values. */
class RangeProblemTest {

    @Test
    void valuesInsideTheParametersRangePass() {
        assertThat(ScenarioLoader.rangeProblem("parties.AZE.patienceDays", new Quantity.Uniform(300, 900))).isEmpty();
        assertThat(ScenarioLoader.rangeProblem("ratification.referendum.support", new Quantity.Beta(2, 3))).isEmpty();
        assertThat(ScenarioLoader.rangeProblem("mediators.USA.bias", new Quantity.Uniform(-0.5, 0.5))).isEmpty();
    }

    @Test
    void drawsOutsideTheRangeAreNamedWithWhatWasExpected() {
        assertThat(ScenarioLoader.rangeProblem("mediators.USA.engagement", new Quantity.Uniform(0.5, 1.5)))
                .hasValueSatisfying(m -> assertThat(m).contains("1.5").contains("expected draws that are a value in [0, 1]"));
        assertThat(ScenarioLoader.rangeProblem("parties.ARM.stance", new Quantity.Uniform(0, 2)))
                .hasValueSatisfying(m -> assertThat(m).contains("a value > 0"));
        assertThat(ScenarioLoader.rangeProblem("shocks.pauseWeeks", new Quantity.Normal(4, 1)))
                .hasValueSatisfying(m -> assertThat(m).contains("unbounded"));
    }

    @Test
    void eventOperandsAreCheckedAgainstTheirTarget() {
        assertThat(ScenarioLoader.rangeProblem("events.0.set.mediators.USA.engagement", new Quantity.Uniform(0.2, 1.2)))
                .isPresent();
        assertThat(ScenarioLoader.rangeProblem("events.0.set.mediators.USA.engagement", new Quantity.Uniform(0.2, 1)))
                .isEmpty();
        assertThat(ScenarioLoader.rangeProblem("events.1.multiply.parties.ARM.patienceDays",
                new Quantity.Uniform(-1, 2))).hasValueSatisfying(m -> assertThat(m).contains("factor >= 0"));
        assertThat(ScenarioLoader.rangeProblem("events.1.add.parties.ARM.patienceDays", new Quantity.Uniform(-90, 90)))
                .isEmpty();
    }
}
