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

/** The one mapping from what ended a command to what it says on stderr and its exit status. */
class CommandFailureTest {
    private static final Path TARGET = Path.of("results", "toy");

    /** What a failure says, as "STATUS: line|line". */
    private static String said(CommandFailure failure) {
        StringWriter err = new StringWriter();
        int status = failure.report(new PrintWriter(err));
        return status + ": " + String.join("|", err.toString().lines().toList());
    }

    private static String of(Exception failure) {
        return said(CommandFailure.of(failure, "run", TARGET));
    }

    @Test
    void invalidInputIsStatusTwo() {
        Problem problem = new Problem("toy.yaml", 3, 5, "horizon", "before the start (expected a later date)");
        assertThat(said(CommandFailure.of(new ScenarioException(List.of(problem)), "run", null)))
                .isEqualTo("2: " + problem);
        assertThat(said(CommandFailure.of(new SweepInputException("--samples 3 is too few"), "sweep", null)))
                .isEqualTo("2: treatysim sweep: --samples 3 is too few");
        assertThat(of(new ResultsFolder.TargetExistsException(TARGET))).isEqualTo("2: treatysim run: " + TARGET
                + " already exists: pass --force to replace it");
        assertThat(of(new FolderLock.BusyException(TARGET, OptionalLong.of(42)))).isEqualTo("2: treatysim run: "
                + TARGET + " is being written by another treatysim job (process 42): wait for it to finish, or write"
                + " elsewhere with --out");
    }

    @Test
    void aStoppedJobAndAFailureAreStatusOneAndNameTheFolderNotWritten() {
        assertThat(of(new InterruptedException())).isEqualTo("1: treatysim run: stopped; " + TARGET
                + " was not written");
        assertThat(of(new ClosedByInterruptException())).isEqualTo(of(new InterruptedException()));
        assertThat(of(new AccessDeniedException("results/toy/summary.json"))).isEqualTo("1: treatysim run: "
                + TARGET + " was not written: results/toy/summary.json: permission denied");
        assertThat(of(new MonteCarloException("run 7 failed", 7, new IllegalStateException())))
                .isEqualTo("1: treatysim run: " + TARGET + " was not written: run 7 failed");
    }

    @Test
    void whatACommandSaidItselfIsKeptAsItIs() {
        CommandFailure said = CommandFailure.invalid(List.of("compare: one", "compare: two"));
        assertThat(CommandFailure.of(said, "compare", TARGET)).isSameAs(said);
        assertThat(said(said)).isEqualTo("2: compare: one|compare: two");
        assertThat(said(CommandFailure.failed("update: none", "update: nothing written."))).isEqualTo(
                "1: update: none|update: nothing written.");
    }
}
