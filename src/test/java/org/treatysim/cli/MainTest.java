package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import org.junit.jupiter.api.Test;

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
