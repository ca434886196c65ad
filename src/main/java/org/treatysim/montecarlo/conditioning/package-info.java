/**
 * Conditioning forecasts on what has been observed, for {@code treatysim update}, and counting
 * dated outcomes, for {@code treatysim score}.
 *
 * <p>Approximate Bayesian computation by rejection (Tavaré et al. 1997; Pritchard et al. 1999)
 * with an exact match: the engine's reproducible runs are kept when their history agrees with
 * every observation ({@link org.treatysim.montecarlo.conditioning.Condition}), in batches of
 * consecutive run indices until enough are accepted or a cap is reached
 * ({@link org.treatysim.montecarlo.conditioning.RejectionSampler}). The accepted runs are a
 * sample of the model's runs given the observations; their sampled parameters, the posterior.
 * When none is accepted, {@link org.treatysim.montecarlo.conditioning.NoMatchingRunException}
 * names the observation that no run reproduces.
 *
 * <p>Like the engine, this package never draws random numbers and never opens files. May import
 * {@code org.treatysim.montecarlo}, {@code org.treatysim.model} (the {@code RunSimulator} contract
 * and its records, {@code model.spec}), {@code org.treatysim.stats} (including {@code stats.abc})
 * and the JDK; the command line maps the scenario package's observations onto its conditions.
 */
package org.treatysim.montecarlo.conditioning;
