package org.treatysim.layeringfixture.montecarlo;

import java.io.FileWriter;
import java.io.IOException;
import org.treatysim.layeringfixture.model.Engine;
import org.treatysim.layeringfixture.stats.Tally;

/** Stands for the Monte Carlo engine: runs the model, tallies with the statistics. */
public final class Runner {
    private Runner() { }

    public static double run(double weight) {
        return weight * (new Tally().count() + Engine.steps());
    }
}

/** Wrong: the engine writes a file itself. */
final class WrongMonteCarloWritesAFile {
    private WrongMonteCarloWritesAFile() { }

    static void write() throws IOException {
        try (FileWriter out = new FileWriter("runs.csv", java.nio.charset.StandardCharsets.UTF_8)) {
            out.write("run\n");
        }
    }
}
