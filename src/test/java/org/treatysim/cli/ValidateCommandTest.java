package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.scenario.NamedPipes;
import org.treatysim.scenario.Problem;
import org.treatysim.scenario.ScenarioException;
import picocli.CommandLine;

class ValidateCommandTest {

    private record Captured(int status, String out, String err) { }

    private static Captured execute(CommandLine cli, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Captured(status, out.toString(), err.toString());
    }

    private static Captured execute(String... args) {
        return execute(Main.commandLine(), args);
    }

    private static String fixture(String name) {
        try {
            return Path.of(ValidateCommandTest.class.getResource("/scenario/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void validFilesAreListedWithTheirSizeAndExitZero() {
        String example = fixture("scenario-md-example.yaml");
        String complete = fixture("complete.yaml");

        Captured result = execute("validate", example, complete);

        // uncertain parameters counted by hand: in the example, the distributions of ARM (reservation on
        // constitution, patienceDays, stance, batna), of AZE (the same four), Russia's influence, the event's
        // engagement, initialingDays, signingDays, prepDays, support and turnout: 15. complete.yaml has 18 of
        // version 1 and 3 of version 2 (ARM's lossExponent, cop29's missed.trustLoss, earliestShiftDays): 21.
        assertThat(result.out()).isEqualTo("OK " + example + ": baseline-2024-09, 3 issues, 15 uncertain parameters"
                + System.lineSeparator() + "OK " + complete + ": complete-2024-09, 8 issues, 21 uncertain parameters"
                + System.lineSeparator());
        assertThat(result.err()).isEmpty();
        assertThat(result.status()).isZero();
    }

    @Test
    void invalidFilesPrintEveryProblemOnStderrAndExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(Path.of(fixture("minimal.yaml")))
                .replace("stance: 1 }\n  P2", "stance: 0 }\n  P2").replace("horizon: 2025-09-24", "horizon: 2024-09-01"));
        String good = fixture("minimal.yaml");
        List<Path> before = listing(dir);

        Captured result = execute("validate", bad.toString(), good);

        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.out()).isEqualTo("OK " + good + ": minimal, 2 issues, 0 uncertain parameters" + System.lineSeparator());
        assertThat(result.err().lines()).containsExactly(
                bad + ":4:10: horizon: horizon 2024-09-01 is not after start 2024-09-24 (expected a horizon later than the start)",
                bad + ":9:77: parties.P1.stance: 0 is out of range (expected a value > 0)",
                "validate: 1 of 2 files are not valid");
        assertThat(listing(dir)).as("validate writes nothing").isEqualTo(before);
    }

    @Test
    void aMissingFileIsInvalidInput(@TempDir Path dir) {
        Captured result = execute("validate", dir.resolve("nowhere.yaml").toString());

        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).startsWith(dir.resolve("nowhere.yaml") + ":1:1: no such file");
    }

    @Test
    void withoutFilesItIsAUsageError() {
        Captured result = execute("validate");

        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).contains("Missing required parameter: 'SCENARIO'");
    }

    @Test
    @Timeout(value = 30, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // opening a pipe would block for ever
    void aNamedPipeIsRefusedWithExitTwo(@TempDir Path dir) throws Exception {
        Path pipe = NamedPipes.create(dir.resolve("scenario.yaml"));

        Captured result = execute("validate", pipe.toString());

        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).isEqualTo(pipe + ":1:1: " + pipe + " is not a regular file: a pipe, device or socket"
                + " (expected a scenario file)" + System.lineSeparator());
    }

    @Test
    void theHelpListsValidate() {
        assertThat(execute("--help").out()).contains("validate");
        assertThat(execute("validate", "--help").out()).contains("Usage: treatysim validate").contains("SCENARIO...");
    }

    @CommandLine.Command(name = "boom")
    static final class InvalidScenarioCommand implements Callable<Integer> {
        @Override
        public Integer call() throws ScenarioException {
            throw new ScenarioException(List.of(new Problem("s.yaml", 3, 5, "runs", "found 'many' (expected a whole number)")));
        }
    }

    @Test
    void anyCommandThatMeetsAnInvalidScenarioExitsTwoWithTheProblems() {
        CommandLine cli = Main.commandLine();
        cli.addSubcommand("boom", new InvalidScenarioCommand());

        Captured result = execute(cli, "boom");

        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).isEqualTo("s.yaml:3:5: runs: found 'many' (expected a whole number)" + System.lineSeparator());
    }
}
