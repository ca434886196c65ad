/**
 * The files of {@code treatysim backtest}: scorecard.csv and curves.csv
 * ({@link org.treatysim.report.backtest.BacktestFiles}), summary.json
 * ({@link org.treatysim.report.backtest.BacktestJson}), the reliability diagram and one chart per
 * case ({@link org.treatysim.report.backtest.BacktestCharts}), backtest.html in the brief's style
 * ({@link org.treatysim.report.backtest.BacktestPage}) and the table printed on stdout
 * ({@link org.treatysim.report.backtest.BacktestText}). See {@code docs/backtest.md}.
 *
 * <p>Writers take the frozen {@code BacktestResult} and write to streams the caller opens; they
 * never open paths or folders. May import {@code org.treatysim.stats} (with {@code stats.backtest}
 * and {@code stats.scoring}), {@code org.treatysim.report.files} (the numbers' spelling),
 * {@code org.treatysim.report.chart} (the chart style, export and fonts), Jackson, JFreeChart,
 * mustache.java and the JDK.
 */
package org.treatysim.report.backtest;
