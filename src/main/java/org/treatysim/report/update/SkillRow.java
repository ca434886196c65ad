package org.treatysim.report.update;

import java.util.Objects;

/**
 * A forecaster scored on a set of outcomes and compared with a reference forecaster on the same
 * outcomes: a row of skill.csv.
 *
 * @param forecaster     who is scored
 * @param outcomes       outcomes scored, &ge; 1
 * @param brier          its mean Brier score on them, in [0, 1]
 * @param logScore       its mean logarithmic score on them, in nats (clipped)
 * @param baseRate       share of these outcomes that happened
 * @param reference      {@link ScoreTable#COIN_FLIP} or another forecaster
 * @param referenceBrier the reference's mean Brier score on the same outcomes
 * @param skill          Brier skill score 1 − brier / referenceBrier: 1 perfect, 0 no better than
 *                       the reference, negative worse; −∞ when the reference is perfect and the
 *                       forecaster is not
 */
public record SkillRow(String forecaster, int outcomes, double brier, double logScore, double baseRate,
                       String reference, double referenceBrier, double skill) {
    public SkillRow {
        Objects.requireNonNull(forecaster, "forecaster");
        Objects.requireNonNull(reference, "reference");
        if (outcomes < 1) throw new IllegalArgumentException("a skill row needs at least one outcome");
    }
}
