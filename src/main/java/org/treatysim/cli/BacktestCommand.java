package org.treatysim.cli;

import java.nio.file.Path;
import java.util.List;
import org.treatysim.report.backtest.BacktestText;
import org.treatysim.scenario.ScenarioException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code treatysim backtest DIR...}: scores the forecasts of a corpus of past negotiations against
 * what happened, beside reference forecasters ({@link BacktestJob} does the work; see
 * docs/backtest.md). Writes {@code <out>/backtest/} whole or not at all and prints the scorecard.
 */
@Command(name = "backtest",
        sortOptions = false,
        description = {
            "Backtests the model on past negotiations: runs each case's scenario.yaml, scores the share of runs in"
                    + " which each outcome of its outcomes.yaml happened by its date (Brier and log scores), beside a"
                    + " coin flip, the base rate and a duration model built from the other cases, with bootstrap"
                    + " intervals over cases, Murphy's decomposition and a reliability diagram.",
            "Writes <out>/backtest/: scorecard.csv, summary.json, curves.csv, charts/, backtest.html; prints the"
                    + " scorecard.",
            "Exit status 0 on success, 2 for a case that cannot be backtested (every problem located), invalid"
                    + " options, an existing folder without --force or one that another job is writing, 1 for"
                    + " anything else."
        })
public final class BacktestCommand extends ResultsCommand<BacktestJob.Scored> {

    @Parameters(arity = "1..*", paramLabel = "DIR",
            description = "A case folder (scenario.yaml and outcomes.yaml), or a folder of case folders such as"
                    + " scenarios/cases.")
    List<Path> folders;

    @Option(names = "--runs", paramLabel = "N",
            description = "Runs per case (default: the case's runs, at most " + BacktestJob.MAX_DEFAULT_RUNS + ").")
    Integer runs;

    @Mixin
    JobOptions job;

    /** Counts each case's runs; null for this machine's threads (the Spark module sets its own). */
    BacktestJob.CaseCounter counter;

    @Override
    void checkOptions() {
        requireAtLeast("--runs", runs, 1);
    }

    /** Every case loaded and checked before anything runs: one backtest, of them all. */
    @Override
    List<BacktestJob> prepare(int workers) throws ScenarioException {
        List<BacktestJob.Case> cases = BacktestJob.load(caseFolders(folders), job.seed, job.calibration, err());
        return List.of(new BacktestJob(cases, new BacktestJob.Options(runs, job.seed, workers, job.out, job.force),
                counter));
    }

    @Override
    void report(BacktestJob.Scored scored, Path folder) {
        printWritten(BacktestText.table(scored.result(), scored.provenance(), dash()), folder, out());
    }
}
