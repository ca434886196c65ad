package org.treatysim.layeringfixture.model;

import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.treatysim.layeringfixture.model.spec.SpecRecord;
import org.treatysim.layeringfixture.stats.Tally;

/** Stands for the model: reads only its spec. */
public final class Engine {
    private Engine() { }

    public static double run(SpecRecord spec) {
        return spec.value() * steps();
    }

    public static int steps() {
        return 52;
    }
}

/** Wrong: the model imports the statistics above it. */
final class WrongModelUsesStats {
    private WrongModelUsesStats() { }

    static Tally tally() {
        return new Tally();
    }
}

/** Wrong: the model reads a file. */
final class WrongModelReadsAFile {
    private WrongModelReadsAFile() { }

    static String read() throws IOException {
        return Files.readString(Path.of("scenario.yaml"));
    }
}

/** Wrong: the model prints. */
final class WrongModelPrints {
    private WrongModelPrints() { }

    static void say() {
        System.out.println("step");
    }
}

/** Wrong: the model draws. */
final class WrongModelDraws {
    private WrongModelDraws() { }

    static Color colour() {
        return Color.RED;
    }
}
