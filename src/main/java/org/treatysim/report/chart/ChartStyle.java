package org.treatysim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.awt.Stroke;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickMarkPosition;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;

/**
 * The look shared by every treatysim chart: the Okabe–Ito colour-blind-safe palette, a dash
 * pattern per series so that lines stay apart in greyscale print, DejaVu fonts, a left-aligned
 * title that says what is shown, the scenario as subtitle and a footer with run count, scenario
 * and date. Other reports (sweeps, scores) call {@link #apply} on their charts to match.
 *
 * <p>Charts are laid out on a logical canvas of {@link #WIDTH} × {@link #HEIGHT} points; the
 * exporters scale it (PNG) or keep it as the page size (SVG, PDF).
 */
public final class ChartStyle {
    /** Okabe &amp; Ito (2008), "Color universal design": black. */
    public static final Color BLACK = new Color(0x000000);
    /** Okabe–Ito orange. */
    public static final Color ORANGE = new Color(0xE69F00);
    /** Okabe–Ito sky blue. */
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    /** Okabe–Ito bluish green. */
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    /** Okabe–Ito yellow (too light for lines on white; used for areas). */
    public static final Color YELLOW = new Color(0xF0E442);
    /** Okabe–Ito blue. */
    public static final Color BLUE = new Color(0x0072B2);
    /** Okabe–Ito vermillion. */
    public static final Color VERMILLION = new Color(0xD55E00);
    /** Okabe–Ito reddish purple. */
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);

    /** Width of the logical canvas, in points. */
    public static final int WIDTH = 760;
    /** Height of the logical canvas, in points. */
    public static final int HEIGHT = 470;

    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);
    static final Color GRID = new Color(0xDADADA);
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    /** Dash patterns, in points; {@link #SOLID} has none. */
    public enum Dash {
        /** An unbroken line. */
        SOLID(null),
        /** 9 on, 5 off. */
        DASHED(new float[] {9f, 5f}),
        /** Dots 1.5 long, 4 apart. */
        DOTTED(new float[] {1.5f, 4f}),
        /** 10 on, 4 off, 2 on, 4 off. */
        DASH_DOT(new float[] {10f, 4f, 2f, 4f}),
        /** 18 on, 6 off. */
        LONG_DASH(new float[] {18f, 6f}),
        /** 10 on, then two dots. */
        DASH_DOT_DOT(new float[] {10f, 3f, 2f, 3f, 2f, 3f}),
        /** 5 on, 4 off. */
        SHORT_DASH(new float[] {5f, 4f});

        private final float[] pattern;

        Dash(float[] pattern) {
            this.pattern = pattern;
        }

        /** The stroke of this pattern at {@code width} points. */
        public BasicStroke stroke(float width) {
            return pattern == null
                    ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, pattern.clone(), 0f);
        }
    }

    /**
     * A series' line: a palette colour and a dash pattern. No two of the first
     * {@link #distinctLineStyles()} styles share both colour and pattern.
     *
     * @param colour the line colour
     * @param dash   its dash pattern
     */
    public record LineStyle(Color colour, Dash dash) {
        /** The stroke at {@code width} points. */
        public BasicStroke stroke(float width) {
            return dash.stroke(width);
        }
    }

    private static final List<LineStyle> LINES = List.of(
            new LineStyle(BLUE, Dash.SOLID),
            new LineStyle(VERMILLION, Dash.DASHED),
            new LineStyle(BLUISH_GREEN, Dash.DOTTED),
            new LineStyle(REDDISH_PURPLE, Dash.DASH_DOT),
            new LineStyle(ORANGE, Dash.LONG_DASH),
            new LineStyle(BLACK, Dash.DASH_DOT_DOT),
            new LineStyle(SKY_BLUE, Dash.SHORT_DASH),
            new LineStyle(BLACK, Dash.DOTTED));

    /** The line drawn for a series in the legend: long enough to show its dash pattern. */
    public static final Shape LEGEND_LINE = new java.awt.geom.Line2D.Double(-15, 0, 15, 0);

    private ChartStyle() { }

    /** The line style of the {@code index}-th series (0-based); styles repeat after {@link #distinctLineStyles()}. */
    public static LineStyle line(int index) {
        return LINES.get(Math.floorMod(index, LINES.size()));
    }

    /** How many series can be told apart before styles repeat. */
    static int distinctLineStyles() {
        return LINES.size();
    }

    /**
     * Greyscale value of a colour as a printer or a greyscale screen renders it (ITU-R BT.601
     * luma), 0 = black to 255 = white.
     */
    static double luma(Color colour) {
        return 0.299 * colour.getRed() + 0.587 * colour.getGreen() + 0.114 * colour.getBlue();
    }

    /**
     * Applies fonts, colours and layout, adds the subtitle under the title and the footer at the
     * bottom right. Call after the plot is built and before series are styled one by one.
     *
     * @param chart    the chart, with its title set
     * @param subtitle shown under the title (e.g. the scenario title); blank for none
     * @param footer   small print at the bottom (runs, scenario, date)
     */
    public static void apply(JFreeChart chart, String subtitle, String footer) {
        chart.setBackgroundPaint(Color.WHITE);
        chart.setAntiAlias(true);
        chart.setTextAntiAlias(true);
        chart.setPadding(new RectangleInsets(10, 10, 6, 14));
        TextTitle title = chart.getTitle();
        if (title != null) {
            title.setFont(ReportFonts.bold(15f));
            title.setPaint(TEXT);
            title.setHorizontalAlignment(HorizontalAlignment.LEFT);
            title.setPadding(new RectangleInsets(0, 4, 2, 4));
        }
        int next = 0;
        if (subtitle != null && !subtitle.isBlank()) {
            TextTitle sub = new TextTitle(subtitle, ReportFonts.plain(11f));
            sub.setPaint(MUTED);
            sub.setHorizontalAlignment(HorizontalAlignment.LEFT);
            sub.setPadding(new RectangleInsets(0, 4, 8, 4));
            chart.addSubtitle(next++, sub);
        }
        // The first bottom title is drawn lowest: the footer goes before the legend.
        TextTitle foot = new TextTitle(footer, ReportFonts.plain(9f));
        foot.setPaint(MUTED);
        foot.setPosition(RectangleEdge.BOTTOM);
        foot.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        foot.setPadding(new RectangleInsets(6, 4, 0, 4));
        chart.addSubtitle(next, foot);

        LegendTitle legend = chart.getLegend();
        if (legend != null) {
            legend.setItemFont(ReportFonts.plain(10.5f));
            legend.setItemPaint(TEXT);
            legend.setFrame(BlockBorder.NONE);
            legend.setBackgroundPaint(Color.WHITE);
            legend.setPosition(RectangleEdge.BOTTOM);
            legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
            legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 14));
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlinePaint(GRID);
        plot.setNoDataMessageFont(ReportFonts.plain(12f));
        plot.setNoDataMessagePaint(MUTED);
        if (plot instanceof XYPlot xy) {
            xy.setDrawingSupplier(drawingSupplier());
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            xy.setDomainGridlineStroke(new BasicStroke(0.6f));
            xy.setRangeGridlineStroke(new BasicStroke(0.6f));
            xy.setAxisOffset(RectangleInsets.ZERO_INSETS);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) styleAxis(xy.getDomainAxis(i));
            for (int i = 0; i < xy.getRangeAxisCount(); i++) styleAxis(xy.getRangeAxis(i));
        } else if (plot instanceof CategoryPlot category) {
            category.setDrawingSupplier(drawingSupplier());
            category.setDomainGridlinePaint(GRID);
            category.setRangeGridlinePaint(GRID);
            category.setRangeGridlineStroke(new BasicStroke(0.6f));
            category.setAxisOffset(RectangleInsets.ZERO_INSETS);
            styleAxis(category.getDomainAxis());
            for (int i = 0; i < category.getRangeAxisCount(); i++) styleAxis(category.getRangeAxis(i));
        }
    }

    private static void styleAxis(Axis axis) {
        if (axis == null) return;
        axis.setLabelFont(ReportFonts.plain(11.5f));
        axis.setLabelPaint(TEXT);
        axis.setTickLabelFont(ReportFonts.plain(10.5f));
        axis.setTickLabelPaint(TEXT);
        axis.setAxisLinePaint(MUTED);
        axis.setTickMarkPaint(MUTED);
    }

    /** Series defaults for charts that do not style each series: the palette with dash patterns. */
    private static DefaultDrawingSupplier drawingSupplier() {
        Paint[] paints = LINES.stream().map(LineStyle::colour).toArray(Paint[]::new);
        Stroke[] strokes = LINES.stream().map(style -> style.stroke(2f)).toArray(Stroke[]::new);
        return new DefaultDrawingSupplier(paints, paints, new Paint[] {MUTED},
                strokes, new Stroke[] {new BasicStroke(0.8f)},
                new Shape[] {DefaultDrawingSupplier.createStandardSeriesShapes()[0]});
    }

    /** Midnight UTC of {@code date}, in epoch milliseconds: the x value of a date on every chart. */
    public static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /**
     * A calendar axis from {@code from} to {@code to} in UTC, with ticks every 1, 3, 6 or 12 months
     * depending on the span, labelled like "Jan 2025".
     */
    public static DateAxis dateAxis(String label, LocalDate from, LocalDate to) {
        DateAxis axis = new DateAxis(label, UTC, Locale.ENGLISH);
        axis.setRange(new Date(millis(from)), new Date(millis(to)));
        long months = ChronoUnit.MONTHS.between(from, to);
        int step = months <= 12 ? 1 : months <= 36 ? 3 : months <= 72 ? 6 : 12;
        SimpleDateFormat format = new SimpleDateFormat(step == 12 ? "yyyy" : "MMM yyyy", Locale.ENGLISH);
        format.setTimeZone(UTC);
        axis.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step, format));
        axis.setTickMarkPosition(DateTickMarkPosition.START);
        axis.setLowerMargin(0);
        axis.setUpperMargin(0);
        return axis;
    }

    /**
     * A line across the plot at {@code value}, labelled in small type on a white ground in the line's
     * colour, the label's {@code textAnchor} at the marker's {@code anchor}.
     */
    public static ValueMarker labelledMarker(double value, Color colour, Stroke stroke, String label,
                                             RectangleAnchor anchor, TextAnchor textAnchor) {
        ValueMarker marker = new ValueMarker(value, colour, stroke);
        marker.setLabel(label);
        marker.setLabelFont(ReportFonts.plain(10f));
        marker.setLabelPaint(colour);
        marker.setLabelBackgroundColor(Color.WHITE);
        marker.setLabelAnchor(anchor);
        marker.setLabelTextAnchor(textAnchor);
        return marker;
    }

    /** A probability axis from 0 to {@code upper} (at most 1), with at most ten round ticks. */
    public static NumberAxis probabilityAxis(String label, double upper) {
        NumberAxis axis = new NumberAxis(label);
        double top = Math.min(1, upper);
        axis.setRange(0, top);
        axis.setTickUnit(tickUnit(top));
        return axis;
    }

    /**
     * The smallest of 0.001, 0.002, 0.005, 0.01, …, 0.5 that puts at most ten ticks on [0, range],
     * labelled with as many decimals as the step needs.
     */
    public static NumberTickUnit tickUnit(double range) {
        double[] steps = {0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.5};
        double step = steps[steps.length - 1];
        for (double candidate : steps) {
            if (range / candidate <= 10 + 1e-9) {
                step = candidate;
                break;
            }
        }
        int decimals = step >= 0.1 ? 1 : step >= 0.01 ? 2 : 3;
        DecimalFormat format = new DecimalFormat("0." + "0".repeat(decimals), DecimalFormatSymbols.getInstance(Locale.ENGLISH));
        return new NumberTickUnit(step, format);
    }
}
