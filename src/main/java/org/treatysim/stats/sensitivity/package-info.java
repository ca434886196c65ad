/**
 * Sensitivity analysis and scenario discovery for {@code treatysim sweep}: designs over uncertain
 * factors ({@link org.treatysim.stats.sensitivity.Designs}: Latin hypercube, Saltelli/Sobol, full
 * grid), and what to learn from the outputs at their points: Sobol indices
 * ({@link org.treatysim.stats.sensitivity.SobolIndices}), partial rank correlations
 * ({@link org.treatysim.stats.sensitivity.Prcc}) and PRIM boxes with a sentence for the brief
 * ({@link org.treatysim.stats.sensitivity.Prim}). See {@code docs/sensitivity.md}.
 *
 * <p>Pure computation: no I/O, no model runs. The caller evaluates the design's points and hands
 * back one output per point. All randomness comes from an {@code ec.util.MersenneTwisterFast}
 * passed in. May import {@code org.treatysim.model.spec} (for {@code Quantity}), MASON's
 * {@code ec.util}, Commons Math and the JDK.
 */
package org.treatysim.stats.sensitivity;
