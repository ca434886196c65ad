package org.treatysim.stats.scoring;

import java.util.List;

/**
 * A forecaster's scores over a set of outcomes.
 *
 * @param outcomes             number of outcomes scored, &ge; 1
 * @param brier                mean Brier score, in [0, 1]; lower is better, a coin flip scores 0.25
 * @param logScore             mean logarithmic score in nats (negative log of the probability given to
 *                             what happened, after clipping), in [0, -ln(clip)]; lower is better, a
 *                             coin flip scores ln 2 = 0.693
 * @param logClip              the clip used: probabilities were moved into [clip, 1 - clip]
 * @param brierSkillVsCoinFlip 1 - brier / 0.25, in [-3, 1]; above 0 beats always saying 0.5
 * @param baseRate             share of the outcomes that happened, in [0, 1]
 * @param reliability          the reliability table (non-empty bins only)
 */
public record Scorecard(int outcomes, double brier, double logScore, double logClip, double brierSkillVsCoinFlip,
                        double baseRate, List<ReliabilityBin> reliability) {
    public Scorecard {
        reliability = List.copyOf(reliability);
    }
}
