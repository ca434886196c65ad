package org.treatysim.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim validate SCENARIO...}: checks scenario files (and the files they extend)
 * without running anything or writing any file.
 */
@Command(name = "validate",
        description = {
            "Checks scenario files without running anything; writes no file.",
            "Prints \"OK FILE: ID, N issues, M uncertain parameters\" for each valid file on stdout, and every"
                    + " problem of the others on stderr as FILE:LINE:COLUMN: path.to.key: message (expected ...).",
            "Exit status 0 when every file is valid, 2 when any is not."
        })
public final class ValidateCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "SCENARIO", description = "Scenario files (YAML).")
    List<Path> files;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader();
        int invalid = 0;
        for (Path file : files) {
            try {
                Scenario scenario = loader.load(file).scenario();
                // uncertain: given as a distribution, so drawn anew in every run
                long uncertain = ScenarioParameters.of(scenario).values().stream().filter(q -> !q.isFixed()).count();
                out.println("OK " + file + ": " + scenario.id() + ", " + count(scenario.issues().size(), "issue")
                        + ", " + count(uncertain, "uncertain parameter"));
            } catch (ScenarioException e) {
                invalid++;
                e.problems().forEach(err::println);
            }
        }
        if (invalid > 0 && files.size() > 1) {
            err.println("validate: " + invalid + " of " + files.size() + " files are not valid");
        }
        out.flush();
        err.flush();
        return invalid == 0 ? 0 : Main.INVALID_INPUT;
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
