package org.treatysim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.MonteCarloException;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.conditioning.DatedEvent;
import org.treatysim.montecarlo.conditioning.OutcomeAccumulator;
import org.treatysim.report.update.ScoreFiles;
import org.treatysim.report.update.ScoreTable;
import org.treatysim.report.update.ScoredForecast;
import org.treatysim.scenario.ExternalForecast;
import org.treatysim.scenario.Observation;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.stats.Wilson;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code treatysim score SCENARIO --outcomes FILE}: scores the scenario's forecast against dated
 * outcomes. Runs the scenario (unconditionally, runs 0..N−1 as {@code run} does), takes for each
 * outcome the share of runs in which the event happened by its date, and scores these
 * probabilities, and those of any other forecaster in the file, with the Brier and logarithmic
 * scores, reliability tables and Brier skill scores. Writes {@code <out>/<scenario>/score/} whole
 * or not at all and prints a short table.
 */
@Command(name = "score",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Scores the forecast against dated outcomes: for each outcome (event by date) the share of runs in which"
                    + " it happened, with its 95%% Wilson interval, then the Brier score, the log score, a reliability"
                    + " table and the Brier skill score against a coin flip and against each forecaster in the file.",
            "Writes <out>/<scenario>/score/: score.csv, skill.csv, reliability.csv; prints a short table.",
            "Exit status 0 on success, 2 for invalid files or options, an existing folder without --force or one"
                    + " that another job is writing, 1 for anything else."
        })
public final class ScoreCommand implements Callable<Integer> {
    static final String FOLDER = "score";
    static final String SCORES = "score.csv";
    static final String SKILL = "skill.csv";
    static final String RELIABILITY = "reliability.csv";

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "The scenario file (YAML).")
    Path scenarioFile;

    @Option(names = "--outcomes", required = true, paramLabel = "FILE",
            description = "Outcomes file: observations: [ { date, event, happened } ... ], optionally forecasts:"
                    + " [ { source, date, event, p } ... ].")
    Path outcomesFile;

    @Option(names = "--runs", paramLabel = "N", description = "Runs (default: the scenario's runs).")
    Integer runs;

    @Mixin
    JobOptions job;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws ScenarioException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs != null && runs < 1) throw usage("--runs must be at least 1, got " + runs);
        int workers = job.workers();
        job.checkOut();

        InputFiles inputs = InputFiles.load(scenarioFile, outcomesFile, job.seed);
        Scenario scenario = inputs.scenario();
        int n = runs == null ? scenario.runs() : runs;
        List<Observation> outcomes = inputs.observations().observations();
        List<DatedEvent> questions = outcomes.stream().map(ObservationConditions::question).toList();
        List<ScoredForecast> others = new ArrayList<>();
        for (ExternalForecast f : inputs.observations().forecasts()) {
            Observation outcome = outcomes.stream().filter(o -> o.event() == f.event() && o.date().equals(f.date()))
                    .findFirst().orElse(null);
            if (outcome == null) {
                err.println("score: " + f.location() + ": " + f.source() + "'s forecast of " + f.outcome()
                        + " has no outcome in the file; it is not scored.");
                continue;
            }
            others.add(ScoredForecast.point(f.source(), f.event().key(), f.date(), outcome.happened(),
                    f.probability()));
        }
        Path target = job.out.resolve(scenario.id()).resolve(FOLDER);

        // The guard is released only after the line that says why a job stopped: Ctrl-C waits for it.
        try (ShutdownGuard guard = ShutdownGuard.install()) {
            try (ResultsFolder folder = ResultsFolder.open(target, job.force);
                 ProgressReporter reporter = job.progress()) {
                ProgressListener progress = JobOptions.listener(reporter);
                OutcomeAccumulator counts = new MonteCarloEngine(workers).run(() -> new Simulation(scenario), 0, n,
                        () -> new OutcomeAccumulator(questions), null, "runs", progress);
                if (reporter != null) reporter.close();
                if (Thread.interrupted()) throw new InterruptedException("stopped before writing");

                List<ScoredForecast> ours = new ArrayList<>();
                for (int i = 0; i < outcomes.size(); i++) {
                    Observation o = outcomes.get(i);
                    ours.add(new ScoredForecast(ScoreTable.TREATYSIM, o.event().key(), o.date(), o.happened(),
                            Wilson.estimate(counts.happened(i), counts.runs()), counts.runs()));
                }
                ScoreTable table = ScoreTable.build(scenario.id(), counts.runs(), scenario.seed(), ours, others);
                try (Writer w = Files.newBufferedWriter(folder.temporary().resolve(SCORES), StandardCharsets.UTF_8)) {
                    ScoreFiles.writeScores(table, w);
                }
                try (Writer w = Files.newBufferedWriter(folder.temporary().resolve(SKILL), StandardCharsets.UTF_8)) {
                    ScoreFiles.writeSkill(table, w);
                }
                try (Writer w = Files.newBufferedWriter(folder.temporary().resolve(RELIABILITY),
                        StandardCharsets.UTF_8)) {
                    ScoreFiles.writeReliability(table, w);
                }
                folder.publish();
                ScoreFiles.textTable(table, Headline.unicodeOut() ? "–" : "-").forEach(stdout::println);
                stdout.println("Wrote " + folder.target());
                stdout.flush();
                return 0;
            } catch (InterruptedException | IOException | MonteCarloException e) {
                return job.failed(e, target);
            }
        } finally {
            err.flush();
        }
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
