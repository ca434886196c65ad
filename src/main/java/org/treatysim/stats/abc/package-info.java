/**
 * Helpers for {@code treatysim update}, which conditions the forecast on observed events by
 * approximate Bayesian computation (rejection: keep the runs whose histories match the
 * observations). This package holds the pure statistics of that: constant-memory, mergeable
 * summaries of each uncertain parameter over all runs (the prior) and over the accepted runs
 * (the posterior), frozen into {@link org.treatysim.stats.abc.ParameterPosterior} rows for
 * {@code posterior.csv}. Matching runs against observations is the command's job.
 *
 * <p>Pure computation: no I/O. May import {@code org.treatysim.model.spec} (for {@code Quantity}),
 * {@code org.treatysim.stats.sensitivity} (for quantile functions) and the JDK.
 */
package org.treatysim.stats.abc;
