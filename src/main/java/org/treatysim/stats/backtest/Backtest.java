package org.treatysim.stats.backtest;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.scoring.BinaryForecast;
import org.treatysim.stats.scoring.ScoringRules;
import org.treatysim.stats.sensitivity.Quantiles;

/**
 * Scores treatysim's forecasts of a corpus of past negotiations against what happened, beside
 * the {@link ReferenceForecasters reference forecasters}, with the rules of
 * {@link ScoringRules} (Brier score, log score clipped at {@link ScoringRules#DEFAULT_LOG_CLIP},
 * reliability table, Murphy's decomposition).
 *
 * <p>The corpus-wide means are over every outcome of every case (a case with more outcomes weighs
 * more). Their 95% intervals come from a percentile bootstrap that resamples whole cases with
 * replacement ({@link #REPLICATES} times): a case's outcomes are views of one history and are
 * not independent, so the case is the unit. Each resample recomputes every forecaster's mean
 * scores and treatysim's skill against each reference on the same resampled cases (the reference
 * forecasts themselves stay those made from the full corpus, leaving out each case). The
 * resamples are drawn from a Mersenne Twister seeded with the given seed, so the same corpus and
 * seed give the same intervals.
 */
public final class Backtest {
    /** The name treatysim's own forecasts go by. */
    public static final String TREATYSIM = "treatysim";
    /** Equal-width bins of the reliability table and the decomposition. */
    public static final int BINS = ScoringRules.DEFAULT_RELIABILITY_BINS;
    /** Bootstrap resamples of the cases. */
    public static final int REPLICATES = 2000;
    /** The intervals' coverage. */
    public static final double CONFIDENCE = 0.95;

    private Backtest() { }

    /**
     * Scores the corpus.
     *
     * @param cases         at least one case, ids unique
     * @param bootstrapSeed seeds the generator of the bootstrap's resamples
     */
    public static BacktestResult score(List<CaseForecast> cases, long bootstrapSeed) {
        return score(cases, REPLICATES, bootstrapSeed);
    }

    /**
     * Scores the corpus with {@code replicates} bootstrap resamples.
     *
     * @throws IllegalArgumentException for no cases, two cases with one id, or fewer than one replicate
     */
    public static BacktestResult score(List<CaseForecast> cases, int replicates, long bootstrapSeed) {
        if (cases.isEmpty()) throw new IllegalArgumentException("no cases to score");
        if (replicates < 1) throw new IllegalArgumentException("at least one bootstrap replicate, not " + replicates);
        if (cases.stream().map(CaseForecast::id).distinct().count() != cases.size()) {
            throw new IllegalArgumentException("two cases share an id");
        }
        double clip = ScoringRules.DEFAULT_LOG_CLIP;
        List<String> forecasters = new ArrayList<>();
        forecasters.add(TREATYSIM);
        forecasters.addAll(ReferenceForecasters.NAMES);
        int f = forecasters.size();

        List<CaseHistory> histories = cases.stream().map(CaseForecast::history).toList();
        List<ScorecardRow> rows = new ArrayList<>();
        List<CaseScore> byCase = new ArrayList<>();
        List<List<BinaryForecast>> all = new ArrayList<>();
        for (int k = 0; k < f; k++) all.add(new ArrayList<>());
        // Per case and forecaster: the sums of its Brier and log scores, for the bootstrap.
        double[][] brierSums = new double[cases.size()][f];
        double[][] logSums = new double[cases.size()][f];
        int[] outcomes = new int[cases.size()];

        for (int c = 0; c < cases.size(); c++) {
            CaseForecast kase = cases.get(c);
            ReferenceForecasters references = ReferenceForecasters.leavingOut(histories, c);
            List<List<BinaryForecast>> mine = new ArrayList<>();
            for (int k = 0; k < f; k++) mine.add(new ArrayList<>());
            for (int i = 0; i < kase.history().outcomes().size(); i++) {
                DatedOutcome o = kase.history().outcomes().get(i);
                Estimate p = kase.forecasts().get(i);
                long days = kase.history().daysTo(o.date());
                List<ReferenceForecast> refs = references.forecast(o.event(), days);
                rows.add(new ScorecardRow(kase.id(), o.event(), o.date(), days, p, kase.runs(), o.happened(),
                        ScoringRules.brier(p.p(), o.happened()), ScoringRules.logScore(p.p(), o.happened(), clip),
                        refs));
                String outcome = kase.id() + ": " + o.outcome();
                mine.get(0).add(new BinaryForecast(outcome, p.p(), o.happened()));
                for (int r = 0; r < refs.size(); r++) {
                    mine.get(r + 1).add(new BinaryForecast(outcome, refs.get(r).probability(), o.happened()));
                }
            }
            List<ForecasterScore> scores = new ArrayList<>();
            for (int k = 0; k < f; k++) {
                List<BinaryForecast> list = mine.get(k);
                all.get(k).addAll(list);
                for (BinaryForecast b : list) {
                    brierSums[c][k] += ScoringRules.brier(b.probability(), b.happened());
                    logSums[c][k] += ScoringRules.logScore(b.probability(), b.happened(), clip);
                }
                scores.add(new ForecasterScore(forecasters.get(k), ScoringRules.brier(list),
                        ScoringRules.logScore(list, clip)));
            }
            outcomes[c] = kase.history().outcomes().size();
            byCase.add(new CaseScore(kase.id(), outcomes[c], kase.runs(), scores));
        }

        // The bootstrap: per resample, every forecaster's pooled means and treatysim's skills.
        MersenneTwisterFast random = new MersenneTwisterFast(bootstrapSeed);
        double[][] brierDraws = new double[f][replicates];
        double[][] logDraws = new double[f][replicates];
        double[][] skillDraws = new double[f - 1][replicates];
        int n = cases.size();
        for (int b = 0; b < replicates; b++) {
            double[] brier = new double[f];
            double[] log = new double[f];
            long count = 0;
            for (int j = 0; j < n; j++) {
                int c = random.nextInt(n);
                count += outcomes[c];
                for (int k = 0; k < f; k++) {
                    brier[k] += brierSums[c][k];
                    log[k] += logSums[c][k];
                }
            }
            for (int k = 0; k < f; k++) {
                brierDraws[k][b] = brier[k] / count;
                logDraws[k][b] = log[k] / count;
            }
            for (int r = 1; r < f; r++) {
                skillDraws[r - 1][b] = ScoringRules.brierSkill(brierDraws[0][b], brierDraws[r][b]);
            }
        }

        List<PooledScore> pooled = new ArrayList<>();
        for (int k = 0; k < f; k++) {
            List<BinaryForecast> list = all.get(k);
            pooled.add(new PooledScore(forecasters.get(k), list.size(),
                    interval(ScoringRules.brier(list), brierDraws[k]),
                    interval(ScoringRules.logScore(list, clip), logDraws[k])));
        }
        List<Skill> skill = new ArrayList<>();
        for (int r = 1; r < f; r++) {
            double referenceBrier = pooled.get(r).brier().value();
            skill.add(new Skill(forecasters.get(r), referenceBrier,
                    interval(ScoringRules.brierSkill(pooled.get(0).brier().value(), referenceBrier),
                            skillDraws[r - 1])));
        }
        List<BinaryForecast> ours = all.get(0);
        double baseRate = ours.stream().filter(BinaryForecast::happened).count() / (double) ours.size();
        return new BacktestResult(cases, rows, byCase, pooled, skill, ScoringRules.decompose(ours, BINS),
                ScoringRules.decomposeByDistinctValues(ours), ScoringRules.reliability(ours, BINS), baseRate,
                new BacktestResult.Bootstrap(replicates, bootstrapSeed, CONFIDENCE), clip);
    }

    /** The statistic with the percentile interval of its bootstrap draws. */
    private static Interval interval(double value, double[] draws) {
        double[] sorted = draws.clone();
        Arrays.sort(sorted);
        return new Interval(value, percentile(sorted, (1 - CONFIDENCE) / 2), percentile(sorted, (1 + CONFIDENCE) / 2));
    }

    /**
     * The p-quantile of sorted draws, interpolated as {@link Quantiles#ofSorted} does; a skill
     * draw of −∞ (a perfect reference) next to the quantile makes it −∞ rather than NaN.
     */
    static double percentile(double[] sorted, double p) {
        int below = (int) Math.floor(p * (sorted.length - 1));
        if (Double.isInfinite(sorted[below])) return sorted[below];
        return Quantiles.ofSorted(sorted, p);
    }
}
