package org.treatysim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.treatysim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code treatysim} command: forecasts negotiations from scenario files.
 * Exit status 0 on success, 2 for invalid input or usage, 1 for anything else. Its
 * {@code --help} and {@code --version} are inherited by every subcommand ({@code scope = INHERIT}).
 */
@Command(name = "treatysim",
        scope = CommandLine.ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Forecasts multi-party negotiations by agent-based Monte Carlo simulation.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, RunCommand.class, TraceCommand.class,
                CompareCommand.class, SweepCommand.class, UpdateCommand.class, ScoreCommand.class,
                BacktestCommand.class, CalibrateCommand.class, BriefCommand.class, MergeCommand.class})
public final class Main implements Callable<Integer> {

    /** Exit status for invalid input or usage. */
    public static final int INVALID_INPUT = 2;
    /** Exit status for any other failure. */
    public static final int FAILURE = 1;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        // What a command lets propagate is said as the commands that write results say it (CommandFailure):
        // an invalid scenario as its problems, a file failure deep inside a library in one line; not a stack trace.
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            if (error instanceof ScenarioException invalid) {
                return CommandFailure.of(invalid, command.getCommandName(), null).report(command.getErr());
            }
            Optional<Throwable> io = fileFailure(error);
            if (io.isPresent()) {
                return CommandFailure.failed("treatysim " + command.getCommandName() + ": " + describe(io.get()))
                        .report(command.getErr());
            }
            throw error;
        });
        cli.setExitCodeExceptionMapper(error -> error instanceof CommandLine.ParameterException
                || error instanceof ScenarioException ? INVALID_INPUT : FAILURE);
        return cli;
    }

    /** The first file failure ({@link UncheckedIOException}, {@link IOException}) among the causes of {@code error}. */
    private static Optional<Throwable> fileFailure(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof UncheckedIOException || cause instanceof IOException) return Optional.of(cause);
        }
        return Optional.empty();
    }

    private static String describe(Throwable failure) {
        return failure instanceof IOException io ? CommandFailure.describe(io) : failure.getMessage();
    }

    /** Without a command there is nothing to do: a usage error, with the usage on stderr. */
    @Override
    public Integer call() {
        CommandLine cli = spec.commandLine();
        cli.getErr().println("treatysim: a command is required");
        cli.usage(cli.getErr());
        cli.getErr().flush();
        return INVALID_INPUT;
    }
}
