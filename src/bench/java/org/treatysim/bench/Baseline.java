package org.treatysim.bench;

import java.nio.file.Path;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.ScenarioLoader;

/** The baseline scenario the benchmarks run: {@code scenarios/baseline-2024-09.yaml}, or {@code -Dbench.scenario}. */
final class Baseline {
    private Baseline() { }

    static Scenario scenario() throws Exception {
        return new ScenarioLoader().load(Path.of(System.getProperty("bench.scenario",
                "scenarios/baseline-2024-09.yaml"))).scenario();
    }
}
