package org.treatysim.montecarlo.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.stats.sensitivity.Factor;

class SweepFactorsTest {
    private static final Scenario SCENARIO = SweepFixtures.scenario(SweepFixtures.ONE_DRIVER);

    private static List<String> names(List<Factor> factors) {
        return factors.stream().map(Factor::name).toList();
    }

    @Test
    void withoutVaryTheScenariosDistributionsAreTheFactorsInCanonicalOrder() throws Exception {
        List<Factor> factors = SweepFactors.resolve(SCENARIO, Map.of(), false);
        assertThat(names(factors)).containsExactly("parties.AZE.patienceDays", "patrons.RUS.influence",
                "patrons.RUS.decayPerYear");
        assertThat(factors.get(0).distribution()).isEqualTo(new Quantity.Uniform(200, 1400));
    }

    @Test
    void varyReplacesADistributionOrMakesAFixedParameterAFactor() throws Exception {
        Map<String, Quantity> varied = new LinkedHashMap<>();
        // Given in the reverse of canonical order: the factors still come in canonical order.
        varied.put("parties.AZE.patienceDays", new Quantity.Uniform(300, 900));
        varied.put("parties.ARM.stance", new Quantity.Uniform(0.5, 2));
        List<Factor> factors = SweepFactors.resolve(SCENARIO, varied, false);
        assertThat(names(factors)).containsExactly("parties.ARM.stance", "parties.AZE.patienceDays",
                "patrons.RUS.influence", "patrons.RUS.decayPerYear");
        assertThat(factors.get(1).distribution()).isEqualTo(new Quantity.Uniform(300, 900));

        List<Factor> only = SweepFactors.resolve(SCENARIO, varied, true);
        assertThat(names(only)).containsExactly("parties.ARM.stance", "parties.AZE.patienceDays");
    }

    @Test
    void anUnknownPathNamesTheClosestKnownOne() {
        assertThatThrownBy(() -> SweepFactors.resolve(SCENARIO,
                Map.of("parties.AZE.patiencedays", new Quantity.Uniform(1, 2)), false))
                .isInstanceOf(SweepInputException.class)
                .hasMessage("--vary parties.AZE.patiencedays: no such parameter in one-driver (expected the dotted path"
                        + " of one of its parameters; the closest is parties.AZE.patienceDays)");
        assertThatThrownBy(() -> SweepFactors.resolve(SCENARIO,
                Map.of("mediators.USA.engagement", new Quantity.Uniform(0, 1)), false))
                .hasMessageContaining("no such parameter in one-driver");
    }

    @Test
    void aFixedReplacementOrNothingToVaryIsRefused() {
        assertThatThrownBy(() -> SweepFactors.resolve(SCENARIO, Map.of("parties.ARM.stance", Quantity.of(2)), false))
                .isInstanceOf(SweepInputException.class).hasMessageContaining("a sweep needs a range to vary over");
        assertThatThrownBy(() -> SweepFactors.resolve(SCENARIO, Map.of(), true))
                .hasMessageContaining("--vary-only needs at least one --vary");
        Scenario fixed = PointScenarios.at(SCENARIO, List.of("parties.AZE.patienceDays", "patrons.RUS.influence",
                "patrons.RUS.decayPerYear"), new double[] {500, 0.5, 0.1});
        assertThatThrownBy(() -> SweepFactors.resolve(fixed, Map.of(), false))
                .hasMessageContaining("one-driver has no uncertain parameters to sweep");
    }

    @Test
    void closestUsesEditDistance() {
        assertThat(SweepFactors.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(SweepFactors.distance("", "abc")).isEqualTo(3);
        assertThat(SweepFactors.closest("shocks.pauseweek", List.of("shocks.pauseWeeks", "shocks.trustLoss")))
                .isEqualTo("shocks.pauseWeeks");
    }
}
