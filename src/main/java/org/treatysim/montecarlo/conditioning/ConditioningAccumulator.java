package org.treatysim.montecarlo.conditioning;

import java.util.List;
import java.util.Objects;
import org.treatysim.model.RunResult;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.RunAccumulator;

/**
 * The counts of a rejection job, one per worker thread, merged exactly: the forecast over all
 * runs (the prior forecast) and over the accepted runs (the conditional forecast), and for the
 * diagnosis of a job that accepts nothing, how many runs meet each observation on its own and
 * how many meet each observation together with all earlier ones.
 */
public final class ConditioningAccumulator implements RunAccumulator<ConditioningAccumulator> {
    private final List<Condition> conditions;
    private final ForecastAccumulator all;
    private final ForecastAccumulator accepted;
    private final long[] metAlone;
    private final long[] metWithEarlier;

    /**
     * An empty accumulator.
     *
     * @param conditions every observation, in date order (the order of the "with earlier" counts)
     * @param layout     what the forecasts count
     */
    public ConditioningAccumulator(List<Condition> conditions, ForecastLayout layout) {
        this.conditions = List.copyOf(conditions);
        Objects.requireNonNull(layout, "layout");
        this.all = new ForecastAccumulator(layout);
        this.accepted = new ForecastAccumulator(layout);
        this.metAlone = new long[this.conditions.size()];
        this.metWithEarlier = new long[this.conditions.size()];
    }

    /**
     * The number of leading conditions {@code run} meets: {@code conditions.size()} when it meets
     * them all, i.e. when it is accepted.
     */
    static int leadingMet(List<Condition> conditions, RunResult run) {
        int k = 0;
        while (k < conditions.size() && conditions.get(k).metBy(run)) k++;
        return k;
    }

    @Override
    public void add(RunResult result) {
        all.add(result);
        int leading = 0;
        boolean prefix = true;
        for (int i = 0; i < metAlone.length; i++) {
            if (conditions.get(i).metBy(result)) {
                metAlone[i]++;
                if (prefix) {
                    metWithEarlier[i]++;
                    leading++;
                }
            } else {
                prefix = false;
            }
        }
        if (leading == metAlone.length) accepted.add(result);
    }

    @Override
    public void merge(ConditioningAccumulator other) {
        if (!other.conditions.equals(conditions)) {
            throw new IllegalArgumentException("cannot merge counts of different conditions");
        }
        all.merge(other.all);
        accepted.merge(other.accepted);
        for (int i = 0; i < metAlone.length; i++) {
            metAlone[i] += other.metAlone[i];
            metWithEarlier[i] += other.metWithEarlier[i];
        }
    }

    /** The conditions, in date order. */
    public List<Condition> conditions() {
        return conditions;
    }

    /** Runs counted. */
    public long runs() {
        return all.runs();
    }

    /** Runs that met every condition. */
    public long accepted() {
        return accepted.runs();
    }

    /** The forecast counts over every run: the forecast before conditioning. */
    public ForecastAccumulator allRuns() {
        return all;
    }

    /** The forecast counts over the accepted runs: the forecast given the observations. */
    public ForecastAccumulator acceptedRuns() {
        return accepted;
    }

    /** Runs that meet condition {@code i}, whatever the others say. */
    public long metAlone(int i) {
        return metAlone[i];
    }

    /** Runs that meet condition {@code i} and every condition before it. */
    public long metWithEarlier(int i) {
        return metWithEarlier[i];
    }
}
