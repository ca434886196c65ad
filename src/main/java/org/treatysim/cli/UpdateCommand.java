package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.treatysim.report.chart.ChartExport;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.conditioning.NoMatchingRunException;
import org.treatysim.montecarlo.conditioning.RejectionSampler;
import org.treatysim.report.files.CurveCsv;
import org.treatysim.report.files.StatesCsv;
import org.treatysim.report.update.ConditionalSummaryJson;
import org.treatysim.report.update.Conditioning;
import org.treatysim.report.update.PosteriorCsv;
import org.treatysim.report.update.UpdateCharts;
import org.treatysim.report.update.UpdateReport;
import org.treatysim.scenario.Observation;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.abc.ParameterPosterior;
import org.treatysim.stats.abc.PosteriorAccumulator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code treatysim update SCENARIO --observed FILE}: the forecast conditioned on what has been
 * observed, by rejection (keep the runs whose histories meet every observation up to the as-of
 * date). Writes {@code <out>/<scenario>/update/} whole or not at all: summary.json and curve.csv
 * (the format of {@code run}, marked conditional, the curve from the as-of date on), states.csv,
 * posterior.csv and charts/. See docs/update-and-score.md.
 */
@Command(name = "update",
        sortOptions = false,
        description = {
            "Conditions the forecast on observed events: runs the scenario in batches and keeps the runs whose"
                    + " histories match every observation dated on or before the as-of date (approximate Bayesian"
                    + " computation by rejection), until enough runs are accepted or the cap is reached.",
            "Writes <out>/<scenario>/update/: summary.json and curve.csv (as for run, marked conditional, curve from"
                    + " the as-of date on), states.csv, posterior.csv (each uncertain parameter before and after),"
                    + " charts/prior-vs-conditional and charts/parameter-shifts, each as .png, .svg and .pdf.",
            "Exit status 0 on success, 2 for invalid files or options, an existing folder without --force or one"
                    + " that another job is writing, 1 when"
                    + " no run reproduces the observations (the message names the observation) or anything else fails."
        })
public final class UpdateCommand extends ResultsCommand<UpdateCommand.Conditioned> {
    static final String FOLDER = "update";
    static final String POSTERIOR = "posterior.csv";
    /** The charts' base names: each is written as .png, .svg and .pdf. */
    static final String CURVE_CHART = "prior-vs-conditional";
    static final String SHIFT_CHART = "parameter-shifts";

    @Mixin
    ScenarioFileParameter scenarioFile;

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

    /**
     * What the runs gave.
     *
     * @param result       the accepted runs' counts and the parameters over all runs and the accepted ones
     * @param prior        the forecast over every run made
     * @param conditional  the forecast over the accepted runs, its curve from the as-of date on
     * @param posterior    each uncertain parameter before and after
     * @param conditioning what was conditioned on, for summary.json and the report
     */
    record Conditioned(RejectionSampler.Result result, ForecastSummary prior, ForecastSummary conditional,
                       List<ParameterPosterior> posterior, Conditioning conditioning, ScenarioNames names) {
        /** The parameters' shifts with each parameter named by its readable label, for charts and messages. */
        List<ParameterPosterior> labelledPosterior() {
            return posterior.stream().map(p -> new ParameterPosterior(names.parameter(p.parameter()), p.prior(),
                    p.posterior(), p.shift(), p.ksDistance())).toList();
        }
    }

    /**
     * The conditioning to run and write.
     *
     * @param target       {@code <out>/<scenario>/update}
     * @param inputs       the scenario and the observations
     * @param observedFile the observations file as named on the command line
     * @param used         the observations conditioned on, those dated on or before {@code until}
     * @param until        the as-of date
     * @param plan         when to stop
     * @param workers      worker threads
     */
    private record Update(Path target, InputFiles inputs, Path observedFile, List<Observation> used, LocalDate until,
                          RejectionSampler.Plan plan, int workers) implements Work<Conditioned> {
        @Override
        public Conditioned run(Path folder, ProgressListener progress) throws InterruptedException, CommandFailure {
            Scenario scenario = inputs.scenario();
            ForecastLayout layout = ForecastLayout.of(scenario);
            List<String> paths = new Simulation(scenario).sampledParameterPaths();
            Map<String, Quantity> all = ScenarioParameters.of(scenario);
            PosteriorAccumulator parameters = new PosteriorAccumulator(paths, paths.stream().map(all::get).toList(),
                    PosteriorAccumulator.DEFAULT_BINS);
            RejectionSampler.Result result;
            try {
                result = new RejectionSampler(new MonteCarloEngine(workers)).sample(() -> new Simulation(scenario),
                        layout, ObservationConditions.conditions(used), parameters, plan, progress);
            } catch (NoMatchingRunException none) {
                throw CommandFailure.of(none, "update", target);
            }
            return conditioned(result);
        }

        /** The forecasts before and after, and the parameters' shifts. */
        private Conditioned conditioned(RejectionSampler.Result result) {
            Scenario scenario = inputs.scenario();
            String sha256 = inputs.loaded().sha256();
            Instant now = now();
            ForecastSummary prior = ForecastSummaries.freeze(result.counts().allRuns(),
                    provenance(scenario, sha256, result.runs(), scenario.seed(), now, inputs.loaded().calibration()));
            ForecastSummary conditional = ConditionalSummaryJson.fromAsOf(ForecastSummaries.freeze(
                    result.counts().acceptedRuns(), provenance(scenario, sha256, result.accepted(), scenario.seed(),
                            now, inputs.loaded().calibration())), until);
            List<Conditioning.Observed> observations = new ArrayList<>();
            for (Observation o : used) {
                observations.add(new Conditioning.Observed(o.date(), o.event().key(), o.happened()));
            }
            int ignored = inputs.observations().observations().size() - used.size();
            Conditioning conditioning = new Conditioning(until, observedFile.toString(), observations,
                    ignored, result.runs(), result.accepted(), plan.minAccepted(), plan.maxRuns(),
                    conditional.curve().get(0).date());
            return new Conditioned(result, prior, conditional, result.parameters().summarize(), conditioning,
                    ScenarioNaming.of(scenario));
        }

        @Override
        public void write(Conditioned c, Path folder) throws IOException {
            SampleDesign design = SampleDesign.fixed(c.result().accepted()).withAchieved(
                    ForecastSummaries.widestHeadlineHalfWidth(c.conditional()));
            ResultsFiles.writeBytes(folder, ResultsFiles.SUMMARY_JSON,
                    o -> ConditionalSummaryJson.write(c.conditional(), design, c.conditioning(), o));
            ResultsFiles.writeText(folder, ForecastJob.CURVE, w -> CurveCsv.write(c.conditional().curve(), w));
            ResultsFiles.writeText(folder, ForecastJob.STATES, w -> StatesCsv.write(c.conditional().states(), w));
            ResultsFiles.writeText(folder, POSTERIOR, w -> PosteriorCsv.write(c.posterior(), w));
            Path charts = Files.createDirectory(folder.resolve(ResultsFiles.CHARTS));
            Provenance made = c.conditional().provenance();
            Conditioning conditioning = c.conditioning();
            String footer = String.format(Locale.ROOT, "%s · seed %d · %d runs made, %d accepted (%.2f%%) · as of %s"
                    + " · treatysim %s · %s", made.scenario(), made.seed(), conditioning.runsMade(),
                    conditioning.accepted(), 100.0 * conditioning.acceptanceRate(), until, made.version(),
                    made.createdAt().toString().substring(0, 10));
            chart(charts, CURVE_CHART, UpdateCharts.conditionalCurve(c.prior(), c.conditional(), until, footer));
            if (!c.posterior().isEmpty()) {
                chart(charts, SHIFT_CHART, UpdateCharts.parameterShifts(c.labelledPosterior(), footer));
            }
        }

        /** {@code name}.png, .svg and .pdf: the same drawing for slides, the web and print. */
        private static void chart(Path charts, String name, JFreeChart chart) throws IOException {
            ResultsFiles.writeBytes(charts, name + ".png", o -> UpdateCharts.writePng(chart, o));
            Files.write(charts.resolve(name + ".svg"), ChartExport.svg(chart, UpdateCharts.WIDTH, UpdateCharts.HEIGHT,
                    chart.getTitle().getText(), name));
            Files.write(charts.resolve(name + ".pdf"), ChartExport.pdf(chart, UpdateCharts.WIDTH, UpdateCharts.HEIGHT));
        }
    }

    @Override
    void checkOptions() {
        requireAtLeast("--min-accepted", minAccepted, 1);
        requireAtLeast("--max-runs", maxRuns, 1);
        if (maxRuns < minAccepted) {
            throw usage("--max-runs " + maxRuns + " is less than --min-accepted " + minAccepted);
        }
    }

    /** The scenario and the observations, and the observations up to the as-of date to condition on. */
    @Override
    List<Update> prepare(int workers) throws ScenarioException {
        InputFiles inputs = InputFiles.load(scenarioFile.path, observedFile, job.seed, job.calibration);
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
        return List.of(new Update(job.analysisFolder(scenario, FOLDER), inputs, observedFile, used, until,
                new RejectionSampler.Plan(minAccepted, maxRuns), workers));
    }

    @Override
    void report(Conditioned c, Path folder) {
        printWritten(UpdateReport.lines(c.prior(), c.conditional(), c.labelledPosterior(), c.conditioning(),
                unicodeOut()), folder, out());
        UpdateReport.shortfall(c.conditioning()).ifPresent(err()::println);
    }
}
