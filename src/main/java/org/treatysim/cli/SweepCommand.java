package org.treatysim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.sweep.Sweep;
import org.treatysim.montecarlo.sweep.SweepFactors;
import org.treatysim.montecarlo.sweep.SweepInputException;
import org.treatysim.montecarlo.sweep.SweepMethod;
import org.treatysim.montecarlo.sweep.SweepPlan;
import org.treatysim.montecarlo.sweep.SweepResult;
import org.treatysim.montecarlo.sweep.Target;
import org.treatysim.report.sweep.BoxesCsv;
import org.treatysim.report.sweep.DesignCsv;
import org.treatysim.report.sweep.IndicesCsv;
import org.treatysim.report.sweep.ScatterChart;
import org.treatysim.report.sweep.SweepChart;
import org.treatysim.report.sweep.SweepJson;
import org.treatysim.report.sweep.SweepSummary;
import org.treatysim.report.sweep.SweepText;
import org.treatysim.report.sweep.TornadoChart;
import org.treatysim.scenario.LoadedScenario;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.scenario.ScenarioLoader;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.Prcc;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.PrimResult;
import org.treatysim.stats.sensitivity.SobolIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim sweep SCENARIO}: sensitivity analysis and scenario discovery. Varies the
 * uncertain parameters over a design, runs the model R times at every point (the same run indices
 * at every point), and writes {@code <out>/<scenario>/sweep/} whole or not at all: design.csv,
 * indices.csv, boxes.csv, sweep.json and the tornado and scatter charts. Prints the ranking and the
 * PRIM sentence. See docs/sweep.md.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Which assumptions drive the forecast, and under which conditions a treaty becomes likely.",
            "Varies the scenario's uncertain parameters (or those given by --vary) over a design, runs the model"
                    + " R times at every design point with the same run indices (common random numbers), and"
                    + " measures the target, e.g. P(signed by 2025-12-31), at each. Ranks the parameters (partial"
                    + " rank correlation for lhs and grid, Sobol indices for sobol) and finds the conditions under"
                    + " which the target reaches --threshold (PRIM).",
            "Writes OUT/SCENARIO/sweep/: design.csv, indices.csv, boxes.csv, sweep.json, charts/tornado.png|svg,"
                    + " charts/scatter.png|svg; an existing folder is kept unless --force. When OUT/SCENARIO holds"
                    + " a forecast of the same scenario file (treatysim run), its brief is rendered again with the"
                    + " finding and the tornado chart.",
            "Exit status 0 on success, 2 for invalid input, an existing folder or one that another job is writing,"
                    + " 1 for anything else."
        })
public final class SweepCommand implements Callable<Integer> {
    /** The sweep's folder inside the scenario's results folder. */
    static final String FOLDER = "sweep";

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (YAML).")
    Path file;

    @Option(names = "--vary", paramLabel = "PATH=DIST",
            description = {"Sweep the parameter at PATH over DIST (scenario syntax), replacing its distribution or"
                    + " making a fixed parameter a factor, e.g. --vary 'parties.AZE.patienceDays={ uniform: [300, 900] }'."
                    + " Repeatable. Without --vary, every distribution of the scenario is a factor."})
    List<String> vary = new ArrayList<>();

    @Option(names = "--vary-only",
            description = "Sweep only the --vary parameters; the scenario's other distributions are drawn afresh in"
                    + " every run (the same draws at every point).")
    boolean varyOnly;

    @Option(names = "--method", paramLabel = "lhs|sobol|grid", defaultValue = "lhs",
            description = "Design: lhs (Latin hypercube; default), sobol (Saltelli design for Sobol indices) or grid.")
    String method;

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
    JobOptions job;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return sweep(stdout, err);
        } catch (ScenarioException invalid) {
            invalid.problems().forEach(err::println);
            return Main.INVALID_INPUT;
        } catch (SweepInputException invalid) {
            err.println("treatysim sweep: " + invalid.getMessage());
            return Main.INVALID_INPUT;
        } finally {
            stdout.flush();
            err.flush();
        }
    }

    private int sweep(PrintWriter stdout, PrintWriter err) throws ScenarioException, SweepInputException {
        LoadedScenario loaded = new ScenarioLoader().load(file);
        Scenario scenario = loaded.scenario();
        Map<String, Quantity> varied = varied();
        List<Factor> factors = SweepFactors.resolve(scenario, varied, varyOnly);
        Target measured = target == null ? Target.signedByHorizon(scenario) : Target.parse(target, scenario);
        SweepPlan plan = SweepPlan.fromOptions(SweepMethod.ofKey(method), samples, levels, runsPerPoint, measured,
                threshold, job.seed == null ? scenario.seed() : job.seed, boxes);
        plan.check(factors);
        int workers = job.workers();
        job.checkOut();
        long points = plan.points(factors);
        if (!job.quiet) {
            err.printf(Locale.ROOT, "treatysim: sweeping %d parameter%s of %s: %s, %,d runs each (%,d runs) on %d"
                    + " thread%s; target %s%n", factors.size(), factors.size() == 1 ? "" : "s", scenario.id(),
                    designText(plan, points), plan.runsPerPoint(), plan.runs(factors), workers, workers == 1 ? "" : "s",
                    measured.describe());
            err.flush();
        }

        Path destination = job.out.resolve(scenario.id()).resolve(FOLDER);
        // The progress bar and the folder (deleted unless published) are closed first; the guard
        // only after the brief and the line that says why a job stopped, so that Ctrl-C waits for them.
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            try (ResultsFolder folder = ResultsFolder.open(destination, job.force);
                 ProgressReporter progress = job.progress()) {
                SweepResult result = Sweep.run(scenario, factors, plan, workers, JobOptions.listener(progress));
                if (progress != null) progress.close();
                if (Thread.interrupted()) throw new InterruptedException("stopped before writing");
                SweepSummary summary = summary(loaded, varied, plan, result, points);
                write(folder.temporary(), result, summary, designText(plan, points) + " × " + plan.runsPerPoint()
                        + " runs");
                folder.publish();
                report(stdout, result, summary, folder.target());
            } catch (InterruptedException | IOException | MonteCarloException e) {
                return job.failed(e, destination);
            }
            return updateBrief(destination.getParent(), stdout, err);
        }
    }

    /**
     * Puts the finding into the brief of the forecast beside the sweep, when {@code treatysim run}
     * has written one. The sweep itself is complete either way; a failure here only leaves the old brief.
     */
    private static int updateBrief(Path forecast, PrintWriter stdout, PrintWriter err) {
        if (!BriefRendering.hasForecast(forecast)) {
            stdout.println("No forecast in " + forecast + " yet: its brief will show this sweep's finding and tornado"
                    + " chart once treatysim run has written it.");
            return 0;
        }
        try {
            BriefRendering.Rendered rendered = BriefRendering.render(forecast, false);
            rendered.sweepNote().ifPresent(err::println);
            if (rendered.withSweep()) {
                stdout.println("Updated the brief with this finding and the tornado chart: "
                        + forecast.resolve(ForecastJob.BRIEF_HTML) + ", " + forecast.resolve(ForecastJob.BRIEF_PDF));
            }
            return 0;
        } catch (IOException failed) {
            err.println("treatysim sweep: the sweep is written, but the brief in " + forecast + " could not be"
                    + " updated (" + failed.getMessage() + "); treatysim brief " + forecast + " tries again");
            return Main.FAILURE;
        } catch (InterruptedException stopped) {
            err.println("treatysim sweep: stopped; the sweep is written, but the brief in " + forecast + " was not"
                    + " updated; treatysim brief " + forecast + " does it");
            return Main.FAILURE;
        }
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

    private static String designText(SweepPlan plan, long points) {
        return SweepText.design(plan.method().key(), plan.samples(), plan.levels(), points);
    }

    private static SweepSummary summary(LoadedScenario loaded, Map<String, Quantity> varied, SweepPlan plan,
                                        SweepResult result, long points) {
        Scenario scenario = result.scenario();
        Provenance provenance = new Provenance(scenario.id(), scenario.title(), points * plan.runsPerPoint(),
                plan.seed(), loaded.sha256(), VersionProvider.version(), System.getProperty("java.version"),
                Instant.now().truncatedTo(ChronoUnit.SECONDS));
        List<SweepSummary.FactorEntry> factors = result.factors().stream()
                .map(f -> new SweepSummary.FactorEntry(f.name(), f.distribution().describe(),
                        varied.containsKey(f.name()) ? "--vary" : "scenario"))
                .toList();
        Target target = plan.target();
        return new SweepSummary(provenance, target.event().key(), target.date(), target.describe(), plan.threshold(),
                result.outcome(), plan.method().key(), plan.samples(), plan.levels(), result.design().size(),
                plan.runsPerPoint(), factors, SweepSummary.Spread.of(result.estimates().shares()), result.sobol(),
                Prcc.byStrength(result.prcc()), result.boxes(), result.simplified(), result.indicesNote(),
                result.boxesNote(),
                result.hasIndices());
    }

    private static void write(Path folder, SweepResult result, SweepSummary summary, String design) throws IOException {
        try (Writer w = Files.newBufferedWriter(folder.resolve(SweepJson.DESIGN), StandardCharsets.UTF_8)) {
            DesignCsv.write(result.design(), result.estimates().estimates(), w);
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(SweepJson.INDICES), StandardCharsets.UTF_8)) {
            if (result.sobol().isPresent()) {
                IndicesCsv.writeSobol(result.sobol().get().byTotalDescending(), w);
            } else if (result.plan().method() == SweepMethod.SOBOL) {
                IndicesCsv.writeSobol(List.of(), w);
            } else {
                IndicesCsv.writePrcc(summary.prcc(), w);
            }
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(SweepJson.BOXES), StandardCharsets.UTF_8)) {
            BoxesCsv.write(result.design().factors(), result.boxes(), result.simplified(), w);
        }
        Files.createDirectories(folder.resolve("charts"));
        String targetText = summary.targetText();
        if (result.hasIndices()) {
            SweepChart tornado = result.sobol().isPresent()
                    ? TornadoChart.sobol(result.sobol().get().byTotalDescending(), targetText, design)
                    : TornadoChart.prcc(summary.prcc(), targetText, design);
            writeChart(folder, tornado, SweepJson.TORNADO_PNG, SweepJson.TORNADO_SVG);
        }
        SweepChart scatter = ScatterChart.of(result.design(), result.estimates().shares(), result.ranking(),
                result.plan().threshold(), targetText);
        writeChart(folder, scatter, SweepJson.SCATTER_PNG, SweepJson.SCATTER_SVG);
        try (OutputStream o = Files.newOutputStream(folder.resolve(SweepJson.SWEEP))) {
            SweepJson.write(summary, o);
        }
    }

    private static void writeChart(Path folder, SweepChart chart, String png, String svg) throws IOException {
        try (OutputStream o = Files.newOutputStream(folder.resolve(png))) {
            chart.writePng(o);
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(svg), StandardCharsets.UTF_8)) {
            chart.writeSvg(w);
        }
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "%";
    }

    private static void report(PrintWriter stdout, SweepResult result, SweepSummary summary, Path folder) {
        SweepPlan plan = result.plan();
        SweepSummary.Spread spread = summary.spread();
        stdout.printf(Locale.ROOT, "Sweep of %s: %d parameter%s, %s, %,d runs each%n", summary.provenance().scenario(),
                result.factors().size(), result.factors().size() == 1 ? "" : "s",
                designText(plan, result.design().size()), plan.runsPerPoint());
        stdout.printf(Locale.ROOT, "%s over the design points: min %s, median %s, mean %s, max %s%n",
                summary.targetText(), SweepText.number(spread.min()), SweepText.number(spread.median()),
                SweepText.number(spread.mean()), SweepText.number(spread.max()));
        stdout.println();
        int width = result.factors().stream().mapToInt(f -> f.name().length()).max().orElse(10);
        if (result.sobol().isPresent()) {
            stdout.println("Ranking by total Sobol index (first-order index; 95% bootstrap intervals):");
            List<SobolIndex> ranked = result.sobol().get().byTotalDescending();
            for (int i = 0; i < ranked.size(); i++) {
                SobolIndex s = ranked.get(i);
                stdout.printf(Locale.ROOT, "%4d. %-" + width + "s  total %s [%s, %s]  first %s [%s, %s]%n", i + 1,
                        s.parameter(), SweepText.number(s.total()), SweepText.number(s.totalLow()),
                        SweepText.number(s.totalHigh()), SweepText.number(s.first()), SweepText.number(s.firstLow()),
                        SweepText.number(s.firstHigh()));
            }
        } else if (!summary.prcc().isEmpty()) {
            stdout.println("Ranking by partial rank correlation (95% interval; < 0: the parameter lowers the target):");
            List<PrccIndex> ranked = summary.prcc();
            for (int i = 0; i < ranked.size(); i++) {
                PrccIndex p = ranked.get(i);
                stdout.printf(Locale.ROOT, "%4d. %-" + width + "s  %s [%s, %s]%n", i + 1, p.parameter(),
                        SweepText.number(p.prcc()), SweepText.number(p.low()), SweepText.number(p.high()));
            }
        } else {
            stdout.println("No ranking: " + result.indicesNote().orElse("the indices could not be computed"));
        }
        if (result.hasIndices()) {
            result.indicesNote().ifPresent(note -> stdout.println("Note: " + note + "."));
        }
        stdout.println();
        stdout.println("Scenario discovery (PRIM) for " + result.outcome() + ":");
        if (result.boxes().isEmpty()) {
            stdout.println("  " + result.boxesNote().orElse("no box"));
        }
        for (int b = 0; b < result.boxes().size(); b++) {
            PrimPruning.Pruned box = result.simplified().get(b);
            stdout.println("  Box " + (b + 1) + ": " + box.box().sentence(result.outcome()) + ".");
            stdout.println("         " + box.box().coverageSentence(result.outcome()));
            if (!box.dropped().isEmpty()) {
                PrimResult found = result.boxes().get(b);
                stdout.printf(Locale.ROOT, "         (PRIM's box also restricted %d more parameter%s by margins that"
                        + " add nothing significant; with them: density %s, coverage %s; see boxes.csv)%n",
                        box.dropped().size(), box.dropped().size() == 1 ? "" : "s",
                        percent(found.box().density()), percent(found.box().coverage()));
            }
        }
        stdout.println();
        stdout.println("Wrote " + folder);
    }
}
