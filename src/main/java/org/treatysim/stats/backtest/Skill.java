package org.treatysim.stats.backtest;

import java.util.Objects;

/**
 * treatysim's Brier skill score against a reference on every outcome, 1 − BS / BS<sub>ref</sub>,
 * with its bootstrap 95% interval. Above 0 beats the reference; 0 ties; below 0 loses. When the
 * reference is perfect on a resample (BS<sub>ref</sub> = 0) and treatysim is not, that resample's
 * skill is −∞, and so may be the interval's lower end.
 *
 * @param reference the reference's name
 * @param referenceBrier the reference's mean Brier score on the same outcomes
 * @param brierSkill the skill score with its interval
 */
public record Skill(String reference, double referenceBrier, Interval brierSkill) {
    public Skill {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(brierSkill, "brierSkill");
    }
}
