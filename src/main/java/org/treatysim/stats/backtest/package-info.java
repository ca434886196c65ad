/**
 * Backtesting treatysim against a corpus of past negotiations ({@code treatysim backtest}): each
 * case's forecast, made on its scenario's start date, scored against what happened
 * ({@link org.treatysim.stats.backtest.Backtest}) beside reference forecasters built from the
 * other cases only ({@link org.treatysim.stats.backtest.ReferenceForecasters}: coin flip, base rate,
 * duration model), with bootstrap intervals over cases and Murphy's decomposition. See
 * {@code docs/backtest.md}.
 *
 * <p>Pure computation on forecasts the caller has counted and outcomes it has read: no I/O, no
 * model runs. The bootstrap's randomness comes from an {@code ec.util.MersenneTwisterFast} seeded
 * by the caller. May import {@code org.treatysim.stats} (for {@code Estimate}),
 * {@code org.treatysim.stats.scoring} (the scoring rules), {@code org.treatysim.stats.sensitivity}
 * (its sample quantiles), {@code org.treatysim.model.spec} (for {@code Components}), MASON's
 * {@code ec.util} and the JDK.
 */
package org.treatysim.stats.backtest;
