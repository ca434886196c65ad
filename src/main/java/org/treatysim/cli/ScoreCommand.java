package org.treatysim.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.conditioning.DatedEvent;
import org.treatysim.montecarlo.conditioning.OutcomeAccumulator;
import org.treatysim.report.files.JsonFiles;
import org.treatysim.report.update.ScoreFiles;
import org.treatysim.report.update.ScoreTable;
import org.treatysim.report.update.ScoredForecast;
import org.treatysim.scenario.ExternalForecast;
import org.treatysim.scenario.LoadedCalibration;
import org.treatysim.scenario.Observation;
import org.treatysim.scenario.ScenarioException;
import org.treatysim.stats.Wilson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code treatysim score SCENARIO --outcomes FILE}: scores the scenario's forecast against dated
 * outcomes. Runs the scenario (unconditionally, runs 0..N−1 as {@code run} does), takes for each
 * outcome the share of runs in which the event happened by its date, and scores these
 * probabilities, and those of any other forecaster in the file, with the Brier and logarithmic
 * scores, reliability tables and Brier skill scores. Writes {@code <out>/<scenario>/score/} whole
 * or not at all and prints a short table.
 */
@Command(name = "score",
        sortOptions = false,
        description = {
            "Scores the forecast against dated outcomes: for each outcome (event by date) the share of runs in which"
                    + " it happened, with its 95%% Wilson interval, then the Brier score, the log score, a reliability"
                    + " table and the Brier skill score against a coin flip and against each forecaster in the file.",
            "Writes <out>/<scenario>/score/: score.csv, skill.csv, reliability.csv; prints a short table.",
            "Exit status 0 on success, 2 for invalid files or options, an existing folder without --force or one"
                    + " that another job is writing, 1 for anything else."
        })
public final class ScoreCommand extends ResultsCommand<ScoreTable> {
    static final String FOLDER = "score";
    static final String SCORES = "score.csv";
    static final String SKILL = "skill.csv";
    static final String RELIABILITY = "reliability.csv";
    /** Where the scores come from: the scenario, its SHA-256, runs, seed, version and any calibration. */
    static final String PROVENANCE = "provenance.json";

    @Mixin
    ScenarioFileParameter scenarioFile;

    @Option(names = "--outcomes", required = true, paramLabel = "FILE",
            description = "Outcomes file: observations: [ { date, event, happened } ... ], optionally forecasts:"
                    + " [ { source, date, event, p } ... ].")
    Path outcomesFile;

    @Option(names = "--runs", paramLabel = "N", description = "Runs (default: the scenario's runs).")
    Integer runs;

    @Mixin
    JobOptions job;

    /**
     * The scoring to run and write.
     *
     * @param target   {@code <out>/<scenario>/score}
     * @param scenario the scenario, with the command line's seed
     * @param outcomes the dated outcomes, in the file's order
     * @param others   the other forecasters' forecasts of those outcomes
     * @param runs     runs 0..runs−1 to make
     * @param workers  worker threads
     */
    private record Scoring(Path target, Scenario scenario, String sha256, Optional<LoadedCalibration> calibration,
                           List<Observation> outcomes, List<ScoredForecast> others, int runs, int workers)
            implements Work<ScoreTable> {
        @Override
        public ScoreTable run(Path folder, ProgressListener progress) throws InterruptedException {
            List<DatedEvent> questions = outcomes.stream().map(ObservationConditions::question).toList();
            OutcomeAccumulator counts = new MonteCarloEngine(workers).run(() -> new Simulation(scenario), 0, runs,
                    () -> new OutcomeAccumulator(questions), null, "runs", progress);
            List<ScoredForecast> ours = new ArrayList<>();
            for (int i = 0; i < outcomes.size(); i++) {
                Observation o = outcomes.get(i);
                ours.add(new ScoredForecast(ScoreTable.TREATYSIM, o.event().key(), o.date(), o.happened(),
                        Wilson.estimate(counts.happened(i), counts.runs()), counts.runs()));
            }
            return ScoreTable.build(scenario.id(), counts.runs(), scenario.seed(), ours, others);
        }

        @Override
        public void write(ScoreTable table, Path folder) throws IOException {
            ResultsFiles.writeText(folder, SCORES, w -> ScoreFiles.writeScores(table, w));
            ResultsFiles.writeText(folder, SKILL, w -> ScoreFiles.writeSkill(table, w));
            ResultsFiles.writeText(folder, RELIABILITY, w -> ScoreFiles.writeReliability(table, w));
            ResultsFiles.writeBytes(folder, PROVENANCE, out -> JsonFiles.write(ResultsCommand.provenance(scenario,
                    sha256, table.runs(), scenario.seed(), ResultsCommand.now(), calibration),
                    JsonFiles.Layout.RESULTS, out));
        }
    }

    @Override
    void checkOptions() {
        requireAtLeast("--runs", runs, 1);
    }

    /** The scenario and the outcomes; a forecast in the file without an outcome is noted and left out. */
    @Override
    List<Scoring> prepare(int workers) throws ScenarioException {
        InputFiles inputs = InputFiles.load(scenarioFile.path, outcomesFile, job.seed, job.calibration);
        Scenario scenario = inputs.scenario();
        List<Observation> outcomes = inputs.observations().observations();
        List<ScoredForecast> others = new ArrayList<>();
        for (ExternalForecast f : inputs.observations().forecasts()) {
            Observation outcome = outcomes.stream().filter(o -> o.event() == f.event() && o.date().equals(f.date()))
                    .findFirst().orElse(null);
            if (outcome == null) {
                err().println("score: " + f.location() + ": " + f.source() + "'s forecast of " + f.outcome()
                        + " has no outcome in the file; it is not scored.");
                continue;
            }
            others.add(ScoredForecast.point(f.source(), f.event().key(), f.date(), outcome.happened(),
                    f.probability()));
        }
        return List.of(new Scoring(job.analysisFolder(scenario, FOLDER), scenario, inputs.loaded().sha256(),
                inputs.loaded().calibration(), outcomes, others, runs == null ? scenario.runs() : runs, workers));
    }

    @Override
    void report(ScoreTable table, Path folder) {
        printWritten(ScoreFiles.textTable(table, dash()), folder, out());
    }
}
