package org.treatysim.cli;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunSimulator;
import org.treatysim.model.spec.Components;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.scenario.LoadedCalibration;
import org.treatysim.montecarlo.Forecaster;
import org.treatysim.montecarlo.JobIdentity;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.RunRequest;
import org.treatysim.montecarlo.RunSink;
import java.time.LocalDate;
import org.jfree.chart.JFreeChart;
import org.treatysim.report.brief.Assumption;
import org.treatysim.report.brief.RunFindings;
import org.treatysim.report.brief.UpdateNote;
import org.treatysim.report.chart.ReportText;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.report.files.RunFindingsJson;
import org.treatysim.report.files.RunsCsvReader;
import org.treatysim.report.sweep.SweepJson;
import org.treatysim.report.sweep.TornadoChart;
import org.treatysim.stats.DeadlineOutcome;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.report.files.BriefContextJson;
import org.treatysim.report.brief.Brief;
import org.treatysim.report.brief.BriefInput;
import org.treatysim.report.brief.CaptionedChart;
import org.treatysim.report.brief.TraceLink;
import org.treatysim.report.chart.NamedChart;
import org.treatysim.report.sweep.SweepFinding;
import org.treatysim.report.chart.ChartFile;
import org.treatysim.report.chart.Charts;
import org.treatysim.report.chart.ForecastWindow;
import org.treatysim.report.files.CurveCsv;
import org.treatysim.report.files.RunsCsv;
import org.treatysim.report.files.RunsCsvWriter;
import org.treatysim.report.files.StatesCsv;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.SampleDesign;

/**
 * One scenario's forecast from runs to results folder: runs the Monte Carlo (streaming
 * runs.csv.gz), freezes the summary and writes summary.json, curve.csv and states.csv, then the
 * charts and the brief (report package), all into a {@link ResultsFolder} that is published only
 * when everything is written ({@link ResultsCommand#publish}). An interrupt (Ctrl-C through
 * {@link ShutdownGuard}) or any failure leaves no folder behind.
 */
final class ForecastJob implements ResultsCommand.Work<ForecastJob.Forecast> {
    /**
     * The file names of the results folder (README.md, "The results folder"), besides
     * {@link ResultsFiles#SUMMARY_JSON} and {@link ResultsFiles#CHARTS}.
     */
    static final String CURVE = "curve.csv";
    static final String STATES = "states.csv";
    static final String RUNS = "runs.csv.gz";
    static final String BRIEF_HTML = "brief.html";
    static final String BRIEF_PDF = "brief.pdf";
    static final String SCENARIO_CONTEXT = "scenario.json";
    /** The brief's signposts and drivers from runs.csv.gz, kept so that brief can show them without it. */
    static final String RUN_FINDINGS = "runs-findings.json";
    /** The sweep's summary, in the results folder, when {@code treatysim sweep} has run. */
    static final String SWEEP_SUMMARY = SweepCommand.FOLDER + "/" + SweepJson.SWEEP;
    /** The subfolders that other commands write into a forecast's folder; rerunning the forecast keeps them. */
    static final Set<String> ANALYSES = Set.of(SweepCommand.FOLDER, UpdateCommand.FOLDER, ScoreCommand.FOLDER);
    /** The brief's figure of the sweep's ranking. */
    private static final String SWEEP_TORNADO = "sweep-tornado";
    /** The brief's figure of the drivers measured on the forecast's own runs. */
    private static final String RUN_DRIVERS = "drivers";
    /** Drivers the brief's chart shows (its layout's bars). */
    private static final int DRIVERS_SHOWN = 5;

    private final Inputs inputs;
    private final Options options;
    /** Where a job without runs.csv.gz keeps its checkpoints, or null for none. */
    private final CheckpointFile<ForecastAccumulator> checkpoint;
    /** The counts of runs already made (by shards), or null to make them. */
    private final Forecaster.Result counted;

    ForecastJob(Inputs inputs, Options options) {
        this(inputs, options, null, null);
    }

    private ForecastJob(Inputs inputs, Options options, CheckpointFile<ForecastAccumulator> checkpoint,
                        Forecaster.Result counted) {
        this.inputs = Objects.requireNonNull(inputs, "inputs");
        this.options = Objects.requireNonNull(options, "options");
        this.checkpoint = checkpoint;
        this.counted = counted;
    }

    /**
     * This job keeping checkpoints in {@code checkpoint} (and resuming from it, if it was made to),
     * which is deleted once the folder is published. Only without runs.csv.gz: its compressed
     * stream cannot be continued.
     */
    ForecastJob checkpointed(CheckpointFile<ForecastAccumulator> checkpoint) {
        if (options.runsFile()) throw new IllegalArgumentException("a job that writes runs.csv.gz keeps no checkpoints");
        return new ForecastJob(inputs, options, Objects.requireNonNull(checkpoint, "checkpoint"), null);
    }

    /** The job that writes the folder of a forecast whose runs are already counted (by shards). */
    static ForecastJob ofCounts(Inputs inputs, Options options, Forecaster.Result counted) {
        if (options.runsFile()) throw new IllegalArgumentException("counted runs have no runs.csv.gz");
        return new ForecastJob(inputs, options, null, Objects.requireNonNull(counted, "counted"));
    }

    /** The identity of a forecast of this scenario file and seed whose reported runs are {@code plan}'s. */
    static JobIdentity identity(String sha256, long seed, BlockPlan plan) {
        return new JobIdentity("run", sha256, seed, plan, "", VersionProvider.version());
    }

    /**
     * What to forecast.
     *
     * @param scenario   the validated scenario
     * @param sha256     hex SHA-256 of the scenario file's bytes
     * @param simulators makes one simulator of the scenario per worker thread
     * @param assumptions the scenario's values with their source comments, for the brief
     */
    record Inputs(Scenario scenario, String sha256, Optional<LoadedCalibration> calibration,
                  Supplier<? extends RunSimulator> simulators, List<Assumption> assumptions) {
        Inputs {
            Components.requireNonNull("scenario, sha256, calibration, simulators", scenario, sha256, calibration,
                    simulators);
            assumptions = List.copyOf(assumptions);
        }
    }

    /**
     * How to run it.
     *
     * @param request  runs or precision
     * @param threads  worker threads, &ge; 1
     * @param out      the folder that holds results folders ({@code results})
     * @param force    replace an existing results folder
     * @param runsFile write runs.csv.gz
     * @param reports  draw the charts ({@code charts/}) and write brief.html and brief.pdf
     * @param traces   write the pages of a few representative runs into {@code traces/}, linked from the brief
     */
    record Options(RunRequest request, int threads, Path out, boolean force, boolean runsFile, boolean reports,
                   boolean traces) {
        Options {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(out, "out");
            if (threads < 1) throw new IllegalArgumentException("threads must be >= 1");
        }

        /** Options without the pages of representative runs. */
        Options(RunRequest request, int threads, Path out, boolean force, boolean runsFile, boolean reports) {
            this(request, threads, out, force, runsFile, reports, false);
        }
    }

    /**
     * What the runs gave.
     *
     * @param summary the forecast
     * @param design  how its runs were chosen
     * @param context what the brief says of the scenario (scenario.json)
     * @param sweep   the sweep already in the folder that the brief shows, or why it does not
     * @param representatives the runs whose pages go into {@code traces/}, or null without them
     */
    record Forecast(ForecastSummary summary, SampleDesign design, BriefContextJson.BriefContext context,
                    BriefRendering.SweepMatch sweep, RepresentativeRuns representatives) { }

    /**
     * A finished job.
     *
     * @param folder  the published results folder
     * @param summary the forecast
     * @param design  how its runs were chosen
     * @param sweep   the sweep already in the folder that the brief shows, or why it does not
     */
    record Done(Path folder, ForecastSummary summary, SampleDesign design, BriefRendering.SweepMatch sweep) { }

    /**
     * Runs the job on its own (without a command's progress bar and messages).
     *
     * @throws ResultsFolder.TargetExistsException when the folder exists and {@code force} is off
     * @throws InterruptedException when interrupted; nothing is left on disk
     */
    static Done run(Inputs inputs, Options options, ProgressListener progress) throws IOException,
            InterruptedException {
        ResultsCommand.Published<Forecast> published;
        try {
            published = ResultsCommand.publish(new ForecastJob(inputs, options), options.force(), progress);
        } catch (CommandFailure impossible) {
            throw new IllegalStateException("a forecast's runs always give a forecast", impossible);
        }
        Forecast forecast = published.result();
        return new Done(published.folder(), forecast.summary(), forecast.design(), forecast.sweep());
    }

    @Override
    public Path target() {
        return options.out().resolve(inputs.scenario().id());
    }

    @Override
    public Set<String> kept() {
        return ANALYSES;
    }

    @Override
    public Forecast run(Path folder, ProgressListener progress) throws IOException, InterruptedException {
        Scenario scenario = inputs.scenario();
        ForecastLayout layout = ForecastLayout.of(scenario);
        List<String> parameterPaths = inputs.simulators().get().sampledParameterPaths();
        RunsCsv columns = new RunsCsv(layout.issueIds(), layout.partyIds(), parameterPaths);
        Forecaster forecaster = new Forecaster(new MonteCarloEngine(options.threads()));
        Forecaster.Result result;
        RepresentativeRuns representatives = options.traces() ? new RepresentativeRuns() : null;
        if (counted != null) {
            result = counted;
        } else if (options.runsFile()) {
            // A FileOutputStream, not a channel: an interrupt must stop the job, not close the file under it.
            try (RunsCsvWriter runs = new RunsCsvWriter(new FileOutputStream(folder.resolve(RUNS).toFile()),
                    columns)) {
                RunSink<byte[]> rows = sink(columns, runs);
                result = forecaster.forecast(layout, inputs.simulators(), options.request(),
                        representatives == null ? rows : representatives.watching(rows), progress);
            }
        } else {
            // Representative traces watch every run as it ends, which a resumed job cannot replay:
            // with them the job keeps no checkpoint (RunCommand refuses --resume with them).
            result = representatives != null
                    ? forecaster.forecast(layout, inputs.simulators(), options.request(), representatives.watching(null),
                            progress)
                    : forecaster.forecast(layout, inputs.simulators(), options.request(), null, progress,
                            BlockPlan::all, checkpoint).whole();
        }
        Provenance provenance = ResultsCommand.provenance(scenario, inputs.sha256(), result.counts().runs(),
                scenario.seed(), ResultsCommand.now(), inputs.calibration());
        ForecastSummary summary = ForecastSummaries.freeze(result.counts(), provenance);
        BriefContextJson.BriefContext context = new BriefContextJson.BriefContext(scenario.start(),
                scenario.horizon(), scenario.description(), inputs.assumptions(), ScenarioNaming.of(scenario));
        return new Forecast(summary, result.design(), context,
                BriefRendering.SweepMatch.beside(target(), inputs.sha256()), representatives);
    }

    @Override
    public void published() throws IOException {
        if (checkpoint != null) checkpoint.delete();
    }

    @Override
    public void write(Forecast forecast, Path folder) throws IOException, InterruptedException {
        ForecastSummary summary = forecast.summary();
        ResultsFiles.writeBytes(folder, ResultsFiles.SUMMARY_JSON,
                out -> SummaryJson.write(summary, forecast.design(), out));
        ResultsFiles.writeText(folder, CURVE, out -> CurveCsv.write(summary.curve(), out));
        ResultsFiles.writeText(folder, STATES, out -> StatesCsv.write(summary.states(), out));
        ResultsFiles.writeBytes(folder, SCENARIO_CONTEXT, out -> BriefContextJson.write(forecast.context(), out));
        if (forecast.representatives() != null) {
            forecast.representatives().writePages(inputs.scenario(), folder);
        }
        Optional<RunFindings> findings = Optional.empty();
        if (options.runsFile()) {
            RunFindings found = findings(folder.resolve(RUNS), summary, forecast.context());
            findings = Optional.of(found);
            ResultsFiles.writeBytes(folder, RUN_FINDINGS, out -> RunFindingsJson.write(found, out));
        }
        if (options.reports()) {
            writeReports(folder, summary, forecast.context(), forecast.sweep().finding(), findings,
                    BriefRendering.updateBeside(target(), summary, forecast.context().horizon()),
                    BriefRendering.whatIfsBeside(target(), summary, forecast.context().horizon()));
        }
    }

    /**
     * The charts into {@code charts/}, then brief.html and brief.pdf (docs/brief.md); with a sweep's
     * finding, the brief also says what drives the forecast and shows the sweep's tornado chart.
     */
    static void writeReports(Path folder, ForecastSummary summary, BriefContextJson.BriefContext context,
                             Optional<SweepFinding> sweep, Optional<RunFindings> findings,
                             Optional<UpdateNote> update, Optional<BriefRendering.WhatIfs> whatIfs)
            throws IOException, InterruptedException {
        writeCharts(folder, summary, context);
        writeBrief(folder, summary, context, sweep, findings, update, whatIfs, RepresentativeRuns.links(folder));
    }

    /**
     * The signposts and drivers of the runs in a runs.csv.gz (docs/brief.md).
     *
     * @throws BriefRendering.InputException when the file is not what treatysim writes
     */
    static RunFindings findings(Path runsFile, ForecastSummary summary, BriefContextJson.BriefContext context)
            throws IOException {
        RunsCsvReader.Contents runs = BriefRendering.read(runsFile, RunsCsvReader::read);
        List<LocalDate> deadlineEnds = summary.deadlines().stream().map(DeadlineOutcome::end).toList();
        return RunFindingsOf.of(runs.columns(), runs.runs(), context.start(), context.horizon(), deadlineEnds);
    }

    /**
     * The forecast's charts into {@code charts/} (which must not exist yet).
     *
     * @throws InterruptedException when interrupted while the charts are drawn
     */
    static void writeCharts(Path folder, ForecastSummary summary, BriefContextJson.BriefContext context)
            throws IOException, InterruptedException {
        ForecastWindow window = new ForecastWindow(context.start(), context.horizon());
        Path charts = Files.createDirectory(folder.resolve(ResultsFiles.CHARTS));
        for (ChartFile chart : Charts.render(summary, window, context.names())) {
            Files.write(charts.resolve(chart.fileName()), chart.bytes());
        }
    }

    /**
     * brief.html and brief.pdf, with the sweep's finding and tornado chart when there is one, and
     * brief.html with links to the pages of representative runs in {@code traces/}.
     */
    static void writeBrief(Path folder, ForecastSummary summary, BriefContextJson.BriefContext context,
                           Optional<SweepFinding> sweep, Optional<RunFindings> findings,
                           Optional<UpdateNote> update, Optional<BriefRendering.WhatIfs> whatIfs,
                           List<TraceLink> traces) throws IOException {
        ForecastWindow window = new ForecastWindow(context.start(), context.horizon());
        BriefInput input = BriefInput.of(summary, window, context.assumptions()).withDescription(context.description())
                .withNames(context.names()).withTraces(traces);
        if (sweep.isPresent()) {
            SweepFinding finding = sweep.get().labelled(context.names());
            List<CaptionedChart> tornado = finding.tornado()
                    .map(chart -> new CaptionedChart(new NamedChart(SWEEP_TORNADO, chart), "Which of the swept"
                            + " parameters move " + finding.targetText() + " most (" + finding.design() + "); whiskers"
                            + " are 95% intervals, and sweep/indices.csv holds the whole ranking."))
                    .stream().toList();
            input = input.withSweep(finding.sentence(), tornado);
        }
        if (update.isPresent()) input = input.withUpdate(update.get());
        if (whatIfs.isPresent()) {
            input = input.withWhatIfs(whatIfs.get().variants(), whatIfs.get().folder(), whatIfs.get().chart());
        }
        if (findings.isPresent()) {
            input = input.withFindings(findings.get(), driversChart(findings.get(), context.names()).stream().toList());
        }
        Brief.Files brief = Brief.render(input);
        Files.write(folder.resolve(BRIEF_HTML), brief.html());
        Files.write(folder.resolve(BRIEF_PDF), brief.pdf());
    }

    /** The strongest drivers of the runs as a small tornado chart, or empty when none was measured. */
    private static Optional<CaptionedChart> driversChart(RunFindings findings, ScenarioNames names) {
        if (findings.drivers().isEmpty()) return Optional.empty();
        List<PrccIndex> ranked = findings.drivers().stream()
                .map(d -> new PrccIndex(names.parameter(d.path()), d.prcc(), d.low(), d.high(), Double.NaN)).toList();
        String target = "a signature by " + ReportText.date(findings.outcomeDate());
        JFreeChart chart = TornadoChart.prccChart(ranked, target, ReportText.count(findings.runs())
                + " runs of the forecast", TornadoChart.Layout.BRIEF_DRIVERS);
        return Optional.of(new CaptionedChart(new NamedChart(RUN_DRIVERS, chart), "The "
                + Math.min(ranked.size(), DRIVERS_SHOWN)
                + " uncertain parameters most associated with " + target + " over the forecast's runs, by partial"
                + " rank correlation; whiskers are 95% intervals."));
    }

    private static RunSink<byte[]> sink(RunsCsv columns, RunsCsvWriter runs) {
        return new RunSink<>() {
            @Override
            public byte[] prepare(List<RunResult> chunk) {
                return columns.rows(chunk);
            }

            @Override
            public void write(byte[] rows) throws IOException {
                runs.write(rows);
            }
        };
    }
}
