package org.treatysim.report.update;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.treatysim.report.chart.ChartExport;
import org.treatysim.report.chart.ReportFonts;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.abc.ParameterPosterior;

/**
 * The two charts of {@code treatysim update}, drawn with JFreeChart: the signed curve before and
 * after conditioning, and the parameters that shifted most. Colours from the Okabe–Ito palette
 * (safe for colour-blind readers); the two curves also differ by line style, so the chart reads
 * in greyscale.
 */
public final class UpdateCharts {
    /** Width of a chart in points; PNGs are drawn at twice this (print resolution). */
    public static final int WIDTH = 900;
    /** Height of a chart in points; PNGs are drawn at twice this. */
    public static final int HEIGHT = 560;
    /** Most parameters in the shift chart. */
    public static final int TOP_PARAMETERS = 12;

    private static final Color BLUE = new Color(0x00, 0x72, 0xB2);
    private static final Color ORANGE = new Color(0xE6, 0x9F, 0x00);
    private static final Color GREY = new Color(0x59, 0x59, 0x59);
    private static final Font TITLE = ReportFonts.bold(16f);
    private static final Font SMALL = ReportFonts.plain(11f);

    private UpdateCharts() { }

    /**
     * P(signed by t) over all runs made (before conditioning) and over the accepted runs from the
     * as-of date on (given the observations), each with its pointwise 95% Wilson band, and a marker
     * at the as-of date.
     *
     * @param prior       the forecast over all runs made
     * @param conditional the forecast over the accepted runs, cut at the as-of date
     * @param asOf        the as-of date
     * @param footer      provenance line (scenario, runs, date)
     */
    public static JFreeChart conditionalCurve(ForecastSummary prior, ForecastSummary conditional, LocalDate asOf,
                                              String footer) {
        YIntervalSeries before = series(String.format(Locale.ROOT, "Before conditioning (%d runs)",
                prior.provenance().runs()), prior.curve());
        YIntervalSeries after = series(String.format(Locale.ROOT, "Given the observations to %s (%d accepted runs)",
                asOf, conditional.provenance().runs()), conditional.curve());
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(before);
        data.addSeries(after);

        DateAxis time = new DateAxis("Date");
        time.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
        NumberAxis probability = new NumberAxis("P(treaty signed by date), 95% band");
        probability.setRange(0, 1);
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setSeriesPaint(0, GREY);
        renderer.setSeriesFillPaint(0, new Color(0xBB, 0xBB, 0xBB));
        renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f,
                new float[] {7f, 5f}, 0f));
        renderer.setSeriesPaint(1, BLUE);
        renderer.setSeriesFillPaint(1, new Color(0x9C, 0xC8, 0xE6));
        renderer.setSeriesStroke(1, new BasicStroke(2.5f));
        renderer.setAlpha(0.45f);
        XYPlot plot = new XYPlot(data, time, probability, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        ValueMarker marker = new ValueMarker(millis(asOf), Color.BLACK, new BasicStroke(1f));
        marker.setLabel("as of " + asOf);
        marker.setLabelFont(SMALL);
        marker.setLabelAnchor(RectangleAnchor.TOP_LEFT);
        marker.setLabelTextAnchor(TextAnchor.TOP_RIGHT);
        plot.addDomainMarker(marker);

        JFreeChart chart = new JFreeChart("Treaty signed by each date: before and after the observations", TITLE,
                plot, true);
        chart.addSubtitle(new TextTitle(prior.provenance().title() == null ? prior.provenance().scenario()
                : prior.provenance().title(), SMALL));
        return finish(chart, footer);
    }

    /**
     * The parameters whose mean moved most, in prior standard deviations ((posterior mean − prior
     * mean) / prior sd), largest |shift| first, at most {@link #TOP_PARAMETERS}; each labelled with
     * its Kolmogorov–Smirnov distance. Bars to the right: the observations favour higher values.
     *
     * @param rows   every parameter's prior and posterior, at least one
     * @param footer provenance line
     */
    public static JFreeChart parameterShifts(List<ParameterPosterior> rows, String footer) {
        if (rows.isEmpty()) throw new IllegalArgumentException("no parameters to chart");
        List<ParameterPosterior> top = ParameterPosterior.byShift(rows).stream().limit(TOP_PARAMETERS).toList();
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (ParameterPosterior p : top) {
            data.addValue(p.shift(), "shift", String.format(Locale.ROOT, "%s (KS %.2f)", p.parameter(), p.ksDistance()));
        }
        CategoryAxis names = new CategoryAxis(null);
        names.setTickLabelFont(SMALL);
        names.setMaximumCategoryLabelWidthRatio(0.45f);
        NumberAxis shift = new NumberAxis("Shift of the mean, in prior standard deviations");
        BarRenderer renderer = new BarRenderer() {
            private static final long serialVersionUID = 1L;

            @Override
            public Paint getItemPaint(int row, int column) {
                Number value = getPlot().getDataset().getValue(row, column);
                return value != null && value.doubleValue() < 0 ? BLUE : ORANGE;
            }
        };
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setMaximumBarWidth(0.12);
        renderer.setDrawBarOutline(true);
        renderer.setDefaultOutlinePaint(Color.BLACK);
        CategoryPlot plot = new CategoryPlot(data, names, shift, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xDD, 0xDD, 0xDD));
        plot.addRangeMarker(new ValueMarker(0, Color.BLACK, new BasicStroke(1f)));
        JFreeChart chart = new JFreeChart("The parameters the observations moved most", TITLE, plot, false);
        long accepted = top.get(0).posterior().count();
        chart.addSubtitle(new TextTitle("(posterior mean − prior mean) / prior sd; right: the observations favour"
                + " higher values. KS: largest gap between prior and posterior CDFs", SMALL));
        chart.addSubtitle(new TextTitle(String.format(Locale.ROOT, "With %d accepted runs, a KS below %.2f"
                + " (1.36/√%d) is within sampling noise", accepted, 1.36 / Math.sqrt(accepted), accepted), SMALL));
        return finish(chart, footer);
    }

    /** Writes the chart as a PNG of {@link #WIDTH} × {@link #HEIGHT} points at two pixels a point (144 dpi). */
    public static void writePng(JFreeChart chart, OutputStream out) throws IOException {
        out.write(ChartExport.png(chart, WIDTH, HEIGHT, 2, 144));
        out.flush();
    }

    private static JFreeChart finish(JFreeChart chart, String footer) {
        chart.setBackgroundPaint(Color.WHITE);
        TextTitle bottom = new TextTitle(footer, SMALL);
        bottom.setPosition(RectangleEdge.BOTTOM);
        bottom.setPaint(GREY);
        chart.addSubtitle(bottom);
        return chart;
    }

    private static YIntervalSeries series(String name, List<CurvePoint> curve) {
        YIntervalSeries series = new YIntervalSeries(name, false, false);
        for (CurvePoint c : curve) {
            series.add(millis(c.date()), c.signed().p(), c.signed().lo(), c.signed().hi());
        }
        return series;
    }

    private static double millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }
}
