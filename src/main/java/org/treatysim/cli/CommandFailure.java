package org.treatysim.cli;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.PrintWriter;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.treatysim.montecarlo.conditioning.NoMatchingRunException;
import org.treatysim.montecarlo.sweep.SweepInputException;
import org.treatysim.scenario.Problem;
import org.treatysim.scenario.ScenarioException;

/**
 * Why a command ends without its results: the lines it says on stderr and its exit status,
 * {@value Main#INVALID_INPUT} for invalid input (bad files, options that do not fit them, a results
 * folder that exists without {@code --force} or that another job is writing) or
 * {@value Main#FAILURE} for a failure (a file that cannot be written, a job that was stopped). A
 * job stopped by Ctrl-C or SIGTERM says so here, and the JVM then exits with the signal's status,
 * 130 or 143 ({@link ShutdownGuard}). Usage errors that picocli can see on its own
 * ({@link picocli.CommandLine.ParameterException}) are picocli's, also with status
 * {@value Main#INVALID_INPUT}.
 *
 * <p>{@link #of} is the one mapping from what went wrong to what is said and the status; commands
 * throw this exception for what only they can word (e.g. {@code compare}'s scenarios that cannot
 * be compared).
 */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> lines;

    private CommandFailure(int status, List<String> lines) {
        super(String.join("\n", lines));
        this.status = status;
        this.lines = List.copyOf(lines);
    }

    /** Invalid input, said in {@code lines} (each a located problem or a whole sentence). */
    static CommandFailure invalid(List<String> lines) {
        return new CommandFailure(Main.INVALID_INPUT, lines);
    }

    /** A failure, said in {@code lines}. */
    static CommandFailure failed(String... lines) {
        return new CommandFailure(Main.FAILURE, List.of(lines));
    }

    /**
     * What ended a command, in words, with its exit status.
     *
     * @param failure what was thrown: one of these, a {@link ScenarioException} or
     *                {@link SweepInputException} (invalid input), a {@link NoMatchingRunException}
     *                (update: no run met the observations), a {@link ResultsFolder.TargetExistsException}
     *                or {@link FolderLock.BusyException}, an interruption, or any other failure
     * @param command the command's name, e.g. {@code run}
     * @param target  the results folder the command was writing, or null before it began one
     */
    static CommandFailure of(Exception failure, String command, Path target) {
        String name = "treatysim " + command;
        if (failure instanceof CommandFailure said) return said;
        if (failure instanceof ScenarioException invalid) {
            return invalid(invalid.problems().stream().map(Problem::toString).toList());
        }
        if (failure instanceof SweepInputException || failure instanceof ResultsFolder.TargetExistsException
                || failure instanceof FolderLock.BusyException) {
            return invalid(List.of(name + ": " + failure.getMessage()));
        }
        if (failure instanceof CheckpointFile.ForeignException foreign) {
            return invalid(List.of(foreign.getMessage(), name + ": " + target + " was not written"));
        }
        if (failure instanceof NoMatchingRunException none) {
            return failed(command + ": " + none.getMessage(), command + ": nothing written.");
        }
        Objects.requireNonNull(target, "target");
        if (stopped(failure)) return failed(name + ": stopped; " + target + " was not written");
        return failed(name + ": " + target + " was not written: " + describe(failure));
    }

    /** Says the lines on {@code err} and returns the exit status. */
    int report(PrintWriter err) {
        lines.forEach(err::println);
        err.flush();
        return status;
    }

    /**
     * Whether {@code failure} is the job being stopped (Ctrl-C or SIGTERM interrupt its thread) rather
     * than failing: an interrupt while waiting, or a file write that the interrupt cut off.
     */
    static boolean stopped(Exception failure) {
        return failure instanceof InterruptedException || failure instanceof InterruptedIOException
                || failure instanceof ClosedByInterruptException;
    }

    /** A failure in words: the file it concerns (if any) and why. */
    static String describe(Exception failure) {
        if (failure instanceof FileSystemException e && e.getFile() != null) {
            return e.getFile() + (e.getOtherFile() == null ? "" : " -> " + e.getOtherFile()) + ": " + reason(e);
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    /** Why a file operation failed, in words. */
    static String reason(IOException failure) {
        if (failure instanceof AccessDeniedException) return "permission denied";
        if (failure instanceof FileSystemException e && e.getReason() != null) return e.getReason();
        if (failure instanceof NoSuchFileException) return "no such file or folder";
        if (failure instanceof FileAlreadyExistsException) return "already exists";
        if (failure instanceof NotDirectoryException) return "not a folder";
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
