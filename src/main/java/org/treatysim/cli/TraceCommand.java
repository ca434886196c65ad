package org.treatysim.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim trace SCENARIO [--run I] [--csv]}: one run step by step, the same run as row
 * I of {@code runs.csv.gz}, so an analyst can see why it ended as it did.
 */
@Command(name = "trace",
        description = {
            "Prints one run step by step: offers per issue, clocks, pressures by source, the drafted package,"
                    + " events and state changes.",
            "Run I is the same run as row I of runs.csv.gz (same scenario and seed). Writes no file."
        })
public final class TraceCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--run", paramLabel = "I", defaultValue = "0",
            description = "Run index, 0-based (default: ${DEFAULT-VALUE}).")
    int run;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
    Long seed;

    @Option(names = "--csv", description = "One CSV row per step with every number, instead of a table.")
    boolean csv;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException {
        if (run < 0) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--run must be 0 or more, not " + run);
        }
        Scenario scenario = new ScenarioLoader().load(file).scenario();
        if (seed != null) {
            scenario = scenario.withRunsAndSeed(scenario.runs(), seed);
        }
        TraceFormatter.write(scenario, run, csv ? TraceFormatter.Format.CSV : TraceFormatter.Format.TABLE,
                spec.commandLine().getOut());
        return 0;
    }
}
