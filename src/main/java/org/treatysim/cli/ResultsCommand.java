package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.sweep.SweepInputException;
import org.treatysim.scenario.LoadedCalibration;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.stats.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The course of every command that runs the model and writes results folders (run, compare,
 * sweep, update, score, backtest), so that each does the same in the same order and says what
 * went wrong the same way:
 * <ol>
 *   <li>{@link #checkOptions}: the command's own checks that come before the shared options';</li>
 *   <li>{@code --threads} and {@code --out} ({@link JobOptions});</li>
 *   <li>{@link #prepare}: the inputs loaded and checked, every one before anything runs, and the
 *       results folders to write ({@link Work});</li>
 *   <li>under a {@link ShutdownGuard}, each folder in turn: the runs, with progress on stderr; the
 *       files, into a {@link ResultsFolder} that is published only when all of them are written;
 *       then {@link #report} on stdout.</li>
 * </ol>
 * Whatever ends the command early goes through {@link CommandFailure}: one line or more on stderr
 * and exit status 2 for invalid input or 1 for a failure (130 or 143, from the JVM, when Ctrl-C
 * or SIGTERM stopped it). A stopped or failed folder leaves nothing behind, and the folders after
 * it are not begun.
 *
 * @param <R> what the runs of one folder give, to write and to report
 */
abstract class ResultsCommand<R> implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /**
     * One results folder: where it goes, what runs to fill it, and what it is filled with.
     *
     * @param <R> what its runs give
     */
    interface Work<R> {
        /** The folder to write. */
        Path target();

        /** The subfolders of an existing target that other commands wrote and that stay (see {@link ResultsFolder}). */
        default Set<String> kept() {
            return Set.of();
        }

        /**
         * Makes the runs, telling {@code progress}; may already write into {@code folder} what it
         * streams (runs.csv.gz).
         *
         * @param folder the unpublished folder
         * @throws InterruptedException when stopped
         * @throws CommandFailure       when the runs give nothing to write, said in the command's words
         */
        R run(Path folder, ProgressListener progress) throws IOException, InterruptedException, CommandFailure;

        /** Writes the files of {@code result} into {@code folder}, the unpublished folder. */
        void write(R result, Path folder) throws IOException, InterruptedException;

        /** Told once the folder is published, e.g. to delete the job's checkpoint. Nothing by default. */
        default void published() throws IOException {
        }
    }

    /**
     * {@code work} as work whose result is of another type: {@code wrap} turns its result into the
     * other, {@code unwrap} turns it back for writing.
     */
    static <R, S> Work<S> mapped(Work<R> work, Function<R, S> wrap, Function<S, R> unwrap) {
        return new Work<>() {
            @Override
            public Path target() {
                return work.target();
            }

            @Override
            public Set<String> kept() {
                return work.kept();
            }

            @Override
            public S run(Path folder, ProgressListener progress) throws IOException, InterruptedException,
                    CommandFailure {
                return wrap.apply(work.run(folder, progress));
            }

            @Override
            public void write(S result, Path folder) throws IOException, InterruptedException {
                work.write(unwrap.apply(result), folder);
            }

            @Override
            public void published() throws IOException {
                work.published();
            }
        };
    }

    /**
     * A written folder.
     *
     * @param folder the published folder, absolute
     * @param result what its runs gave
     */
    record Published<R>(Path folder, R result) { }

    /**
     * The shared options: the {@link JobOptions} each command mixes in with {@code @Mixin} after its
     * own options, so that its own are listed first in its {@code --help} (picocli lists a
     * superclass's options before the subclass's, so they cannot be declared here).
     *
     * @throws IllegalStateException when the command does not mix them in
     */
    final JobOptions job() {
        return spec.mixins().values().stream().map(CommandSpec::userObject).filter(JobOptions.class::isInstance)
                .map(JobOptions.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException(spec.name() + " does not mix in JobOptions"));
    }

    /**
     * The command's checks that come before {@code --threads} and {@code --out} are checked, e.g.
     * of options that contradict each other. Nothing by default.
     *
     * @throws picocli.CommandLine.ParameterException for a usage error
     */
    void checkOptions() throws CommandFailure, ScenarioException, SweepInputException {
    }

    /**
     * Loads and checks the inputs, all of them before anything runs, and says what to write.
     *
     * @param workers the worker threads, &ge; 1
     * @return the folders to write, in order
     * @throws picocli.CommandLine.ParameterException for a usage error
     */
    abstract List<? extends Work<R>> prepare(int workers) throws CommandFailure, ScenarioException,
            SweepInputException;

    /**
     * Says on stdout (and, for notes, stderr) what the runs gave, once the folder is published.
     *
     * @throws CommandFailure when what follows the folder (e.g. the brief of a sweep's forecast) fails
     */
    abstract void report(R result, Path folder) throws CommandFailure;

    @Override
    public final Integer call() {
        try {
            checkOptions();
            int workers = job().workers();
            job().checkOut();
            List<? extends Work<R>> works = prepare(workers);
            // The guard is released only after the line that says why a job stopped: Ctrl-C waits for it.
            try (ShutdownGuard guard = ShutdownGuard.install()) {
                for (Work<R> work : works) {
                    int status = perform(work);
                    if (status != 0) return status;
                }
            }
            return 0;
        } catch (CommandFailure | ScenarioException | SweepInputException invalid) {
            return CommandFailure.of(invalid, spec.name(), null).report(err());
        } finally {
            out().flush();
            err().flush();
        }
    }

    /** Writes one folder and reports it; the exit status. */
    private int perform(Work<R> work) {
        try {
            Published<R> published;
            try (ProgressReporter progress = job().progress()) {
                published = publish(work, job().force, JobOptions.listener(progress));
            }
            report(published.result(), published.folder());
            return 0;
        } catch (InterruptedException | IOException | MonteCarloException | CommandFailure e) {
            return CommandFailure.of(e, spec.name(), work.target()).report(err());
        }
    }

    /**
     * Makes the runs and writes the folder, whole or not at all: an interruption or a failure at
     * any point leaves nothing of it.
     *
     * @param replace  replace an existing folder ({@code --force})
     * @param progress told of the runs; a progress bar is closed once they are done
     * @throws ResultsFolder.TargetExistsException when the folder exists and {@code replace} is off
     * @throws FolderLock.BusyException            when another job is writing the folder
     * @throws InterruptedException                when stopped
     */
    static <R> Published<R> publish(Work<R> work, boolean replace, ProgressListener progress)
            throws IOException, InterruptedException, CommandFailure {
        try (ResultsFolder folder = ResultsFolder.open(work.target(), replace, work.kept())) {
            R result = work.run(folder.temporary(), progress);
            if (progress instanceof ProgressReporter bar) bar.close();
            if (Thread.interrupted()) throw new InterruptedException("stopped before writing");
            work.write(result, folder.temporary());
            if (Thread.interrupted()) throw new InterruptedException("stopped before publishing");
            folder.publish();
            work.published();
            return new Published<>(folder.target(), result);
        }
    }

    /**
     * Where results come from, as every results file records it: the scenario, its file's hash,
     * the runs and seed behind them, treatysim's and Java's versions, and when they were made.
     *
     * @param sha256    hex SHA-256 of the scenario file's bytes
     * @param runs      the runs the results count
     * @param seed      the master seed they ran with
     * @param createdAt   when, to the second ({@link #now})
     * @param calibration the calibration applied to the scenario, if any
     */
    static Provenance provenance(Scenario scenario, String sha256, long runs, long seed, Instant createdAt,
                                 Optional<LoadedCalibration> calibration) {
        return new Provenance(scenario.id(), scenario.title(), runs, seed, sha256, VersionProvider.version(),
                System.getProperty("java.version"), createdAt, calibration.map(ResultsCommand::note).orElse(null));
    }

    /** How provenance records a calibration: its file, hash, values and what it was fitted on. */
    static Provenance.CalibrationNote note(LoadedCalibration c) {
        return new Provenance.CalibrationNote(c.file().toString(), c.sha256(), c.calibration().summary(),
                c.calibration().fittedOn());
    }

    /** The time results are made, to the second. */
    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    /** True when the default charset (stdout's in Java 17) can encode –, ± and ≤. */
    static boolean unicodeOut() {
        return Charset.defaultCharset().newEncoder().canEncode("–±≤");
    }

    /** The interval dash stdout can show: "–", or "-". */
    static String dash() {
        return unicodeOut() ? "–" : "-";
    }

    /**
     * Says on {@code stdout} what the runs gave, {@code lines}, then where it is written:
     * {@code Wrote <folder>}.
     */
    static void printWritten(List<String> lines, Path folder, PrintWriter stdout) {
        lines.forEach(stdout::println);
        stdout.println("Wrote " + folder);
        stdout.flush();
    }

    /**
     * The case folders that the arguments of backtest or calibrate name ({@link BacktestJob#caseFolders}).
     *
     * @throws CommandLine.ParameterException (exit status 2) for an argument that names no usable case
     */
    List<Path> caseFolders(List<Path> arguments) {
        try {
            return BacktestJob.caseFolders(arguments);
        } catch (BacktestJob.UsageException e) {
            throw usage(e.getMessage());
        }
    }

    /**
     * What is wrong with a number option's value below {@code least}: nothing for a value that is
     * not, or for null (the option not given).
     */
    static Optional<String> belowLeast(String option, Integer value, int least) {
        return value != null && value < least ? Optional.of(option + " must be at least " + least + ", got " + value)
                : Optional.empty();
    }

    /**
     * Checks a number option's value.
     *
     * @throws CommandLine.ParameterException (exit status 2) for a value below {@code least} ({@link #belowLeast})
     */
    void requireAtLeast(String option, Integer value, int least) {
        Optional<String> wrong = belowLeast(option, value, least);
        if (wrong.isPresent()) throw usage(wrong.get());
    }

    /** A usage error (exit status 2) that says {@code message} with the command's usage. */
    CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
