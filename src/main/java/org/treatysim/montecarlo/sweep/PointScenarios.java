package org.treatysim.montecarlo.sweep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;

/** The scenario at one design point: every factor fixed at the point's value, everything else as it was. */
public final class PointScenarios {
    private PointScenarios() { }

    /**
     * {@code base} with the parameter at {@code factors.get(j)} replaced by the fixed number
     * {@code values[j]}, for every j. Parameters that are not factors keep their number or
     * distribution, so a distribution left out of the sweep is still drawn in every run.
     *
     * @throws IllegalArgumentException when a factor names no parameter of {@code base}
     */
    public static Scenario at(Scenario base, List<String> factors, double[] values) {
        if (values.length != factors.size()) {
            throw new IllegalArgumentException(values.length + " values for " + factors.size() + " factors");
        }
        Map<String, Integer> column = new HashMap<>();
        for (int j = 0; j < factors.size(); j++) {
            column.put(factors.get(j), j);
        }
        int[] replaced = {0};
        Scenario fixed = ScenarioParameters.map(base, (path, quantity) -> {
            Integer j = column.get(path);
            if (j == null) return quantity;
            replaced[0]++;
            return Quantity.of(values[j]);
        });
        if (replaced[0] != factors.size()) {
            throw new IllegalArgumentException("some of " + factors + " name no parameter of " + base.id());
        }
        return fixed;
    }
}
