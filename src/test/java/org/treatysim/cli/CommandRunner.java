package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the treatysim command line in-process with captured stdout and stderr, for CLI tests. */
final class CommandRunner {
    private CommandRunner() { }

    /** Exit status and what was printed. */
    record Captured(int status, String out, String err) { }

    static Captured execute(String... args) {
        CommandLine cli = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int status = cli.execute(args);
        return new Captured(status, out.toString(), err.toString());
    }

    /** A file under src/test/resources/update, as a path string. */
    static String resource(String name) {
        try {
            return Path.of(CommandRunner.class.getResource("/update/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every path under {@code root}, relative to it, sorted; empty when it does not exist. */
    static List<String> tree(Path root) {
        if (!Files.exists(root)) return List.of();
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
