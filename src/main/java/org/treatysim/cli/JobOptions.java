package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options of every command that runs the model and writes a results folder (run, compare,
 * sweep, update, score, backtest): the master seed, the calibration, where the folder goes, whether it may replace an
 * earlier one, how many worker threads run, and whether progress is shown. Mixed in with
 * {@code @Mixin}, so that they are spelled, checked and documented alike in every command.
 */
final class JobOptions {

    @Option(names = "--seed", paramLabel = "S",
            description = "Master seed, any 64-bit integer (default: the seed in the scenario file; compare uses the"
                    + " first file's for every scenario).")
    Long seed;

    @Option(names = "--calibration", paramLabel = "FILE",
            description = "A calibration file (global hyperparameters, see docs/calibration.md) applied to every"
                    + " scenario instead of the one its calibration key names, if any.")
    Path calibration;

    @Option(names = "--threads", paramLabel = "T",
            description = "Worker threads, at least 1 (default: one per core); the results do not depend on it.")
    Integer threads;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "results",
            description = "Folder of results folders (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--force",
            description = "Replace what an earlier ${COMMAND-NAME} wrote there, once the new results are complete.")
    boolean force;

    @Option(names = "--quiet", description = "No progress on stderr.")
    boolean quiet;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /**
     * The worker threads: {@code --threads}, or one per core.
     *
     * @throws CommandLine.ParameterException (exit status 2) for fewer than one
     */
    int workers() {
        if (threads == null) return MonteCarloEngine.defaultThreads();
        Optional<String> wrong = ResultsCommand.belowLeast("--threads", threads, 1);
        if (wrong.isPresent()) throw new CommandLine.ParameterException(command.commandLine(), wrong.get());
        return threads;
    }

    /**
     * Checks {@code --out} before any work: it must name a folder, not be the root of the file
     * system, and be a folder that can be written, or one that can be made in a folder that can.
     * Otherwise the job would run for nothing and fail when it writes (or, for an empty name,
     * write into the current folder).
     *
     * @throws CommandLine.ParameterException (exit status 2) saying what is wrong with it
     */
    void checkOut() {
        if (out.toString().isBlank()) {
            throw usage("--out is empty: name the folder for the results (default: results)");
        }
        Path absolute = out.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw usage("--out " + out + " is the root of the file system: name a folder for the results");
        }
        Path existing = absolute;
        while (!Files.exists(existing)) existing = existing.getParent();
        String where = existing.equals(absolute) ? "" : " (" + existing + ")";
        if (!Files.isDirectory(existing)) {
            throw usage("--out " + out + where + " is " + (Files.isRegularFile(existing) ? "a file" : "a device or"
                    + " another special file") + ", not a folder");
        }
        // Permissions alone do not say it (a read-only mount, a pseudo file system): make a folder there.
        Path probe = existing.resolve(".treatysim-write-check-" + ProcessHandle.current().pid());
        try {
            Files.createDirectory(probe);
            Files.delete(probe);
        } catch (NoSuchFileException pseudo) {
            throw usage("--out " + out + ": cannot write in " + existing + " (no folder can be made there)");
        } catch (IOException cannot) {
            throw usage("--out " + out + ": cannot write in " + existing + " (" + CommandFailure.reason(cannot) + ")");
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(command.commandLine(), message);
    }

    /**
     * A progress bar (on a terminal) or progress lines on stderr, or {@code null} with
     * {@code --quiet}; for try-with-resources, which skips a null resource.
     */
    ProgressReporter progress() {
        if (quiet) return null;
        PrintWriter err = command.commandLine().getErr();
        return new ProgressReporter(System.console() != null, System.err, err, System::nanoTime);
    }

    /**
     * Where an analysis of {@code scenario}'s forecast goes: {@code <out>/<scenario id>/<analysis>},
     * inside the forecast's folder ({@link ForecastJob#ANALYSES}).
     */
    Path analysisFolder(Scenario scenario, String analysis) {
        return out.resolve(scenario.id()).resolve(analysis);
    }

    /** {@code scenario} with the {@code --seed}, if one was given. */
    Scenario seeded(Scenario scenario) {
        return seed == null ? scenario : scenario.withRunsAndSeed(scenario.runs(), seed);
    }

    /** The listener to give the engine: {@code reporter}, or none when it is null. */
    static ProgressListener listener(ProgressReporter reporter) {
        return reporter == null ? ProgressListener.NONE : reporter;
    }
}
