package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
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
    void aNumberBelowItsLeastIsAUsageErrorSaidAlikeByEveryCommand(@TempDir Path out) {
        String[][] cases = {
            {"--runs must be at least 1, got 0", "score", TOY, "--outcomes", "outcomes.yaml", "--runs", "0"},
            {"--runs must be at least 1, got -3", "backtest", "cases", "--runs", "-3"},
            {"--max-runs must be at least 1, got 0", "update", TOY, "--observed", "observed.yaml", "--max-runs", "0"},
            {"--points must be at least 2, got 1", "calibrate", "cases", "--fit", "patience=0.5:2", "--points", "1"},
            {"--runs must be at least 1, got 0", "calibrate", "cases", "--fit", "patience=0.5:2", "--runs", "0"}};
        for (String[] c : cases) {
            String[] args = Stream.concat(Arrays.stream(c, 1, c.length), Stream.of("--out", out.toString()))
                    .toArray(String[]::new);
            CommandRunner.Captured refused = execute(args);
            assertThat(refused.status()).as(c[0]).isEqualTo(Main.INVALID_INPUT);
            assertThat(refused.err()).as(c[0]).startsWith(c[0]).contains("Usage: treatysim " + c[1]);
        }
        assertThat(CommandRunner.tree(out)).isEmpty();
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
