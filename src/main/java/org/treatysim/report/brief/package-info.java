/**
 * The policy brief: one self-contained HTML file (inline SVG charts and CSS, no external
 * requests) and a PDF with the same content, both made from a forecast summary, the scenario's
 * assumptions and, when present, sensitivity findings. Sentences and the page come from
 * mustache templates in {@code src/main/resources/org/treatysim/report/brief}; the numbers in
 * them are computed here, every probability with its 95% interval and run count. The same numbers
 * as text are the headline {@code treatysim run} prints ({@link org.treatysim.report.brief.Headline}).
 *
 * <p>Returns bytes; the command line decides where they go. May import
 * {@code org.treatysim.report.chart} (and hold the JFreeChart charts it draws),
 * {@code org.treatysim.stats}, {@code org.treatysim.model.spec} (for
 * {@link org.treatysim.model.spec.Milestone}), mustache.java, PDFBox and the JDK.
 */
package org.treatysim.report.brief;
