/**
 * Runs a sensitivity design through the Monte Carlo engine for {@code treatysim sweep}: which
 * parameters are the factors ({@link org.treatysim.montecarlo.sweep.SweepFactors}), what is
 * measured at each point ({@link org.treatysim.montecarlo.sweep.Target}), the runs themselves
 * ({@link org.treatysim.montecarlo.sweep.DesignRunner}: every point's scenario with its factors
 * fixed, the same run indices 0..R-1 at every point, all points on one pool of threads) and the
 * analysis of the results ({@link org.treatysim.montecarlo.sweep.Sweep}: Sobol indices or partial
 * rank correlations, PRIM boxes). See {@code docs/sweep.md}.
 *
 * <p>No I/O: the command line parses the options, opens the files and writes them with
 * {@code org.treatysim.report.sweep}. Randomness: the runs draw from the model's own streams
 * (scenario seed and run index); the design and the bootstrap draw from MASON generators seeded
 * from the master seed. May import {@code org.treatysim.montecarlo}, {@code org.treatysim.model},
 * {@code org.treatysim.stats} (and its {@code sensitivity} package), MASON's {@code ec.util} and
 * the JDK.
 */
package org.treatysim.montecarlo.sweep;
