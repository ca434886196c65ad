/**
 * The files of {@code treatysim update} and {@code treatysim score}: the conditional
 * {@code summary.json} (the format of {@code run}'s, marked conditional),
 * {@code posterior.csv}, the two update charts (prior against conditional curve; the parameters
 * that shifted most) and the lines printed by {@code update}
 * ({@link org.treatysim.report.update.UpdateReport}), and {@code score.csv}, {@code skill.csv},
 * {@code reliability.csv} with the text table printed by {@code score}. See
 * {@code docs/update-and-score.md}.
 *
 * <p>Writers take frozen summaries and write to streams the caller opens; they never open paths
 * or folders. May import {@code org.treatysim.stats} (with {@code stats.abc} and
 * {@code stats.scoring}), {@code org.treatysim.report.files} (for the shared formats),
 * {@code org.treatysim.report.chart} (the chart export and fonts), {@code org.treatysim.model.spec}
 * (for {@code Components}), Jackson, JFreeChart and the JDK.
 */
package org.treatysim.report.update;
