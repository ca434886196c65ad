package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.sweep.SweepInputException;
import org.treatysim.scenario.Problem;
import org.treatysim.scenario.ScenarioException;

/** The one mapping from what ended a command to what it says and its exit status. */
class CommandFailureTest {
    private static final Path TARGET = Path.of("results", "toy");

    private static CommandFailure of(Exception failure) {
        return CommandFailure.of(failure, "run", TARGET);
    }

    @Test
    void invalidInputIsStatusTwo() {
        Problem problem = new Problem("toy.yaml", 3, 5, "horizon", "before the start (expected a later date)");
        CommandFailure scenario = CommandFailure.of(new ScenarioException(List.of(problem)), "run", null);
        assertThat(scenario.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(scenario.lines()).containsExactly(problem.toString());

        assertThat(CommandFailure.of(new SweepInputException("--samples 3 is too few"), "sweep", null).lines())
                .containsExactly("treatysim sweep: --samples 3 is too few");
        CommandFailure exists = of(new ResultsFolder.TargetExistsException(TARGET));
        assertThat(exists.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(exists.lines()).containsExactly("treatysim run: " + TARGET + " already exists: pass --force to"
                + " replace it");
        assertThat(of(new FolderLock.BusyException(TARGET, OptionalLong.of(42))).lines()).containsExactly(
                "treatysim run: " + TARGET + " is being written by another treatysim job (process 42): wait for it to"
                        + " finish, or write elsewhere with --out");
    }

    @Test
    void aStoppedJobAndAFailureAreStatusOneAndNameTheFolderNotWritten() {
        for (Exception stop : new Exception[] {new InterruptedException(), new ClosedByInterruptException()}) {
            CommandFailure stopped = of(stop);
            assertThat(stopped.status()).isEqualTo(Main.FAILURE);
            assertThat(stopped.lines()).containsExactly("treatysim run: stopped; " + TARGET + " was not written");
        }
        assertThat(of(new AccessDeniedException("results/toy/summary.json")).lines()).containsExactly(
                "treatysim run: " + TARGET + " was not written: results/toy/summary.json: permission denied");
        CommandFailure engine = of(new MonteCarloException("run 7 failed", 7, new IllegalStateException()));
        assertThat(engine.status()).isEqualTo(Main.FAILURE);
        assertThat(engine.lines()).containsExactly("treatysim run: " + TARGET + " was not written: run 7 failed");
    }

    @Test
    void whatACommandSaidItselfIsKeptAndReportedAsItIs() {
        CommandFailure said = CommandFailure.invalid(List.of("compare: one", "compare: two"));
        assertThat(of(said)).isSameAs(said);
        StringWriter err = new StringWriter();
        assertThat(said.report(new PrintWriter(err))).isEqualTo(Main.INVALID_INPUT);
        assertThat(err.toString()).isEqualTo("compare: one" + System.lineSeparator() + "compare: two"
                + System.lineSeparator());
        assertThat(CommandFailure.failed("update: none").status()).isEqualTo(Main.FAILURE);
    }
}
