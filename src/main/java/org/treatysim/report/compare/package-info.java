/**
 * The outputs of {@code treatysim compare}: comparison.csv, compare.json (provenance and the
 * curves), the aligned text table and the lines before it printed to stdout
 * ({@link org.treatysim.report.compare.ComparisonReport}), and the comparison chart (P(signed by date)
 * of every scenario on one chart, PNG at print resolution). Everything is drawn from a frozen
 * {@link org.treatysim.stats.PairedComparison}; writers take streams the caller opens and never
 * open paths.
 *
 * <p>The chart is drawn here with JFreeChart ({@link org.treatysim.report.compare.ComparisonChart}),
 * in the shared chart style and export. May import {@code org.treatysim.stats},
 * {@code org.treatysim.model.spec} (for {@link org.treatysim.model.spec.Milestone}),
 * {@code org.treatysim.report.files} (number spelling),
 * {@code org.treatysim.report.chart} (the chart export), JFreeChart, Jackson and the JDK.
 */
package org.treatysim.report.compare;
