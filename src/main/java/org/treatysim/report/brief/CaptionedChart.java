package org.treatysim.report.brief;

import java.util.Objects;
import org.treatysim.report.chart.NamedChart;

/**
 * A chart from another analysis (a sweep's tornado chart, a score's reliability diagram) to show
 * in the brief after the forecast's own charts, with its one-sentence caption.
 *
 * @param chart   the chart, styled with {@link org.treatysim.report.chart.ChartStyle}
 * @param caption one sentence saying what it shows
 */
public record CaptionedChart(NamedChart chart, String caption) {
    public CaptionedChart {
        Objects.requireNonNull(chart, "chart");
        Objects.requireNonNull(caption, "caption");
    }
}
