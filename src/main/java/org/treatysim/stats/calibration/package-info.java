/**
 * Fitting global hyperparameters to a corpus of past negotiations ({@code treatysim calibrate},
 * docs/calibration.md): a grid search that minimises the mean log score over the cases, its
 * profile per hyperparameter, a bootstrap over cases for the fitted values' uncertainty, and the
 * leave-one-case-out fits of cross-validation ({@link org.treatysim.stats.calibration.GridSearch}).
 *
 * <p>Pure computation on score sums the caller has counted: no I/O, no model runs. The bootstrap's
 * randomness comes from an {@code ec.util.MersenneTwisterFast} seeded by the caller. May import
 * {@code org.treatysim.stats.sensitivity} (its sample quantiles), MASON's {@code ec.util} and the JDK.
 */
package org.treatysim.stats.calibration;
