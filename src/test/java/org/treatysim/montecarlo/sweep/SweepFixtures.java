package org.treatysim.montecarlo.sweep;

import java.net.URISyntaxException;
import java.nio.file.Path;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;

/** The sweep's test scenarios, from src/test/resources/sweep. */
public final class SweepFixtures {
    /** Only {@code parties.AZE.patienceDays} moves P(signed); RUS's influence and decay are inert. */
    public static final String ONE_DRIVER = "one-driver.yaml";
    /** The parameter that matters in {@link #ONE_DRIVER}. */
    public static final String DRIVER = "parties.AZE.patienceDays";

    private SweepFixtures() { }

    /** The path of a fixture file. */
    public static Path path(String name) {
        try {
            return Path.of(SweepFixtures.class.getResource("/sweep/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixture scenario, loaded and validated. */
    public static Scenario scenario(String name) {
        try {
            LoadedScenario loaded = new ScenarioLoader().load(path(name));
            return loaded.scenario();
        } catch (ScenarioException e) {
            throw new IllegalStateException(e);
        }
    }
}
