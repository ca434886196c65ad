package org.treatysim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jfree.chart.JFreeChart;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.conditioning.NoMatchingRunException;
import org.treatysim.montecarlo.conditioning.RejectionSampler;
import org.treatysim.report.chart.ReportText;
import org.treatysim.report.files.CurveCsv;
import org.treatysim.report.files.StatesCsv;
import org.treatysim.report.update.ConditionalSummaryJson;
import org.treatysim.report.update.Conditioning;
import org.treatysim.report.update.PosteriorCsv;
import org.treatysim.report.update.UpdateCharts;
import org.treatysim.scenario.Observation;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.Wilson;
import org.treatysim.stats.abc.ParameterPosterior;
import org.treatysim.stats.abc.PosteriorAccumulator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim update SCENARIO --observed FILE}: the forecast conditioned on what has been
 * observed, by rejection (keep the runs whose histories meet every observation up to the as-of
 * date). Writes {@code <out>/<scenario>/update/} whole or not at all: summary.json and curve.csv
 * (the format of {@code run}, marked conditional, the curve from the as-of date on), states.csv,
 * posterior.csv and charts/. See docs/update-and-score.md.
 */
@Command(name = "update",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Conditions the forecast on observed events: runs the scenario in batches and keeps the runs whose"
                    + " histories match every observation dated on or before the as-of date (approximate Bayesian"
                    + " computation by rejection), until enough runs are accepted or the cap is reached.",
            "Writes <out>/<scenario>/update/: summary.json and curve.csv (as for run, marked conditional, curve from"
                    + " the as-of date on), states.csv, posterior.csv (each uncertain parameter before and after),"
                    + " charts/prior-vs-conditional.png and charts/parameter-shifts.png.",
            "Exit status 0 on success, 2 for invalid files or options, an existing folder without --force or one"
                    + " that another job is writing, 1 when"
                    + " no run reproduces the observations (the message names the observation) or anything else fails."
        })
public final class UpdateCommand implements Callable<Integer> {
    static final String FOLDER = "update";
    static final String POSTERIOR = "posterior.csv";
    static final String CURVE_CHART = "prior-vs-conditional.png";
    static final String SHIFT_CHART = "parameter-shifts.png";

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenarioFile;

    @Option(names = "--observed", required = true, paramLabel = "FILE",
            description = "Observations file: observations: [ { date, event, happened } ... ].")
    Path observedFile;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Use the observations dated on or before DATE (default: the latest observation's date);"
                    + " the conditional curve starts there.")
    LocalDate asOf;

    @Option(names = "--min-accepted", paramLabel = "N", defaultValue = "1000",
            description = "Stop once N runs are accepted (default: ${DEFAULT-VALUE}).")
    int minAccepted;

    @Option(names = "--max-runs", paramLabel = "M", defaultValue = "200000",
            description = "Never make more than M runs (default: ${DEFAULT-VALUE}).")
    int maxRuns;

    @Mixin
    JobOptions job;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (minAccepted < 1) throw usage("--min-accepted must be at least 1, got " + minAccepted);
        if (maxRuns < 1) throw usage("--max-runs must be at least 1, got " + maxRuns);
        if (maxRuns < minAccepted) {
            throw usage("--max-runs " + maxRuns + " is less than --min-accepted " + minAccepted);
        }
        int workers = job.workers();
        job.checkOut();

        InputFiles inputs = InputFiles.load(scenarioFile, observedFile, job.seed);
        Scenario scenario = inputs.scenario();
        LocalDate until = asOf == null ? inputs.observations().latest() : asOf;
        if (until.isBefore(scenario.start()) || until.isAfter(scenario.horizon())) {
            throw usage("--as-of " + until + " is outside the scenario's window " + scenario.start() + " to "
                    + scenario.horizon());
        }
        List<Observation> used = inputs.observations().upTo(until);
        if (used.isEmpty()) {
            throw usage("--as-of " + until + " is before the first observation (" + inputs.observations().earliest()
                    + "): there is nothing to condition on");
        }
        int ignored = inputs.observations().observations().size() - used.size();

        ForecastLayout layout = ForecastLayout.of(scenario);
        Simulation first = new Simulation(scenario);
        List<String> paths = first.sampledParameterPaths();
        Map<String, Quantity> all = ScenarioParameters.of(scenario);
        PosteriorAccumulator parameters = new PosteriorAccumulator(paths, paths.stream().map(all::get).toList(),
                PosteriorAccumulator.DEFAULT_BINS);
        RejectionSampler.Plan plan = new RejectionSampler.Plan(minAccepted, maxRuns);
        Path target = job.out.resolve(scenario.id()).resolve(FOLDER);

        // The guard is released only after the line that says why a job stopped: Ctrl-C waits for it.
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            try (ResultsFolder folder = ResultsFolder.open(target, job.force);
                 ProgressReporter reporter = job.progress()) {
                ProgressListener progress = JobOptions.listener(reporter);
                RejectionSampler.Result result;
                try {
                    result = new RejectionSampler(new MonteCarloEngine(workers)).sample(() -> new Simulation(scenario),
                            layout, ObservationConditions.conditions(used), parameters, plan, progress);
                } catch (NoMatchingRunException e) {
                    if (reporter != null) reporter.close();
                    err.println("update: " + e.getMessage());
                    err.println("update: nothing written.");
                    err.flush();
                    return Main.FAILURE;
                }
                if (reporter != null) reporter.close();
                if (Thread.interrupted()) throw new InterruptedException("stopped before writing");
                Written written = write(folder.temporary(), inputs, used, ignored, until, layout, result);
                folder.publish();
                report(stdout, err, written, result, used.size(), ignored, until, folder.target());
                return 0;
            } catch (InterruptedException | IOException | MonteCarloException e) {
                return job.failed(e, target);
            }
        }
    }

    /** What was written, for the lines on stdout. */
    private record Written(ForecastSummary prior, ForecastSummary conditional, List<ParameterPosterior> posterior) { }

    private Written write(Path folder, InputFiles inputs, List<Observation> used, int ignored, LocalDate until,
                          ForecastLayout layout, RejectionSampler.Result result) throws IOException {
        Scenario scenario = inputs.scenario();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        ForecastSummary prior = ForecastSummaries.freeze(result.counts().allRuns(), provenance(inputs, result.runs(), now));
        ForecastSummary conditional = ConditionalSummaryJson.fromAsOf(ForecastSummaries.freeze(
                result.counts().acceptedRuns(), provenance(inputs, result.accepted(), now)), until);
        List<Conditioning.Observed> observed = new ArrayList<>();
        for (Observation o : used) observed.add(new Conditioning.Observed(o.date(), o.event().key(), o.happened()));
        Conditioning conditioning = new Conditioning(until, observedFile.toString(), observed, ignored, result.runs(),
                result.accepted(), minAccepted, maxRuns, conditional.curve().get(0).date());
        SampleDesign design = SampleDesign.fixed(result.accepted()).withAchieved(
                ForecastSummaries.widestHeadlineHalfWidth(conditional));
        List<ParameterPosterior> posterior = result.parameters().summarize();

        try (OutputStream o = Files.newOutputStream(folder.resolve(ForecastJob.SUMMARY))) {
            ConditionalSummaryJson.write(conditional, design, conditioning, o);
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(ForecastJob.CURVE), StandardCharsets.UTF_8)) {
            CurveCsv.write(conditional.curve(), w);
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(ForecastJob.STATES), StandardCharsets.UTF_8)) {
            StatesCsv.write(conditional.states(), w);
        }
        try (Writer w = Files.newBufferedWriter(folder.resolve(POSTERIOR), StandardCharsets.UTF_8)) {
            PosteriorCsv.write(posterior, w);
        }
        Path charts = Files.createDirectory(folder.resolve("charts"));
        String footer = String.format(Locale.ROOT, "%s · seed %d · %d runs made, %d accepted (%.2f%%) · as of %s"
                        + " · treatysim %s · %s", scenario.id(), scenario.seed(), result.runs(), result.accepted(),
                100.0 * conditioning.acceptanceRate(), until, VersionProvider.version(), now.toString().substring(0, 10));
        chart(charts.resolve(CURVE_CHART), UpdateCharts.conditionalCurve(prior, conditional, until, footer));
        if (!posterior.isEmpty()) {
            chart(charts.resolve(SHIFT_CHART), UpdateCharts.parameterShifts(posterior, footer));
        }
        return new Written(prior, conditional, posterior);
    }

    private static void chart(Path file, JFreeChart chart) throws IOException {
        try (OutputStream o = Files.newOutputStream(file)) {
            UpdateCharts.writePng(chart, o);
        }
    }

    private static Provenance provenance(InputFiles inputs, long runs, Instant now) {
        Scenario s = inputs.scenario();
        return new Provenance(s.id(), s.title(), runs, s.seed(), inputs.loaded().sha256(), VersionProvider.version(),
                System.getProperty("java.version"), now);
    }

    private void report(PrintWriter stdout, PrintWriter err, Written w, RejectionSampler.Result result, int used,
                        int ignored, LocalDate until, Path folder) {
        boolean unicode = Headline.unicodeOut();
        String dash = unicode ? "–" : "-";
        Estimate rate = Wilson.estimate(result.accepted(), result.runs());
        stdout.printf(Locale.ROOT, "Conditioned on %d observation%s to %s (%s%s):%n", used, used == 1 ? "" : "s", until,
                observedFile, ignored == 0 ? "" : "; " + ignored + " later one" + (ignored == 1 ? "" : "s") + " not used");
        stdout.printf(Locale.ROOT, "  %d of %d runs accepted (acceptance %.2f%%, 95%% CI %.2f%s%.2f%%).%n",
                result.accepted(), result.runs(), 100 * rate.p(), 100 * rate.lo(), dash, 100 * rate.hi());
        String horizon = w.conditional().curve().get(w.conditional().curve().size() - 1).date().toString();
        for (Milestone m : Milestone.CURVE) {
            Estimate after = w.conditional().outcomes().get(m.key());
            Estimate before = w.prior().outcomes().get(m.key());
            // As the run headline: an estimate and its interval share their decimals at every magnitude.
            stdout.printf(Locale.ROOT, "P(%s by %s | observations) = %s (95%% CI %s, %d runs); before: %s (%s, %d runs)%n",
                    m.label(), horizon, ReportText.value(after, 3), ReportText.interval(after, 3, dash),
                    result.accepted(), ReportText.value(before, 3), ReportText.interval(before, 3, dash), result.runs());
        }
        if (!w.posterior().isEmpty()) {
            List<String> moved = new ArrayList<>();
            for (ParameterPosterior p : ParameterPosterior.byShift(w.posterior()).stream().limit(3).toList()) {
                moved.add(String.format(Locale.ROOT, "%s %+.2f sd (KS %.2f)", p.parameter(), p.shift(), p.ksDistance()));
            }
            stdout.println("Moved most: " + String.join("; ", moved) + ".");
        }
        stdout.println("Wrote " + folder);
        stdout.flush();
        if (!result.targetMet()) {
            err.printf(Locale.ROOT, "update: only %d runs accepted, fewer than --min-accepted %d, within --max-runs %d:"
                    + " the intervals are wide; raise --max-runs for more.%n", result.accepted(), minAccepted, maxRuns);
            err.flush();
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
