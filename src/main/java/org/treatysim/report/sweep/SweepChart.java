package org.treatysim.report.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.jfree.chart.ui.Drawable;
import org.treatysim.model.spec.Components;
import org.treatysim.report.chart.ChartExport;

/**
 * A chart of the sweep at its natural size, ready to be written as PNG or SVG through the same
 * exporter as the forecast's charts.
 *
 * @param drawing draws the chart into a rectangle
 * @param width   width in pixels (PNG) or user units (SVG), &ge; 1
 * @param height  height in pixels or user units, &ge; 1
 * @param title   what the chart shows, for screen readers
 * @param name    file base name, e.g. {@code tornado}; prefixes the SVG's ids
 */
public record SweepChart(Drawable drawing, int width, int height, String title, String name) {
    /** Resolution recorded in the PNG: the charts are drawn one pixel per point, for screens. */
    static final int SCREEN_DPI = 96;

    public SweepChart {
        Components.requireNonNull("drawing, title, name", drawing, title, name);
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a chart needs a positive size, not " + width + " x " + height);
        }
    }

    /** Writes the chart as PNG, one pixel per point, on white; does not close {@code out}. */
    public void writePng(OutputStream out) throws IOException {
        out.write(ChartExport.png(drawing, width, height, 1, SCREEN_DPI));
        out.flush();
    }

    /** Writes the chart as a one-page vector PDF of its size in points, fonts embedded; does not close {@code out}. */
    public void writePdf(OutputStream out) throws IOException {
        out.write(ChartExport.pdf(drawing, width, height));
        out.flush();
    }

    /** Writes the chart as a scalable SVG file; does not close {@code out}. */
    public void writeSvg(Writer out) throws IOException {
        out.write(new String(ChartExport.svg(drawing, width, height, title, name), StandardCharsets.UTF_8));
        out.flush();
    }
}
