package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.montecarlo.sweep.SweepFixtures;

/** What the commands that write results folders share through {@link ResultsCommand}. */
class ResultsCommandTest {
    private static final String TOY = SweepFixtures.path(SweepFixtures.ONE_DRIVER).toString();

    @Test
    void eachCommandListsItsOwnOptionsBeforeTheSharedOnes() {
        for (String[] command : new String[][] {{"compare", "--dates"}, {"sweep", "--boxes"},
            {"update", "--max-runs"}, {"score", "--runs"}, {"backtest", "--runs"}}) {
            String help = execute(command[0], "--help").out();
            assertThat(help.indexOf("  " + command[1] + "=")).as(command[0]).isPositive()
                    .isLessThan(help.indexOf("  --seed=S"));
        }
    }

    @Test
    void everyCommandThatWritesResultsFindsTheSharedOptionsItMixesIn() {
        picocli.CommandLine main = Main.commandLine();
        java.util.List<String> found = new java.util.ArrayList<>();
        for (picocli.CommandLine sub : main.getSubcommands().values()) {
            if (!(sub.getCommand() instanceof ResultsCommand<?> command)) continue;
            found.add(sub.getCommandName());
            assertThat(sub.getCommandSpec().mixins().values()).as(sub.getCommandName())
                    .extracting(picocli.CommandLine.Model.CommandSpec::userObject).containsOnlyOnce(command.job());
        }
        assertThat(found).contains("run", "compare", "sweep", "update", "score", "backtest", "calibrate");
    }

    @Test
    void anUnknownSweepMethodIsRefusedByPicocliWithStatusTwoAndTheMethodsThereAre(@TempDir Path out) {
        for (String method : new String[] {"morris", "LHS", ""}) {
            CommandRunner.Captured sweep = execute("sweep", TOY, "--method", method, "--out", out.toString());
            assertThat(sweep.status()).as(method).isEqualTo(Main.INVALID_INPUT);
            assertThat(sweep.err()).as(method).startsWith("Invalid value for option '--method': --method " + method
                    + ": unknown method (expected lhs, sobol or grid)").contains("Usage: treatysim sweep");
        }
        assertThat(CommandRunner.tree(out)).isEmpty();
    }
}
