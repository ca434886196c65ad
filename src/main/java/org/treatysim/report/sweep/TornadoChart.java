package org.treatysim.report.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.category.DefaultCategoryDataset;
import org.treatysim.report.chart.ReportFonts;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.SobolIndex;

/**
 * The tornado chart: one horizontal bar per parameter, the most influential at the top, with its
 * 95% interval as a whisker. At most {@link #MAX_BARS} bars in a file, 8 in the brief; the
 * subtitle says when more parameters were swept.
 */
public final class TornadoChart {
    /** Most parameters shown in the sweep's own chart files. */
    public static final int MAX_BARS = 20;
    /** Width of the chart files, pixels. */
    static final int WIDTH = 1000;
    /** Height of one PRCC bar (one whisker bar) in the chart files, pixels. */
    private static final int PRCC_BAR = 26;
    /** Height of one Sobol parameter (two whisker bars) in the chart files, pixels. */
    private static final int SOBOL_BAR = 38;

    /** The dummy's bar says what it is: the model never reads it, so its indices are noise. */
    static final String DUMMY_LABEL = "dummy (noise floor)";

    private static final Color TOTAL = new Color(0x2b, 0x6c, 0xb0);
    private static final Color FIRST = new Color(0x9e, 0xc5, 0xe8);

    /**
     * Where the chart is drawn: the sweep's chart files, which grow with the number of bars, or a
     * figure of the brief, which has the fixed size of every brief chart
     * ({@link org.treatysim.report.chart.ChartStyle#WIDTH} × {@code HEIGHT}) and so shows fewer bars
     * in smaller type, leaving the whiskers' meaning to the caption.
     *
     * @param maxBars             most bars shown, &ge; 1
     * @param title               the title's font
     * @param text                the font of the axes, the subtitle and the legend
     * @param whiskersInAxisLabel whether the axis label says what the whiskers are
     */
    public record Layout(int maxBars, Font title, Font text, boolean whiskersInAxisLabel) {
        /** {@code sweep/charts/tornado.png|svg}: 1,000 pixels wide, up to 20 bars. */
        public static final Layout FILE = new Layout(MAX_BARS, ReportFonts.bold(18f), ReportFonts.plain(13f), true);
        /** A figure of the brief: 760 × 470 points, up to 8 bars. */
        public static final Layout BRIEF = new Layout(8, ReportFonts.bold(15f), ReportFonts.plain(10.5f), false);
        /** The brief's small figure of the drivers measured on the forecast's own runs: up to 5 bars. */
        public static final Layout BRIEF_DRIVERS = new Layout(5, ReportFonts.bold(15f), ReportFonts.plain(12f), false);

        /** The bars shown: the first {@link #maxBars} of {@code ranked}, most influential first. */
        <T> List<T> shown(List<T> ranked) {
            return ranked.subList(0, Math.min(maxBars, ranked.size()));
        }
    }

    private TornadoChart() { }

    /**
     * Partial rank correlations as a tornado chart file: bars right of zero (blue) raise the
     * target, bars left of it (red) lower it.
     *
     * @param ranked     strongest first
     * @param targetText the target in words, e.g. {@code P(signed by 2026-12-31)}
     * @param design     the design in words, for the subtitle, e.g. "1,000 Latin hypercube points × 200 runs"
     */
    public static SweepChart prcc(List<PrccIndex> ranked, String targetText, String design) {
        return sized(prccChart(ranked, targetText, design, Layout.FILE), ranked, PRCC_BAR);
    }

    /** The partial-rank-correlation tornado laid out for {@code layout}. */
    public static JFreeChart prccChart(List<PrccIndex> ranked, String targetText, String design, Layout layout) {
        List<PrccIndex> shown = layout.shown(ranked);
        int n = shown.size();
        WhiskerBars bars = new WhiskerBars(1, n);
        for (int i = 0; i < n; i++) {
            PrccIndex p = shown.get(i);
            bars.add(0, "PRCC", i, p.parameter(), p.prcc(), p.low(), p.high());
        }
        NumberAxis axis = new NumberAxis("partial rank correlation with " + targetText
                + (layout.whiskersInAxisLabel() ? " (whiskers: 95% interval)" : ""));
        axis.setRange(-1, 1);
        axis.setTickUnit(new NumberTickUnit(0.25));
        CategoryPlot plot = plot(bars.data, axis, bars.renderer(true), layout);
        LegendItemCollection legend = new LegendItemCollection();
        legend.add(new LegendItem("raises " + targetText, WhiskerBarRenderer.RAISES));
        legend.add(new LegendItem("lowers " + targetText, WhiskerBarRenderer.LOWERS));
        plot.setFixedLegendItems(legend);
        return chart(plot, targetText, subtitle("Partial rank correlation", n, ranked.size(), design), layout);
    }

    /**
     * Sobol indices as a tornado chart file: per parameter the total index (dark) and the
     * first-order index (light), ordered by total index.
     *
     * @param ranked     the indices, largest total index first
     * @param targetText the target in words
     * @param design     the design in words, for the subtitle
     */
    public static SweepChart sobol(List<SobolIndex> ranked, String targetText, String design) {
        return sized(sobolChart(ranked, targetText, design, Layout.FILE), ranked, SOBOL_BAR);
    }

    /** The Sobol tornado laid out for {@code layout}; {@code ranked} largest total index first. */
    public static JFreeChart sobolChart(List<SobolIndex> ranked, String targetText, String design, Layout layout) {
        List<SobolIndex> shown = layout.shown(ranked);
        int n = shown.size();
        WhiskerBars bars = new WhiskerBars(2, n);
        double lowest = 0;
        double highest = 0.05;
        for (int i = 0; i < n; i++) {
            SobolIndex s = shown.get(i);
            String label = s.parameter().equals(Factor.DUMMY) ? DUMMY_LABEL : s.parameter();
            bars.add(0, "total index", i, label, s.total(), s.totalLow(), s.totalHigh());
            bars.add(1, "first-order index", i, label, s.first(), s.firstLow(), s.firstHigh());
            lowest = Math.min(lowest, Math.min(s.firstLow(), s.totalLow()));
            highest = Math.max(highest, Math.max(s.firstHigh(), s.totalHigh()));
        }
        NumberAxis axis = new NumberAxis("share of the variance of " + targetText
                + (layout.whiskersInAxisLabel() ? " (whiskers: 95% bootstrap interval)" : ""));
        // Whiskers reach beyond the bars: the axis must hold them, not just the bars.
        axis.setRange(lowest - 0.02, highest + 0.02);
        WhiskerBarRenderer renderer = bars.renderer(false);
        renderer.setSeriesPaint(0, TOTAL);
        renderer.setSeriesPaint(1, FIRST);
        renderer.setItemMargin(0.05);
        CategoryPlot plot = plot(bars.data, axis, renderer, layout);
        // The dummy is no parameter: the subtitle counts the parameters only.
        int dummies = (int) ranked.stream().filter(s -> s.parameter().equals(Factor.DUMMY)).count();
        int dummiesShown = (int) shown.stream().filter(s -> s.parameter().equals(Factor.DUMMY)).count();
        return chart(plot, targetText, subtitle("Sobol indices", n - dummiesShown,
                ranked.size() - dummies, design), layout);
    }

    /**
     * The bars of a tornado and their 95% whiskers, filled together: the dataset that places the
     * bars, and per series and bar the value and interval the renderer draws.
     */
    private static final class WhiskerBars {
        final DefaultCategoryDataset data = new DefaultCategoryDataset();
        private final double[][] values;
        private final double[][] low;
        private final double[][] high;

        WhiskerBars(int series, int bars) {
            values = new double[series][bars];
            low = new double[series][bars];
            high = new double[series][bars];
        }

        void add(int series, String seriesName, int bar, String label, double value, double lo, double hi) {
            data.addValue(value, seriesName, label);
            values[series][bar] = value;
            low[series][bar] = lo;
            high[series][bar] = hi;
        }

        WhiskerBarRenderer renderer(boolean colourBySign) {
            return new WhiskerBarRenderer(values, low, high, colourBySign);
        }
    }

    /** A chart file tall enough that each bar it shows of {@code ranked} keeps its height, however many there are. */
    private static SweepChart sized(JFreeChart chart, List<?> ranked, int perBar) {
        int bars = Layout.FILE.shown(ranked).size();
        return new SweepChart(chart, WIDTH, 150 + perBar * Math.max(bars, 2), chart.getTitle().getText(), "tornado");
    }

    private static String subtitle(String what, int shown, int all, String design) {
        String which = shown < all ? "the " + shown + " most influential of " + all + " parameters" : "all " + all
                + " parameter" + (all == 1 ? "" : "s");
        return what + ", " + which + "; " + design;
    }

    private static CategoryPlot plot(DefaultCategoryDataset data, NumberAxis axis, WhiskerBarRenderer renderer,
                                     Layout layout) {
        axis.setLabelFont(layout.text());
        axis.setTickLabelFont(layout.text());
        CategoryAxis parameters = new CategoryAxis(null);
        parameters.setTickLabelFont(layout.text());
        // Dotted paths are long; give them up to 45% of the width rather than eliding them.
        parameters.setMaximumCategoryLabelWidthRatio(0.45f);
        parameters.setCategoryMargin(0.25);
        CategoryPlot plot = new CategoryPlot(data, parameters, axis, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        // Horizontal plots put the value axis on top by default; below the bars it reads like any chart.
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xd0, 0xd0, 0xd0));
        plot.setRangeGridlinesVisible(true);
        plot.setOutlineVisible(false);
        plot.addRangeMarker(new ValueMarker(0, Color.DARK_GRAY, new BasicStroke(1f)));
        return plot;
    }

    /** The chart around {@code plot}, titled "What moves {@code targetText}". */
    private static JFreeChart chart(CategoryPlot plot, String targetText, String subtitle, Layout layout) {
        JFreeChart chart = new JFreeChart("What moves " + targetText, layout.title(), plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 8, 6));
        chart.addSubtitle(new TextTitle(subtitle, layout.text()));
        LegendTitle legend = new LegendTitle(plot);
        legend.setItemFont(layout.text());
        legend.setPosition(RectangleEdge.BOTTOM);
        chart.addSubtitle(legend);
        return chart;
    }
}
