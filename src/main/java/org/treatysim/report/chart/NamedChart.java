package org.treatysim.report.chart;

import java.util.Objects;
import org.jfree.chart.JFreeChart;

/**
 * A chart and the name its files take. JFreeChart objects are mutable and not thread-safe: draw
 * a NamedChart from one thread at a time.
 *
 * @param name  file base name, lower case letters, digits and '-', e.g. {@code signed-by-date}
 * @param chart the chart, laid out for {@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT} points
 */
public record NamedChart(String name, JFreeChart chart) {
    public NamedChart {
        Objects.requireNonNull(chart, "chart");
        if (name == null || !name.matches("[a-z0-9]+(-[a-z0-9]+)*")) {
            throw new IllegalArgumentException("chart name must be lower-case words joined by '-': " + name);
        }
    }

    /** The chart's title, as drawn. */
    public String title() {
        return chart.getTitle() == null ? name : chart.getTitle().getText();
    }
}
