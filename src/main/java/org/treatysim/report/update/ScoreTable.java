package org.treatysim.report.update;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.treatysim.stats.scoring.BinaryForecast;
import org.treatysim.stats.scoring.ReliabilityBin;
import org.treatysim.stats.scoring.ScoringRules;

/**
 * Everything {@code treatysim score} reports: each forecast with its scores, the skill rows and
 * the reliability tables, built from treatysim's forecasts of every outcome and the other
 * forecasters' forecasts of some of them ({@link #build}).
 *
 * @param scenario    scenario id
 * @param runs        runs behind treatysim's probabilities
 * @param seed        the scenario seed used
 * @param forecasts   treatysim's forecasts in outcome order, then each other forecaster's (in order
 *                    of first appearance), each in outcome order
 * @param skill       see {@link #build}
 * @param reliability per forecaster, its reliability table (non-empty bins, 10 equal bins)
 * @param logClip     the clip of the logarithmic score
 */
public record ScoreTable(String scenario, long runs, long seed, List<ScoredForecast> forecasts, List<SkillRow> skill,
                         Map<String, List<ReliabilityBin>> reliability, double logClip) {
    /** The name treatysim's own forecasts go by. */
    public static final String TREATYSIM = "treatysim";
    /** The reference that says 0.5 to everything. */
    public static final String COIN_FLIP = "coin flip";

    public ScoreTable {
        Objects.requireNonNull(scenario, "scenario");
        forecasts = List.copyOf(forecasts);
        skill = List.copyOf(skill);
        Map<String, List<ReliabilityBin>> copy = new LinkedHashMap<>();
        reliability.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        reliability = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * Scores the forecasts. Skill rows, in this order:
     * <ol>
     *   <li>treatysim on every outcome against a coin flip;</li>
     *   <li>for each other forecaster X, treatysim on the outcomes X forecast, against X;</li>
     *   <li>for each other forecaster X, X on its outcomes against a coin flip.</li>
     * </ol>
     *
     * @param ours   treatysim's forecast of every outcome, at least one
     * @param others the other forecasters' forecasts, each of an outcome in {@code ours}
     * @throws IllegalArgumentException when a forecast of {@code others} has no outcome in {@code ours}
     */
    public static ScoreTable build(String scenario, long runs, long seed, List<ScoredForecast> ours,
                                   List<ScoredForecast> others) {
        if (ours.isEmpty()) throw new IllegalArgumentException("no outcomes to score");
        Map<String, ScoredForecast> byOutcome = new LinkedHashMap<>();
        for (ScoredForecast f : ours) byOutcome.put(f.outcome(), f);

        Map<String, List<ScoredForecast>> bySource = new LinkedHashMap<>();
        for (ScoredForecast f : others) {
            ScoredForecast outcome = byOutcome.get(f.outcome());
            if (outcome == null || outcome.happened() != f.happened()) {
                throw new IllegalArgumentException(f.forecaster() + "'s forecast of " + f.outcome()
                        + " has no outcome to score it against");
            }
            bySource.computeIfAbsent(f.forecaster(), k -> new ArrayList<>()).add(f);
        }
        // Each forecaster's rows in the order of the outcomes.
        List<String> order = new ArrayList<>(byOutcome.keySet());
        bySource.values().forEach(list -> list.sort(java.util.Comparator.comparingInt(f -> order.indexOf(f.outcome()))));

        List<ScoredForecast> all = new ArrayList<>(ours);
        bySource.values().forEach(all::addAll);
        double clip = ScoringRules.DEFAULT_LOG_CLIP;

        List<SkillRow> skill = new ArrayList<>();
        skill.add(againstCoinFlip(TREATYSIM, binaries(ours), clip));
        for (Map.Entry<String, List<ScoredForecast>> source : bySource.entrySet()) {
            List<BinaryForecast> theirs = binaries(source.getValue());
            List<BinaryForecast> mine = source.getValue().stream().map(f -> byOutcome.get(f.outcome()).binary())
                    .toList();
            double myBrier = ScoringRules.brier(mine);
            double theirBrier = ScoringRules.brier(theirs);
            skill.add(new SkillRow(TREATYSIM, mine.size(), myBrier, ScoringRules.logScore(mine, clip), baseRate(mine),
                    source.getKey(), theirBrier, ScoringRules.brierSkill(mine, theirs)));
        }
        for (Map.Entry<String, List<ScoredForecast>> source : bySource.entrySet()) {
            skill.add(againstCoinFlip(source.getKey(), binaries(source.getValue()), clip));
        }

        Map<String, List<ReliabilityBin>> reliability = new LinkedHashMap<>();
        reliability.put(TREATYSIM, ScoringRules.reliability(binaries(ours), ScoringRules.DEFAULT_RELIABILITY_BINS));
        for (Map.Entry<String, List<ScoredForecast>> source : bySource.entrySet()) {
            reliability.put(source.getKey(), ScoringRules.reliability(binaries(source.getValue()),
                    ScoringRules.DEFAULT_RELIABILITY_BINS));
        }
        return new ScoreTable(scenario, runs, seed, all, skill, reliability, clip);
    }

    /** The forecasts of one forecaster, in outcome order. */
    public List<ScoredForecast> of(String forecaster) {
        return forecasts.stream().filter(f -> f.forecaster().equals(forecaster)).toList();
    }

    private static SkillRow againstCoinFlip(String forecaster, List<BinaryForecast> forecasts, double clip) {
        double brier = ScoringRules.brier(forecasts);
        return new SkillRow(forecaster, forecasts.size(), brier, ScoringRules.logScore(forecasts, clip),
                baseRate(forecasts), COIN_FLIP, ScoringRules.COIN_FLIP_BRIER,
                ScoringRules.brierSkill(brier, ScoringRules.COIN_FLIP_BRIER));
    }

    private static List<BinaryForecast> binaries(List<ScoredForecast> forecasts) {
        return forecasts.stream().map(ScoredForecast::binary).toList();
    }

    private static double baseRate(List<BinaryForecast> forecasts) {
        return forecasts.stream().filter(BinaryForecast::happened).count() / (double) forecasts.size();
    }
}
