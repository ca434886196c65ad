package org.treatysim.cli;

import org.treatysim.scenario.ScenarioException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code treatysim} command: forecasts negotiations from scenario files.
 * Exit status 0 on success, 2 for invalid input or usage, 1 for anything else.
 */
@Command(name = "treatysim",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Forecasts multi-party negotiations by agent-based Monte Carlo simulation.",
        subcommands = {CommandLine.HelpCommand.class, ValidateCommand.class, RunCommand.class, TraceCommand.class,
                CompareCommand.class, SweepCommand.class, UpdateCommand.class, ScoreCommand.class})
public final class Main implements Runnable {

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
        // A command may let an invalid scenario propagate: its problems are the message, not a stack trace.
        cli.setExecutionExceptionHandler((error, command, parsed) -> {
            if (error instanceof ScenarioException invalid) {
                invalid.problems().forEach(command.getErr()::println);
                command.getErr().flush();
                return INVALID_INPUT;
            }
            throw error;
        });
        cli.setExitCodeExceptionMapper(error -> error instanceof CommandLine.ParameterException
                || error instanceof ScenarioException ? INVALID_INPUT : FAILURE);
        return cli;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
