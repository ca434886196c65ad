package org.treatysim.cli;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;
import org.treatysim.montecarlo.conditioning.Condition;
import org.treatysim.montecarlo.conditioning.DatedEvent;
import org.treatysim.report.brief.RunFindings;
import org.treatysim.report.files.RunsCsv;
import org.treatysim.stats.sensitivity.ConstantOutputException;
import org.treatysim.stats.sensitivity.Prcc;
import org.treatysim.stats.sensitivity.PrccIndex;

/**
 * The brief's signposts and drivers from a forecast's runs (docs/brief.md, "Signposts" and "What
 * drives the forecast"). The outcome is a signature by the horizon.
 *
 * <p>Signposts condition the runs as {@code treatysim update} does, with its {@link Condition} of
 * a {@link DatedEvent}: for each milestone that can come before a signature (text agreed,
 * initialed, referendum held, referendum passed) and each quarter's end and deadline's end inside
 * the window, the runs that reached it by then and those that did not. A pair counts only when
 * both sides hold at least {@link RunFindings#MIN_RUNS} runs and the share signed among the runs
 * that reached the milestone differs from the share over all runs by at least {@link RunFindings#SHIFT}; of
 * each milestone the earliest such date is kept (the earliest news worth watching for), and the
 * signposts are in date order.
 *
 * <p>Drivers: the partial rank correlation ({@link Prcc}, with its Fisher-z intervals) of every
 * sampled parameter with the outcome (1 signed, 0 not) over all runs, strongest first.
 */
final class RunFindingsOf {
    /** The milestones on the way to a signature that a reader can watch. */
    static final List<Milestone> WATCHED = List.of(Milestone.TEXT_AGREED, Milestone.INITIALED,
            Milestone.REFERENDUM_HELD, Milestone.REFERENDUM_PASSED);
    /** Signposts the brief shows at most. */
    static final int MOST_SIGNPOSTS = 4;

    private RunFindingsOf() { }

    /**
     * The findings of these runs.
     *
     * @param columns   the runs file's layout (the sampled parameters' paths)
     * @param runs      every run of the forecast
     * @param start     the forecast date
     * @param horizon   the last simulated day: the outcome is a signature by then
     * @param deadlines the deadlines' last days, dates to watch besides quarters' ends
     */
    static RunFindings of(RunsCsv columns, List<RunResult> runs, LocalDate start, LocalDate horizon,
                          List<LocalDate> deadlines) {
        Condition signed = new Condition(new DatedEvent(Milestone.SIGNED, horizon), true, "signed by " + horizon);
        long signedRuns = runs.stream().filter(signed::metBy).count();
        List<RunFindings.Signpost> signposts = new ArrayList<>();
        for (Milestone milestone : WATCHED) {
            for (LocalDate date : dates(start, horizon, deadlines)) {
                Condition reached = new Condition(new DatedEvent(milestone, date), true, milestone.label() + " by " + date);
                long runsIf = 0;
                long signedIf = 0;
                for (RunResult run : runs) {
                    if (!reached.metBy(run)) continue;
                    runsIf++;
                    if (signed.metBy(run)) signedIf++;
                }
                long runsIfNot = runs.size() - runsIf;
                if (runsIf < RunFindings.MIN_RUNS || runsIfNot < RunFindings.MIN_RUNS) continue;
                if (Math.abs(signedIf / (double) runsIf - signedRuns / (double) runs.size()) < RunFindings.SHIFT) continue;
                signposts.add(new RunFindings.Signpost(milestone.key(), date, runsIf, signedIf, runsIfNot,
                        signedRuns - signedIf));
                break;
            }
        }
        signposts.sort(Comparator.comparing(RunFindings.Signpost::date));
        return new RunFindings(horizon, runs.size(), signedRuns,
                signposts.subList(0, Math.min(MOST_SIGNPOSTS, signposts.size())), drivers(columns, runs, signed),
                columns.parameterPaths().size());
    }

    /** Every quarter's end and deadline's end strictly between the forecast date and the horizon, in order. */
    static List<LocalDate> dates(LocalDate start, LocalDate horizon, List<LocalDate> deadlines) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        LocalDate quarterEnd = start.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
        while (quarterEnd.isBefore(horizon)) {
            if (quarterEnd.isAfter(start)) dates.add(quarterEnd);
            quarterEnd = quarterEnd.plusDays(1).plusMonths(2).with(TemporalAdjusters.lastDayOfMonth());
        }
        for (LocalDate end : deadlines) {
            if (end.isAfter(start) && end.isBefore(horizon)) dates.add(end);
        }
        return List.copyOf(dates);
    }

    private static List<RunFindings.Driver> drivers(RunsCsv columns, List<RunResult> runs, Condition signed) {
        // A parameter drawn alike in every run (a choice of one value) has no rank to correlate: it is left out.
        List<Integer> varying = new ArrayList<>();
        for (int c = 0; c < columns.parameterPaths().size(); c++) {
            int column = c;
            if (runs.stream().mapToDouble(run -> run.sampledParameters()[column]).distinct().limit(2).count() > 1) {
                varying.add(c);
            }
        }
        List<String> paths = varying.stream().map(columns.parameterPaths()::get).toList();
        if (paths.isEmpty() || runs.size() < paths.size() + 3) return List.of();
        double[][] points = new double[runs.size()][paths.size()];
        double[] outputs = new double[runs.size()];
        for (int r = 0; r < runs.size(); r++) {
            double[] sampled = runs.get(r).sampledParameters();
            for (int c = 0; c < paths.size(); c++) points[r][c] = sampled[varying.get(c)];
            outputs[r] = signed.metBy(runs.get(r)) ? 1 : 0;
        }
        List<PrccIndex> ranked;
        try {
            ranked = Prcc.byStrength(Prcc.estimate(paths, points, outputs));
        } catch (ConstantOutputException everyRunAlike) {
            // Every run signed, or none did: nothing is associated with an outcome that never varies.
            return List.of();
        }
        return ranked.stream().map(i -> new RunFindings.Driver(i.parameter(), i.prcc(), i.low(), i.high())).toList();
    }
}
