package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.JobIdentity;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.sweep.DesignRunner;
import org.treatysim.montecarlo.sweep.Sweep;
import org.treatysim.montecarlo.sweep.SweepFactors;
import org.treatysim.montecarlo.sweep.SweepInputException;
import org.treatysim.montecarlo.sweep.SweepMethod;
import org.treatysim.montecarlo.sweep.SweepPlan;
import org.treatysim.montecarlo.sweep.SweepResult;
import org.treatysim.montecarlo.sweep.Target;
import org.treatysim.montecarlo.sweep.TargetCounts;
import org.treatysim.report.sweep.SweepReport;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import org.treatysim.stats.sensitivity.Factor;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code treatysim sweep SCENARIO}: sensitivity analysis and scenario discovery. Varies the
 * uncertain parameters over a design, runs the model R times at every point (the same run indices
 * at every point), and writes {@code <out>/<scenario>/sweep/} whole or not at all: design.csv,
 * indices.csv, boxes.csv, sweep.json and the tornado and scatter charts. Prints the ranking and the
 * PRIM sentence. See docs/sweep.md.
 */
@Command(name = "sweep",
        sortOptions = false,
        description = {
            "Which assumptions drive the forecast, and under which conditions a treaty becomes likely.",
            "Varies the scenario's uncertain parameters (or those given by --vary) over a design, runs the model"
                    + " R times at every design point with the same run indices (common random numbers), and"
                    + " measures the target, e.g. P(signed by 2025-12-31), at each. Ranks the parameters (partial"
                    + " rank correlation for lhs and grid, Sobol indices for sobol) and finds the conditions under"
                    + " which the target reaches --threshold (PRIM).",
            "Writes OUT/SCENARIO/sweep/: design.csv, indices.csv, boxes.csv, sweep.json, charts/tornado.png|svg|pdf,"
                    + " charts/scatter.png|svg|pdf; an existing folder is kept unless --force. When OUT/SCENARIO holds"
                    + " a forecast of the same scenario file (treatysim run), its brief is rendered again with the"
                    + " finding and the tornado chart.",
            "Exit status 0 on success, 2 for invalid input, an existing folder or one that another job is writing,"
                    + " 1 for anything else."
        })
public final class SweepCommand extends ResultsCommand<ShardJob.Sharded<SweepFolder.Swept>> {
    /** The sweep's folder inside the scenario's results folder. */
    static final String FOLDER = "sweep";

    @Mixin
    ScenarioFileParameter scenarioFile;

    @Option(names = "--vary", paramLabel = "PATH=DIST",
            description = {"Sweep the parameter at PATH over DIST (scenario syntax), replacing its distribution or"
                    + " making a fixed parameter a factor, e.g. --vary 'parties.AZE.patienceDays={ uniform: [300, 900] }'."
                    + " Repeatable. Without --vary, every distribution of the scenario is a factor."})
    List<String> vary = new ArrayList<>();

    @Option(names = "--vary-only",
            description = "Sweep only the --vary parameters; the scenario's other distributions are drawn afresh in"
                    + " every run (the same draws at every point).")
    boolean varyOnly;

    @Option(names = "--method", paramLabel = "lhs|sobol|grid", defaultValue = "lhs", converter = MethodKey.class,
            description = "Design: lhs (Latin hypercube; default), sobol (Saltelli design for Sobol indices) or grid.")
    SweepMethod method;

    @Option(names = "--samples", paramLabel = "N",
            description = "lhs: design points (default 200). sobol: base samples N, a power of two (default 256);"
                    + " the design has N(k+3) points for k parameters (with a dummy). Not for grid.")
    Integer samples;

    @Option(names = "--levels", paramLabel = "L",
            description = "grid: levels per parameter (default 5), L^k points; a choice takes each of its values.")
    Integer levels;

    @Option(names = "--runs-per-sample", paramLabel = "R", defaultValue = "200",
            description = "Runs at every design point, run indices 0..R-1 (default ${DEFAULT-VALUE}).")
    int runsPerPoint;

    @Option(names = "--target", paramLabel = "EVENT[@DATE]",
            description = "What to measure: signed, textAgreed, initialed or collapsed by DATE (YYYY-MM-DD; default"
                    + " the horizon), e.g. signed@2025-12-31. Default: signed by the horizon.")
    String target;

    @Option(names = "--threshold", paramLabel = "T", defaultValue = "0.5",
            description = "PRIM looks for where the target is >= T (default ${DEFAULT-VALUE}).")
    double threshold;

    @Option(names = "--boxes", paramLabel = "B", defaultValue = "3",
            description = "At most B PRIM boxes (default ${DEFAULT-VALUE}).")
    int boxes;

    @Mixin
    ScaleOptions scale;

    @Mixin
    JobOptions job;

    /** The sweep as the options and the scenario describe it, once they are checked. */
    Planned planned;

    /**
     * A checked sweep.
     *
     * @param loaded  the scenario as loaded
     * @param varied  the {@code --vary} replacements, by path
     * @param factors the parameters swept
     * @param plan    the design, runs, target and threshold
     */
    record Planned(LoadedScenario loaded, Map<String, Quantity> varied, List<Factor> factors, SweepPlan plan) {
        /** The identity of this sweep's job, whose sweep indices are {@code blocks}'. */
        JobIdentity identity(BlockPlan blocks) {
            return new JobIdentity("sweep", loaded.sha256(), plan.seed(), blocks, Sweep.fingerprint(factors, plan),
                    VersionProvider.version());
        }

        /** The sweep's counts from {@link TargetCounts#toCounts}. */
        TargetCounts counts(long[] counts) {
            return TargetCounts.ofCounts(plan.target(), Sweep.design(factors, plan).size(), plan.runsPerPoint(),
                    counts);
        }

        /** No runs counted yet. */
        TargetCounts empty() {
            return Sweep.emptyCounts(factors, plan);
        }
    }

    /**
     * The sweep to run and write.
     *
     * @param target     {@code <out>/<scenario>/sweep}
     * @param planned    what to sweep
     * @param workers    worker threads
     * @param checkpoint where the sweep keeps its checkpoints, or null
     * @param counted    the counts of the sweep's runs when shards made them, or null to make them
     */
    record Sweeping(Path target, Planned planned, int workers, CheckpointFile<TargetCounts> checkpoint,
                    TargetCounts counted) implements Work<SweepFolder.Swept> {
        @Override
        public SweepFolder.Swept run(Path folder, ProgressListener progress) throws IOException, InterruptedException {
            TargetCounts counts = counted != null ? counted : Sweep.runBlocks(planned.loaded().scenario(),
                    planned.factors(), planned.plan(), workers, progress, BlockPlan::all, checkpoint);
            SweepResult result = Sweep.finish(planned.loaded().scenario(), planned.factors(), planned.plan(), counts);
            return new SweepFolder.Swept(result, SweepFolder.summary(result, planned.loaded().sha256(),
                    planned.loaded().calibration(), planned.varied()));
        }

        @Override
        public void write(SweepFolder.Swept swept, Path folder) throws IOException {
            SweepFolder.write(folder, swept);
        }

        @Override
        public void published() throws IOException {
            if (checkpoint != null) checkpoint.delete();
        }
    }

    /** {@code --method}'s spellings, lhs, sobol and grid ({@link SweepMethod#ofKey}), for picocli. */
    static final class MethodKey implements CommandLine.ITypeConverter<SweepMethod> {
        @Override
        public SweepMethod convert(String key) {
            try {
                return SweepMethod.ofKey(key);
            } catch (SweepInputException unknown) {
                throw new CommandLine.TypeConversionException(unknown.getMessage());
            }
        }
    }

    /** The sweep's options can only be checked against its scenario: it is loaded first. */
    @Override
    void checkOptions() throws ScenarioException, SweepInputException {
        if (scale.shard != null && job.calibration != null) {
            // merge reloads the scenario from its file alone, so it would merge without the calibration.
            throw usage("--shard cannot be used with --calibration (name the calibration in the scenario file"
                    + " with calibration: FILE instead)");
        }
        LoadedScenario loaded = new ScenarioLoader(job.calibration).load(scenarioFile.path);
        Scenario scenario = loaded.scenario();
        Map<String, Quantity> varied = varied();
        List<Factor> factors = SweepFactors.resolve(scenario, varied, varyOnly);
        Target measured = target == null ? Target.signedByHorizon(scenario) : Target.parse(target, scenario);
        SweepPlan plan = SweepPlan.fromOptions(method, samples, levels, runsPerPoint, measured, threshold,
                job.seed == null ? scenario.seed() : job.seed, boxes);
        plan.check(factors);
        planned = new Planned(loaded, varied, factors, plan);
    }

    @Override
    List<Work<ShardJob.Sharded<SweepFolder.Swept>>> prepare(int workers) {
        Scenario scenario = planned.loaded().scenario();
        SweepPlan plan = planned.plan();
        int parameters = planned.factors().size();
        BlockPlan blocks = DesignRunner.plan(Sweep.design(planned.factors(), plan), plan.runsPerPoint());
        ScaleOptions.Shard shard = scale.shard;
        if (shard != null) {
            try {
                blocks.shard(shard.index(), shard.count());
            } catch (IllegalArgumentException tooMany) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--shard " + tooMany.getMessage()
                        + " (fewer shards, or a larger design)");
            }
        }
        if (!job.quiet) {
            err().printf(Locale.ROOT, "treatysim: sweeping %d parameter%s of %s: %s, %,d runs each (%,d runs) on %d"
                    + " thread%s; target %s%s%n", parameters, parameters == 1 ? "" : "s", scenario.id(),
                    SweepFolder.design(plan, plan.points(planned.factors())), plan.runsPerPoint(),
                    plan.runs(planned.factors()), workers, workers == 1 ? "" : "s", plan.target().describe(),
                    shard == null ? "" : "; shard " + shard.index() + "/" + shard.count());
            err().flush();
        }
        Path target = shard == null ? job.analysisFolder(scenario, FOLDER)
                : job.out.resolve(shard.folderName(scenario.id(), spec.name()));
        CheckpointFile<TargetCounts> checkpoint = new CheckpointFile<>(BlockFiles.checkpointOf(target),
                new CheckpointFile.Job(planned::identity, recordedScenarioFile(), arguments()), TargetCounts::toCounts,
                planned::counts, scale.checkpoints(spec.commandLine(), job.quiet, err()));
        if (shard == null) {
            return List.of(ShardJob.whole(new Sweeping(target, planned, workers, checkpoint, null)));
        }
        return List.of(new ShardJob<>(target, progress -> {
            TargetCounts counts = Sweep.runBlocks(scenario, planned.factors(), plan, workers, progress,
                    p -> p.shard(shard.index(), shard.count()), checkpoint);
            return new BlockCounts(planned.identity(blocks), shard.index(), shard.count(),
                    blocks.shard(shard.index(), shard.count()), recordedScenarioFile(), arguments(), counts.toCounts());
        }, checkpoint));
    }

    /** The scenario file, as the shards and checkpoints record it. */
    private String recordedScenarioFile() {
        return scenarioFile.path.toAbsolutePath().toString();
    }

    /**
     * The options that fix the sweep's design, runs and analysis, as a shard records them so that
     * {@code treatysim merge} plans the same sweep again.
     */
    List<String> arguments() {
        List<String> arguments = new ArrayList<>();
        for (String option : vary) arguments.addAll(List.of("--vary", option));
        if (varyOnly) arguments.add("--vary-only");
        arguments.addAll(List.of("--method", method.key()));
        if (samples != null) arguments.addAll(List.of("--samples", samples.toString()));
        if (levels != null) arguments.addAll(List.of("--levels", levels.toString()));
        arguments.addAll(List.of("--runs-per-sample", Integer.toString(runsPerPoint)));
        if (target != null) arguments.addAll(List.of("--target", target));
        arguments.addAll(List.of("--threshold", Double.toString(threshold), "--boxes", Integer.toString(boxes),
                "--seed", Long.toString(planned.plan().seed())));
        return arguments;
    }

    /** The ranking and PRIM's boxes; then the brief of the forecast beside the sweep, if there is one, shows them. */
    @Override
    void report(ShardJob.Sharded<SweepFolder.Swept> result, Path folder) throws CommandFailure {
        if (result instanceof ShardJob.Sharded.Shard<SweepFolder.Swept> shard) {
            ShardReport.lines(shard.counts(), folder).forEach(out()::println);
            out().flush();
            return;
        }
        report(((ShardJob.Sharded.Whole<SweepFolder.Swept>) result).result(), folder, job.out, out(), err());
    }

    /** A written sweep folder, on stdout; then the brief of the forecast beside it (in {@code out}), if there is one. */
    static void report(SweepFolder.Swept swept, Path folder, Path out, PrintWriter stdout, PrintWriter stderr)
            throws CommandFailure {
        printWritten(SweepReport.lines(swept.summary(), ScenarioNaming.of(swept.result().scenario())), folder, stdout);
        BriefRendering.afterSweep(out.resolve(swept.summary().provenance().scenario()), stdout, stderr);
    }

    /** The --vary options as replacements by path, each checked against its parameter's range. */
    private Map<String, Quantity> varied() throws ScenarioException, SweepInputException {
        Map<String, Quantity> replacements = new LinkedHashMap<>();
        for (String option : vary) {
            int equals = option.indexOf('=');
            if (equals <= 0) {
                throw new SweepInputException("--vary " + option + ": expected PATH=DIST, e.g. --vary"
                        + " 'parties.AZE.patienceDays={ uniform: [300, 900] }'");
            }
            String path = option.substring(0, equals).trim();
            Quantity distribution = ScenarioLoader.parseQuantity(option.substring(equals + 1), "--vary " + path);
            Optional<String> wrong = ScenarioLoader.rangeProblem(path, distribution);
            if (wrong.isPresent()) {
                throw new SweepInputException("--vary " + path + ": " + wrong.get());
            }
            if (replacements.put(path, distribution) != null) {
                throw new SweepInputException("--vary " + path + " is given twice (expected one range per parameter)");
            }
        }
        return replacements;
    }
}
