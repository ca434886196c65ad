package org.treatysim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.LengthAdjustmentType;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.treatysim.stats.Marker;

/**
 * Labelled calendar markers on date charts: deadline windows and the referendum window as shaded
 * bands, dated events as dashed lines. Labels sit at the top of the plot, staggered into rows so
 * that markers a few weeks apart (COP29 and the US inauguration) do not print over each other,
 * and turned to the left of their line when they would run off the right edge.
 */
final class DateMarkers {
    /** Rows of labels before they start to share a row (and may overlap). */
    static final int MAX_ROWS = 5;

    /** Estimated left and right edges of the plot area on the logical canvas, for label layout. */
    static final double PLOT_LEFT = 72;
    static final double PLOT_RIGHT = ChartStyle.WIDTH - 24;

    private static final double GAP = 8;
    private static final Color DEADLINE_FILL = new Color(0x99, 0x99, 0x99, 70);
    private static final Color REFERENDUM_FILL = new Color(0x56, 0xB4, 0xE9, 45);
    private static final Color LABEL_BACKGROUND = new Color(255, 255, 255, 215);
    private static final FontRenderContext MEASURE = new FontRenderContext(null, true, true);

    /**
     * A marker with its label text and where that label goes.
     *
     * @param marker   the marker, clipped to the chart's dates
     * @param text     the label
     * @param row      label row, 0 = top
     * @param leftward true: the label ends at the marker instead of starting there
     */
    record Placed(Marker marker, String text, int row, boolean leftward) { }

    private DateMarkers() { }

    static Font labelFont() {
        return ReportFonts.plain(9.5f);
    }

    /** Height of one label row, in points. */
    static double rowHeight() {
        Font font = labelFont();
        return font.getLineMetrics("Ag", MEASURE).getHeight() + 3;
    }

    /** The label: "COP29, Baku (11–22 Nov 2024)", "New US administration (20 Jan 2025)". */
    static String text(Marker marker) {
        String when = marker.kind() == Marker.Kind.REFERENDUM
                ? (marker.end().isAfter(marker.date()) ? ReportText.dateRange(marker.date(), marker.end())
                        : "from " + ReportText.date(marker.date()))
                : ReportText.dateRange(marker.date(), marker.end());
        return marker.label() + " (" + when + ")";
    }

    /**
     * Places the labels of the markers that fall within [from, to], in date order: each label takes
     * the highest row where it does not touch the label before it.
     */
    static List<Placed> layout(List<Marker> markers, LocalDate from, LocalDate to) {
        Font font = labelFont();
        record Visible(Marker marker, String text) { }
        List<Visible> visible = new ArrayList<>();
        for (Marker m : markers) {
            if (m.date().isAfter(to) || m.end().isBefore(from)) continue;
            // A referendum marker with one date is its earliest day: the window runs to the chart's end.
            LocalDate last = m.kind() == Marker.Kind.REFERENDUM && !m.end().isAfter(m.date()) ? to : m.end();
            LocalDate start = m.date().isBefore(from) ? from : m.date();
            LocalDate end = last.isAfter(to) ? to : last;
            visible.add(new Visible(new Marker(start, end.isBefore(start) ? start : end, m.label(), m.kind()), text(m)));
        }
        visible.sort(Comparator.comparing(v -> v.marker().date()));
        double[] rowEnds = new double[MAX_ROWS];
        java.util.Arrays.fill(rowEnds, Double.NEGATIVE_INFINITY);
        List<Placed> placed = new ArrayList<>();
        double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
        for (Visible v : visible) {
            Marker m = v.marker();
            String text = v.text();
            double width = font.getStringBounds(text, MEASURE).getWidth() + 6;
            double x = PLOT_LEFT + (PLOT_RIGHT - PLOT_LEFT) * ChronoUnit.DAYS.between(from, m.date()) / span;
            boolean leftward = x + 4 + width > PLOT_RIGHT;
            double left = leftward ? x - 4 - width : x + 4;
            double right = leftward ? x - 4 : x + 4 + width;
            int row = -1;
            for (int r = 0; r < MAX_ROWS; r++) {
                if (rowEnds[r] + GAP <= left) {
                    row = r;
                    break;
                }
            }
            if (row < 0) {
                row = 0;
                for (int r = 1; r < MAX_ROWS; r++) if (rowEnds[r] < rowEnds[row]) row = r;
            }
            rowEnds[row] = Math.max(rowEnds[row], right);
            placed.add(new Placed(m, text, row, leftward));
        }
        return List.copyOf(placed);
    }

    /** Rows the labels use (0 when there are none). */
    static int rows(List<Placed> placed) {
        return placed.stream().mapToInt(p -> p.row() + 1).max().orElse(0);
    }

    /**
     * Space the labels need at the top of a plot of about {@code plotHeight} points, as a share of
     * that height.
     */
    static double headroom(List<Placed> placed, double plotHeight) {
        int rows = rows(placed);
        return rows == 0 ? 0.04 : Math.min(0.6, (rows * rowHeight() + 8) / plotHeight);
    }

    /** Adds the markers and their labels to a plot whose domain axis is a date axis. */
    static void addTo(XYPlot plot, List<Placed> placed, boolean withLabels) {
        Font font = labelFont();
        double rowHeight = rowHeight();
        for (Placed p : placed) {
            Marker m = p.marker();
            long start = ChartStyle.millis(m.date());
            boolean window = m.end().isAfter(m.date());
            if (window) {
                // A window covers its last day: the band ends at the next midnight.
                IntervalMarker band = new IntervalMarker(start, ChartStyle.millis(m.end().plusDays(1)));
                band.setPaint(m.kind() == Marker.Kind.REFERENDUM ? REFERENDUM_FILL : DEADLINE_FILL);
                band.setOutlinePaint(null);
                plot.addDomainMarker(band, Layer.BACKGROUND);
            }
            // Event lines, and every label, go in front of the data so they stay readable.
            ValueMarker line = new ValueMarker(start);
            line.setPaint(window ? new Color(0, 0, 0, 0) : ChartStyle.MUTED);
            line.setStroke(window ? new BasicStroke(0.1f)
                    : new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
            if (withLabels) {
                line.setLabel(p.text());
                line.setLabelFont(font);
                line.setLabelPaint(ChartStyle.TEXT);
                line.setLabelBackgroundColor(LABEL_BACKGROUND);
                line.setLabelOffsetType(LengthAdjustmentType.EXPAND);
                line.setLabelOffset(new RectangleInsets(4 + p.row() * rowHeight, 3, 0, 3));
                line.setLabelAnchor(p.leftward() ? RectangleAnchor.TOP_LEFT : RectangleAnchor.TOP_RIGHT);
                line.setLabelTextAnchor(p.leftward() ? TextAnchor.TOP_RIGHT : TextAnchor.TOP_LEFT);
            }
            plot.addDomainMarker(line, Layer.FOREGROUND);
        }
    }
}
