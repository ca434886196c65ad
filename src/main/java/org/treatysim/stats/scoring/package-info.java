/**
 * Scoring probability forecasts of dated binary outcomes for {@code treatysim score}: the Brier
 * score, the logarithmic score, reliability tables and Brier skill scores against a coin flip or
 * another forecaster ({@link org.treatysim.stats.scoring.ScoringRules}). See {@code docs/scoring.md}.
 *
 * <p>Pure computation on numbers the caller pairs up (forecast probability, what happened): no
 * I/O, no dates, no model. May import only the JDK.
 */
package org.treatysim.stats.scoring;
