/**
 * The picocli commands: the only place that writes files, and with the scenario loader the only
 * one that reads them. May import every other package; nothing imports it. The commands that run
 * the model and write results folders (run, compare, sweep, update, score, backtest) share one
 * course, {@link org.treatysim.cli.ResultsCommand}, and one way of saying what went wrong with its
 * exit status, {@link org.treatysim.cli.CommandFailure}; what they print on stdout is worded in
 * the report package.
 *
 * <p>Every package states in its package-info what it may import; {@code LayeringTest} checks
 * the compiled classes against the same rules. Dependencies point one way: the command line over
 * the scenario loader, the Monte Carlo engine and the reports; the engine and the reports over the
 * statistics; the engine, the reports and the statistics over the model; the scenario loader and
 * the model over the model's spec alone.
 */
package org.treatysim.cli;
