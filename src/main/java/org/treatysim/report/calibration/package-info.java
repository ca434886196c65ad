/**
 * The files, table and charts of {@code treatysim calibrate} (docs/calibration.md):
 * {@code calibration.yaml}, {@code cv.csv}, {@code grid.csv}, the summary and the chart of the
 * mean log score against each hyperparameter. Formats only: the numbers come from
 * {@code org.treatysim.stats.calibration} and {@code org.treatysim.stats.backtest}. May import
 * {@code org.treatysim.report.chart}, {@code org.treatysim.report.backtest} (its number formats),
 * {@code org.treatysim.stats.backtest}, {@code org.treatysim.stats.calibration}, JFreeChart and the JDK.
 */
package org.treatysim.report.calibration;
