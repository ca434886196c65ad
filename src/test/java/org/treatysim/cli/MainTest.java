package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

    @Test
    void helpListsTheCommands() {
        CommandRunner.Captured result = execute("--help");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Usage: treatysim").contains("help");
    }

    @Test
    void versionNamesTheProgram() {
        CommandRunner.Captured result = execute("--version");
        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("treatysim ");
    }

    /** The subcommands inherit --help and --version from the top command rather than each declaring them. */
    @ParameterizedTest
    @ValueSource(strings = {"validate", "run", "trace", "compare", "sweep", "update", "score", "backtest", "calibrate",
        "brief"})
    void everyCommandHasHelpAndVersion(String command) {
        CommandRunner.Captured version = execute(command, "--version");
        assertThat(version.status()).isZero();
        assertThat(version.out()).isEqualTo(execute("--version").out());
        CommandRunner.Captured help = execute(command, "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("Usage: treatysim " + command).contains("-h, --help").contains("-V, --version");
    }

    /** The commands that read one scenario file name and describe it alike (ScenarioFileParameter). */
    @ParameterizedTest
    @ValueSource(strings = {"sweep", "update", "score", "trace"})
    void everyCommandOfOneScenarioDescribesItAlike(String command) {
        assertThat(execute(command, "--help").out())
                .containsPattern("(?m)^ {6}SCENARIO +The scenario file \\(YAML\\)\\.$");
    }

    @Test
    void noCommandIsAUsageErrorWithTheUsageOnStderr() {
        CommandRunner.Captured result = execute();
        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("treatysim: a command is required").contains("Usage: treatysim")
                .contains("validate").contains("brief");
    }

    @Test
    void unknownOptionIsAUsageError() {
        CommandRunner.Captured result = execute("--no-such-option");
        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).contains("Unknown option");
    }
}
