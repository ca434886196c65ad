/**
 * The Monte Carlo engine: runs a scenario's replications in parallel on a fixed pool of threads,
 * each thread with its own simulator and its own accumulator, hands finished runs in run order to
 * an optional sink (runs.csv.gz), and chooses the number of runs for a requested precision.
 *
 * <p>The engine never draws random numbers and never reads or writes files: run i's streams are
 * the model's business ({@code RunStreams}, from the scenario seed and i alone), and the command
 * line opens every file. May import {@code org.treatysim.model} (the {@code RunSimulator}
 * contract and its records), {@code org.treatysim.stats} and the JDK.
 */
package org.treatysim.montecarlo;
