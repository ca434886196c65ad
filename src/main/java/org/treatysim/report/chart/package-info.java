/**
 * Charts of a forecast (JFreeChart, headless) and their export as PNG, SVG (Apache Batik) and
 * PDF (Apache PDFBox with pdfbox-graphics2d), with the DejaVu fonts shipped in the resources so
 * that non-ASCII names survive in every format.
 *
 * <p>Charts are drawn from the frozen summary records of {@code org.treatysim.stats}, never from
 * the model. Nothing here opens files: exports return bytes and the command line decides where
 * they go. May import {@code org.treatysim.stats}, JFreeChart, Batik, PDFBox and the JDK.
 */
package org.treatysim.report.chart;
