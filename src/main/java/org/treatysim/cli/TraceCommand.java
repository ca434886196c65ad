package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.report.trace.TracePage;
import org.treatysim.report.trace.TracedRun;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim trace SCENARIO [--run I] [--csv | --html [--runs I,J,K] [--out FILE]]}: one run
 * step by step, the same run as row I of {@code runs.csv.gz}, so an analyst can see why it ended
 * as it did; with {@code --html}, a page that plays the run (or several side by side).
 */
@Command(name = "trace",
        description = {
            "Prints one run step by step: offers per issue, clocks, pressures by source, the drafted package,"
                    + " events and state changes.",
            "Run I is the same run as row I of runs.csv.gz (same scenario and seed). Writes no file, but with"
                    + " --html: one self-contained page that plays the run (or the runs of --runs side by side)."
        })
public final class TraceCommand implements Callable<Integer> {

    @Mixin
    ScenarioFileParameter scenarioFile;

    @Option(names = "--run", paramLabel = "I", defaultValue = "0",
            description = "Run index, 0-based (default: ${DEFAULT-VALUE}).")
    int run;

    @Option(names = "--runs", paramLabel = "I,J,K", split = ",",
            description = "With --html: several runs side by side, instead of --run.")
    List<Integer> runs;

    @Option(names = "--seed", paramLabel = "S", description = "Master seed (default: the scenario's).")
    Long seed;

    @Option(names = "--csv", description = "One CSV row per step with every number, instead of a table.")
    boolean csv;

    @Option(names = "--html", description = "Writes a self-contained HTML page that plays the run step by step.")
    boolean html;

    @Option(names = "--out", paramLabel = "FILE",
            description = "With --html: the page's file (default: trace-<scenario>-run-<I>.html here).")
    Path out;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException, IOException {
        List<Integer> indices = runs == null ? List.of(run) : List.copyOf(runs);
        for (int index : indices) {
            if (index < 0) throw usage("--run and --runs take indices of 0 or more, not " + index);
        }
        if (csv && html) throw usage("--csv and --html are two layouts of the trace: choose one");
        if (!html && (runs != null || out != null)) throw usage("--runs and --out go with --html");
        Scenario scenario = new ScenarioLoader().load(scenarioFile.path).scenario();
        if (seed != null) {
            scenario = scenario.withRunsAndSeed(scenario.runs(), seed);
        }
        if (html) {
            Path page = out != null ? out : Path.of(defaultName(scenario, indices));
            byte[] bytes = page(scenario, indices);
            writeWhole(page, bytes);
            spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %s (%d KB)%n", page, (bytes.length + 1023) / 1024);
            spec.commandLine().getOut().flush();
            return 0;
        }
        TraceFormatter.write(scenario, run, csv ? TraceFormatter.Format.CSV : TraceFormatter.Format.TABLE,
                spec.commandLine().getOut());
        return 0;
    }

    /** The trace page of {@code indices} (side by side, in order) of {@code scenario}. */
    static byte[] page(Scenario scenario, List<Integer> indices) {
        Simulation simulation = new Simulation(scenario);
        List<TracedRun> traced = new ArrayList<>(indices.size());
        for (int index : indices) traced.add(TracedRun.of(simulation, index));
        return TracePage.render(scenario, traced, VersionProvider.version());
    }

    private static String defaultName(Scenario scenario, List<Integer> indices) {
        String list = indices.stream().map(String::valueOf).collect(Collectors.joining("-"));
        return "trace-" + scenario.id() + (indices.size() == 1 ? "-run-" : "-runs-") + list + ".html";
    }

    /**
     * Writes {@code bytes} to {@code target} whole or not at all: into a hidden file beside it, then
     * renamed onto it, so that a reader never sees half a page and a failure leaves the old file.
     */
    static void writeWhole(Path target, byte[] bytes) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path parent = absolute.getParent();
        Files.createDirectories(parent);
        // Named as the results folders' work folders are, so what a killed job left is recognised.
        Path temporary = null;
        for (int n = 0; temporary == null; n++) {
            Path candidate = parent.resolve("." + absolute.getFileName() + ".partial-" + ProcessHandle.current().pid()
                    + "-" + n);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) temporary = candidate;
        }
        try {
            Files.write(temporary, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }
}
