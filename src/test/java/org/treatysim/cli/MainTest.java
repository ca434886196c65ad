package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    private record Captured(int status, String out, String err) { }

    private static Captured execute(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Captured(status, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommands() {
        Captured result = execute("--help");
        assertThat(result.status()).isZero();
        assertThat(result.out()).contains("Usage: treatysim").contains("help");
    }

    @Test
    void versionNamesTheProgram() {
        Captured result = execute("--version");
        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("treatysim ");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Captured result = execute("--no-such-option");
        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).contains("Unknown option");
    }
}
