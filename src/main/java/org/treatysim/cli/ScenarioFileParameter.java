package org.treatysim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Parameters;

/**
 * The one scenario file that sweep, update, score and trace read, their positional parameter
 * {@code SCENARIO}; mixed in with {@code @Mixin}, so that it is named and described alike in each.
 */
final class ScenarioFileParameter {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path path;
}
