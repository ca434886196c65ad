package org.treatysim.report.compare;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Stroke;
import java.awt.geom.Line2D;
import java.io.IOException;
import java.io.OutputStream;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.DateTickUnit;
import org.jfree.chart.axis.DateTickUnitType;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.treatysim.report.chart.ChartExport;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.PairedComparison;
import org.treatysim.stats.Provenance;

/**
 * The comparison chart: P(signed by date) of every compared scenario on one chart, each with its
 * pointwise 95% Wilson band, the table's key dates as thin verticals, and a footer with runs,
 * seed and date. Lines take the Okabe &amp; Ito (2008) colour-blind-safe palette and each its own
 * dash pattern, so the chart also reads in greyscale print; the reference scenario is the solid
 * black line.
 *
 * <p>Laid out on a logical canvas of {@link #WIDTH} × {@link #HEIGHT} units and written as PNG
 * at {@link #SCALE}× that size with 300 dpi recorded in the file: 2400 × 1500 pixels, 8 × 5
 * inches in print. Self-contained on purpose: when the shared chart package offers a comparison
 * chart, this class is the one to replace.
 */
public final class ComparisonChart {
    /** Width of the logical canvas. */
    public static final int WIDTH = 800;
    /** Height of the logical canvas. */
    public static final int HEIGHT = 500;
    /** Pixels per logical unit in the PNG. */
    public static final int SCALE = 3;
    /** Resolution recorded in the PNG, dots per inch: WIDTH × SCALE / DPI = 8 inches. */
    public static final int DPI = 300;

    private static final String FONT = "DejaVu Sans";
    private static final Color TEXT = new Color(0x222222);
    private static final Color MUTED = new Color(0x555555);
    private static final Color GRID = new Color(0xDDDDDD);
    private static final Color KEY_DATE = new Color(0x8C8C8C);
    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");
    private static final DateTimeFormatter MARKER_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    /** A line's colour (Okabe–Ito) and dash pattern in logical units (null: solid). */
    private record LineStyle(Color colour, float[] dashes) { }

    private static final List<LineStyle> LINES = List.of(
            new LineStyle(new Color(0x000000), null),                                   // black
            new LineStyle(new Color(0xD55E00), new float[] {9f, 5f}),                   // vermillion
            new LineStyle(new Color(0x0072B2), new float[] {0.1f, 4.5f}),               // blue, dotted
            new LineStyle(new Color(0x009E73), new float[] {10f, 4f, 0.1f, 4f}),        // bluish green
            new LineStyle(new Color(0xE69F00), new float[] {18f, 6f}),                  // orange
            new LineStyle(new Color(0xCC79A7), new float[] {10f, 3f, 0.1f, 3f, 0.1f, 3f}), // reddish purple
            new LineStyle(new Color(0x56B4E9), new float[] {4f, 4f}),                   // sky blue
            new LineStyle(new Color(0x000000), new float[] {16f, 4f, 5f, 4f}));         // black, long-short

    private ComparisonChart() { }

    /** How many scenarios get a line style of their own before styles repeat. */
    static int distinctLineStyles() {
        return LINES.size();
    }

    /** The dash pattern of the {@code index}-th scenario's line (null: solid), for tests of greyscale legibility. */
    static float[] dashes(int index) {
        float[] dashes = LINES.get(index % LINES.size()).dashes();
        return dashes == null ? null : dashes.clone();
    }

    /** The colour of the {@code index}-th scenario's line. */
    static Color colour(int index) {
        return LINES.get(index % LINES.size()).colour();
    }

    /** The chart of a comparison. */
    public static JFreeChart chart(PairedComparison comparison) {
        List<Map.Entry<String, List<ComparisonJson.Row>>> lines = new ArrayList<>();
        for (ForecastSummary s : comparison.scenarios()) {
            lines.add(Map.entry(s.provenance().scenario(), s.curve().stream().map(point -> new ComparisonJson.Row(
                    point.date(), point.signed().p(), point.signed().lo(), point.signed().hi())).toList()));
        }
        return chart(lines, comparison.keyDates(), comparison.horizon(), footer(comparison));
    }

    /**
     * The chart of a comparison drawn again from its compare.json, each scenario named by its title
     * rather than its id; for the brief of the reference's forecast.
     */
    public static JFreeChart chart(ComparisonJson.Compared compared) {
        List<Map.Entry<String, List<ComparisonJson.Row>>> lines = new ArrayList<>();
        for (ComparisonJson.ComparedScenario s : compared.scenarios()) {
            List<ComparisonJson.Row> curve = compared.curves().get(s.scenario());
            if (curve == null || curve.isEmpty()) {
                throw new IllegalArgumentException("compare.json has no curve of " + s.scenario());
            }
            lines.add(Map.entry(s.title(), curve));
        }
        return chart(lines, compared.keyDates(), compared.horizon(),
                footer(compared.runs(), compared.seed(), compared.createdAt(), compared.version()));
    }

    /** The chart of curves named in order, the reference first. */
    private static JFreeChart chart(List<Map.Entry<String, List<ComparisonJson.Row>>> lines, List<LocalDate> keyDates,
                                    LocalDate horizon, String footerText) {
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        DeviationRenderer renderer = new DeviationRenderer(true, false);
        renderer.setAlpha(0.10f);
        renderer.setDrawSeriesLineAsPath(true);
        renderer.setLegendLine(new Line2D.Double(-16, 0, 16, 0));
        double max = 0;
        for (int i = 0; i < lines.size(); i++) {
            String id = lines.get(i).getKey();
            YIntervalSeries series = new YIntervalSeries(i == 0 ? id + " (reference)" : id, false, false);
            for (ComparisonJson.Row point : lines.get(i).getValue()) {
                series.add(millis(point.date()), point.p(), point.lo(), point.hi());
                max = Math.max(max, point.hi());
            }
            data.addSeries(series);
            LineStyle style = LINES.get(i % LINES.size());
            renderer.setSeriesPaint(i, style.colour());
            renderer.setSeriesFillPaint(i, style.colour());
            renderer.setSeriesStroke(i, stroke(i == 0 ? 2.6f : 2.0f, style.dashes()));
        }

        LocalDate start = lines.get(0).getValue().get(0).date();
        for (Map.Entry<String, List<ComparisonJson.Row>> line : lines) {
            LocalDate first = line.getValue().get(0).date();
            if (first.isBefore(start)) start = first;
        }
        DateAxis x = new DateAxis(null, UTC, Locale.ENGLISH);
        x.setRange(millis(start.minusDays(7)), millis(horizon.plusDays(7)));
        long months = ChronoUnit.MONTHS.between(start, horizon);
        int step = months <= 8 ? 1 : months <= 18 ? 2 : months <= 40 ? 3 : months <= 80 ? 6 : 12;
        SimpleDateFormat format = new SimpleDateFormat("MMM yyyy", Locale.ENGLISH);
        format.setTimeZone(UTC);
        x.setTickUnit(new DateTickUnit(DateTickUnitType.MONTH, step, format));
        NumberAxis y = new NumberAxis("P(signed by date)");
        double upper = niceUpper(max * 1.12);
        y.setRange(0, upper);
        y.setTickUnit(new NumberTickUnit(tickStep(upper), new DecimalFormat("0.00", DecimalFormatSymbols.getInstance(Locale.ROOT))));
        for (var axis : List.of(x, y)) {
            axis.setLabelFont(font(Font.PLAIN, 12f));
            axis.setTickLabelFont(font(Font.PLAIN, 11f));
            axis.setLabelPaint(TEXT);
            axis.setTickLabelPaint(TEXT);
            axis.setAxisLinePaint(MUTED);
            axis.setTickMarkPaint(MUTED);
        }

        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setDomainGridlinePaint(GRID);
        plot.setRangeGridlinePaint(GRID);
        plot.setDomainGridlineStroke(new BasicStroke(0.6f));
        plot.setRangeGridlineStroke(new BasicStroke(0.6f));
        plot.setAxisOffset(new RectangleInsets(4, 4, 4, 4));
        addKeyDates(plot, keyDates, start, horizon);

        JFreeChart chart = new JFreeChart("Chance that the treaty is signed by each date: "
                + lines.size() + " scenarios compared", font(Font.BOLD, 16f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        chart.getTitle().setPaint(TEXT);
        chart.getTitle().setHorizontalAlignment(HorizontalAlignment.LEFT);
        chart.getTitle().setPadding(new RectangleInsets(6, 8, 2, 8));
        TextTitle subtitle = new TextTitle("Lines: P(signed by date); shaded: pointwise 95% Wilson intervals;"
                + " grey verticals: the key dates of comparison.csv", font(Font.PLAIN, 11f));
        subtitle.setPaint(MUTED);
        subtitle.setHorizontalAlignment(HorizontalAlignment.LEFT);
        subtitle.setPadding(new RectangleInsets(0, 8, 6, 8));
        chart.addSubtitle(0, subtitle);
        LegendTitle legend = chart.getLegend();
        legend.setItemFont(font(Font.PLAIN, 11f));
        legend.setItemPaint(TEXT);
        legend.setFrame(BlockBorder.NONE);
        legend.setPosition(RectangleEdge.BOTTOM);
        legend.setHorizontalAlignment(HorizontalAlignment.LEFT);
        legend.setItemLabelPadding(new RectangleInsets(2, 4, 2, 12));
        legend.setMargin(new RectangleInsets(2, 8, 2, 8));
        TextTitle footer = new TextTitle(footerText, font(Font.PLAIN, 9.5f));
        footer.setPaint(MUTED);
        footer.setPosition(RectangleEdge.BOTTOM);
        footer.setHorizontalAlignment(HorizontalAlignment.RIGHT);
        footer.setPadding(new RectangleInsets(6, 8, 4, 8));
        // Bottom titles are laid out from the edge inwards in list order: the footer below the legend.
        chart.addSubtitle(0, footer);
        return chart;
    }

    /** The footer: runs, seed, pairing, date made and program version. */
    static String footer(PairedComparison comparison) {
        Provenance p = comparison.scenarios().get(0).provenance();
        return footer(comparison.runs(), comparison.seed(), p.createdAt(), p.version());
    }

    private static String footer(long runs, long seed, Instant createdAt, String version) {
        return String.format(Locale.ROOT, "%,d runs per scenario · seed %d · common random numbers · made %s · treatysim %s",
                runs, seed, LocalDate.ofInstant(createdAt, ZoneOffset.UTC), version);
    }

    /** Writes the chart as a PNG of {@link #WIDTH}·{@link #SCALE} × {@link #HEIGHT}·{@link #SCALE} pixels at {@link #DPI} dpi. */
    public static void writePng(PairedComparison comparison, OutputStream out) throws IOException {
        out.write(ChartExport.png(chart(comparison), WIDTH, HEIGHT, SCALE, DPI));
        out.flush();
    }

    /** Writes the chart as a scalable SVG file of the same layout (text stays text). */
    public static void writeSvg(PairedComparison comparison, OutputStream out) throws IOException {
        JFreeChart chart = chart(comparison);
        out.write(ChartExport.svg(chart, WIDTH, HEIGHT, chart.getTitle().getText(), "comparison"));
        out.flush();
    }

    /** Writes the chart as a one-page vector PDF of {@link #WIDTH} × {@link #HEIGHT} points, fonts embedded. */
    public static void writePdf(PairedComparison comparison, OutputStream out) throws IOException {
        out.write(ChartExport.pdf(chart(comparison), WIDTH, HEIGHT));
        out.flush();
    }

    /**
     * Thin grey verticals at the key dates, labelled at the top: right of the line, or left of it
     * in the last fifth of the window; labels of dates less than 100 days apart are staggered.
     */
    private static void addKeyDates(XYPlot plot, List<LocalDate> keyDates, LocalDate start, LocalDate end) {
        LocalDate previous = null;
        int level = 0;
        double window = ChronoUnit.DAYS.between(start, end);
        for (LocalDate date : keyDates) {
            level = previous != null && ChronoUnit.DAYS.between(previous, date) < 100 ? (level + 1) % 2 : 0;
            boolean leftOfLine = ChronoUnit.DAYS.between(start, date) > 0.8 * window;
            ValueMarker marker = new ValueMarker(millis(date), KEY_DATE, stroke(0.8f, new float[] {3f, 3f}));
            marker.setLabel(date.format(MARKER_DATE));
            marker.setLabelFont(font(Font.PLAIN, 9f));
            marker.setLabelPaint(MUTED);
            marker.setLabelBackgroundColor(new Color(255, 255, 255, 200));
            marker.setLabelAnchor(leftOfLine ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
            marker.setLabelTextAnchor(leftOfLine ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            marker.setLabelOffset(new RectangleInsets(3 + 12 * level, 3, 0, 3));
            plot.addDomainMarker(marker, Layer.BACKGROUND);
            previous = date;
        }
    }

    private static Stroke stroke(float width, float[] dashes) {
        return dashes == null
                ? new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f, dashes, 0f);
    }

    private static Font font(int style, float size) {
        return new Font(FONT, style, 1).deriveFont(size);
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    /** The smallest of 0.05, 0.1, 0.2, 0.3, ... 1 at or above {@code value}. */
    static double niceUpper(double value) {
        if (value <= 0.05) return 0.05;
        if (value <= 0.1) return 0.1;
        return Math.min(1, Math.ceil(value * 10 - 1e-9) / 10);
    }

    private static double tickStep(double upper) {
        return upper <= 0.05 ? 0.01 : upper <= 0.1 ? 0.02 : upper <= 0.5 ? 0.05 : 0.1;
    }
}
