package org.treatysim.stats.backtest;

import java.util.List;
import org.treatysim.model.spec.Components;
import org.treatysim.stats.scoring.BrierDecomposition;
import org.treatysim.stats.scoring.ReliabilityBin;

/**
 * Everything a backtest reports ({@link Backtest#score}).
 *
 * @param cases          the cases, in corpus order
 * @param rows           every outcome of every case, cases in order, outcomes in file order
 * @param byCase         each case's mean scores, in case order
 * @param pooled         treatysim first, then each reference: mean scores over every outcome
 * @param skill          treatysim's Brier skill against each reference
 * @param decomposition  Murphy's decomposition of treatysim's mean Brier score over
 *                       {@link Backtest#BINS} equal-width bins, with the within-bin terms
 * @param byValue        the same with one bin per distinct forecast value (within-bin terms 0)
 * @param reliability    treatysim's reliability table over the same bins (non-empty bins)
 * @param baseRate       share of all outcomes that happened, in [0, 1]
 * @param bootstrap      how the intervals were made
 * @param logClip        the log score's clip: probabilities were moved into [clip, 1 − clip]
 */
public record BacktestResult(List<CaseForecast> cases, List<ScorecardRow> rows, List<CaseScore> byCase,
                             List<PooledScore> pooled, List<Skill> skill, BrierDecomposition decomposition,
                             BrierDecomposition byValue, List<ReliabilityBin> reliability, double baseRate,
                             Bootstrap bootstrap, double logClip) {
    public BacktestResult {
        cases = List.copyOf(cases);
        rows = List.copyOf(rows);
        byCase = List.copyOf(byCase);
        pooled = List.copyOf(pooled);
        skill = List.copyOf(skill);
        reliability = List.copyOf(reliability);
        Components.requireNonNull("decomposition, byValue, bootstrap", decomposition, byValue, bootstrap);
    }

    /**
     * The bootstrap's settings.
     *
     * @param replicates resamples of the cases, &ge; 1
     * @param seed       the seed of the generator that drew them
     * @param confidence the intervals' coverage, e.g. 0.95 (percentile intervals)
     */
    public record Bootstrap(int replicates, long seed, double confidence) { }

    /** The pooled scores of {@code forecaster}. */
    public PooledScore pooled(String forecaster) {
        return pooled.stream().filter(s -> s.forecaster().equals(forecaster)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no forecaster " + forecaster));
    }

    /** Outcomes over all cases. */
    public int outcomes() {
        return rows.size();
    }
}
