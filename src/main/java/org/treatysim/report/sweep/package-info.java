/**
 * The files of a sweep folder ({@code results/<scenario>/sweep/}): {@code design.csv},
 * {@code indices.csv}, {@code boxes.csv}, {@code sweep.json} and the tornado and scatter charts
 * (PNG and SVG), and the ranking and PRIM's sentences that {@code treatysim sweep} prints
 * ({@link org.treatysim.report.sweep.SweepReport}). See {@code docs/sweep.md} for the files' columns
 * and fields.
 *
 * <p>Writers take the statistics' records ({@code org.treatysim.stats.sensitivity}) and write to a
 * {@link java.io.Writer} or {@link java.io.OutputStream} the caller opens; they never open paths.
 * Numbers are spelt as in the other results files ({@link org.treatysim.report.files.Numbers}).
 * Charts are drawn with JFreeChart onto any {@link java.awt.Graphics2D}: a PNG image or Batik's
 * SVG generator. May import {@code org.treatysim.stats}, {@code org.treatysim.report.files},
 * {@code org.treatysim.report.chart} (the chart export and fonts), {@code org.treatysim.model.spec}
 * (for {@code Components}), JFreeChart, Batik, Jackson and the JDK; not the model, the Monte Carlo
 * engine or the command line.
 */
package org.treatysim.report.sweep;
