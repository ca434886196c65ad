package org.treatysim.montecarlo.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;

class PointScenariosTest {
    private static final Scenario SCENARIO = SweepFixtures.scenario(SweepFixtures.ONE_DRIVER);

    @Test
    void factorsAreFixedAndEverythingElseIsKept() {
        Scenario point = PointScenarios.at(SCENARIO, List.of("parties.AZE.patienceDays", "patrons.RUS.decayPerYear"),
                new double[] {640, 0.25});
        Map<String, Quantity> before = ScenarioParameters.of(SCENARIO);
        Map<String, Quantity> after = ScenarioParameters.of(point);
        assertThat(after.get("parties.AZE.patienceDays")).isEqualTo(Quantity.of(640));
        assertThat(after.get("patrons.RUS.decayPerYear")).isEqualTo(Quantity.of(0.25));
        assertThat(after.get("patrons.RUS.influence")).isEqualTo(new Quantity.Uniform(0.1, 0.9));
        assertThat(after.keySet()).containsExactlyElementsOf(before.keySet());
        long changed = before.keySet().stream().filter(p -> !before.get(p).equals(after.get(p))).count();
        assertThat(changed).isEqualTo(2);
        assertThat(point.seed()).isEqualTo(SCENARIO.seed());
    }

    @Test
    void anUnknownFactorIsAnError() {
        assertThatThrownBy(() -> PointScenarios.at(SCENARIO, List.of("nothing.here"), new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
