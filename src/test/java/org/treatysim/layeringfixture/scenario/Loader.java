package org.treatysim.layeringfixture.scenario;

import org.treatysim.layeringfixture.model.Engine;
import org.treatysim.layeringfixture.model.spec.SpecRecord;
import org.treatysim.layeringfixture.montecarlo.Runner;

/** Stands for the scenario loader: builds spec records. */
public final class Loader {
    private Loader() { }

    public static SpecRecord load(String text) {
        return new SpecRecord(text.length());
    }
}

/** Wrong: the loader runs the model's simulation. */
final class WrongScenarioRunsTheModel {
    private WrongScenarioRunsTheModel() { }

    static double run() {
        return Engine.run(Loader.load("x"));
    }
}

/** Wrong: the loader imports the Monte Carlo engine. */
final class WrongScenarioUsesMonteCarlo {
    private WrongScenarioUsesMonteCarlo() { }

    static double run() {
        return Runner.run(Loader.load("x").value());
    }
}
