package org.treatysim.bench;

import java.nio.file.Path;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.ScenarioLoader;

/**
 * The baseline scenarios the benchmarks run: {@code scenarios/baseline-2024-09.yaml} (or
 * {@code -Dbench.scenario}), and the same with every mechanism of model version 2 on,
 * {@code src/bench/scenarios/baseline-v2-all.yaml} (or {@code -Dbench.allMechanisms}).
 */
final class Baseline {
    private Baseline() { }

    static Scenario scenario() throws Exception {
        return new ScenarioLoader().load(Path.of(System.getProperty("bench.scenario",
                "scenarios/baseline-2024-09.yaml"))).scenario();
    }

    static Scenario allMechanisms() throws Exception {
        return new ScenarioLoader().load(Path.of(System.getProperty("bench.allMechanisms",
                "src/bench/scenarios/baseline-v2-all.yaml"))).scenario();
    }
}
