package org.treatysim.report.sweep;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.treatysim.report.chart.ReportFonts;
import org.treatysim.stats.sensitivity.Design;

/**
 * The scatter chart: the target at every design point against one parameter per panel, for every
 * parameter, the most influential first (three panels a row, so the chart grows with the number
 * of parameters), with the mean of the target over bins of the parameter as a line and the PRIM
 * threshold as a dashed line. A flat cloud means the parameter hardly matters; a slope or a step
 * shows how it moves the target.
 *
 * <p>For a Sobol design only the A and B points are shown: the other points repeat their values
 * factor by factor and would stack the plot.
 */
public final class ScatterChart {
    /** Bins of the trend line; a parameter with at most this many distinct values gets one per value. */
    static final int BINS = 12;

    private static final int COLUMNS = 3;
    private static final int PANEL_WIDTH = 400;
    private static final int PANEL_HEIGHT = 300;
    private static final int HEADER = 80;
    private static final Color POINTS = new Color(0x2b, 0x6c, 0xb0, 90);
    private static final Color TREND = new Color(0xd9, 0x5f, 0x02);
    private static final Font TITLE = ReportFonts.bold(18f);
    private static final Font TEXT = ReportFonts.plain(13f);
    private static final Font SMALL = ReportFonts.plain(11f);

    private ScatterChart() { }

    /**
     * The chart.
     *
     * @param design     the design points
     * @param targets    the target at every point, in design order
     * @param ranking    parameters from the most to the least influential; empty for the design's order
     * @param threshold  PRIM's threshold, drawn as a dashed line
     * @param targetText the target in words, e.g. {@code P(signed by 2026-12-31)}
     */
    public static SweepChart of(Design design, double[] targets, List<String> ranking, double threshold,
                                String targetText) {
        return of(design, targets, ranking, threshold, targetText, java.util.function.UnaryOperator.identity());
    }

    /** The same chart with each parameter's panel titled by {@code label} of its path (a readable label). */
    public static SweepChart of(Design design, double[] targets, List<String> ranking, double threshold,
                                String targetText, java.util.function.UnaryOperator<String> label) {
        if (targets.length != design.size()) {
            throw new IllegalArgumentException(targets.length + " targets for " + design.size() + " points");
        }
        List<String> order = ranking.isEmpty() ? design.factors() : ranking;
        List<String> shown = order;
        int[] rows = shownRows(design);
        List<JFreeChart> panels = new ArrayList<>();
        for (String parameter : shown) {
            int column = design.factors().indexOf(parameter);
            if (column < 0) {
                throw new IllegalArgumentException(parameter + " is not a factor of the design");
            }
            double[] x = new double[rows.length];
            double[] y = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                x[i] = design.value(rows[i], column);
                y[i] = targets[rows[i]];
            }
            panels.add(panel(label.apply(parameter), x, y, threshold));
        }
        String which = order.size() == 1 ? "the parameter" : ranking.isEmpty() ? "each of the " + order.size()
                + " parameters" : "each of the " + order.size() + " parameters, the most influential first";
        String title = targetText + " at each design point, against " + which;
        String legend = String.format(Locale.ROOT, "%,d", rows.length) + " design points (dots), the mean over bins of the parameter (line), the threshold "
                + SweepText.number(threshold) + " (dashed)" + (design.method() == Design.Method.SALTELLI
                ? "; Sobol design: A and B points only" : "");
        int columns = Math.min(COLUMNS, panels.size());
        int panelRows = (panels.size() + columns - 1) / columns;
        return new SweepChart(new Grid(title, legend, panels, columns), columns * PANEL_WIDTH,
                HEADER + panelRows * PANEL_HEIGHT, title, "scatter");
    }

    /** The rows drawn: all, or the A and B rows of a Saltelli design. */
    private static int[] shownRows(Design design) {
        if (design.method() != Design.Method.SALTELLI) {
            return IntStream.range(0, design.size()).toArray();
        }
        int[] rows = new int[2 * design.baseSamples()];
        for (int j = 0; j < design.baseSamples(); j++) {
            rows[2 * j] = design.rowOfA(j);
            rows[2 * j + 1] = design.rowOfB(j);
        }
        return rows;
    }

    private static JFreeChart panel(String parameter, double[] x, double[] y, double threshold) {
        XYSeries dots = new XYSeries("design points", false, true);
        for (int i = 0; i < x.length; i++) {
            dots.add(x[i], y[i]);
        }
        XYSeries line = new XYSeries("binned mean", false, true);
        double[][] trend = trend(x, y);
        for (int b = 0; b < trend[0].length; b++) {
            line.add(trend[0][b], trend[1][b]);
        }
        NumberAxis across = new NumberAxis(parameter);
        across.setAutoRangeIncludesZero(false);
        across.setLabelFont(SMALL);
        across.setTickLabelFont(SMALL);
        NumberAxis up = new NumberAxis("target");
        up.setRange(-0.03, 1.03);
        up.setLabelFont(SMALL);
        up.setTickLabelFont(SMALL);

        XYLineAndShapeRenderer pointRenderer = new XYLineAndShapeRenderer(false, true);
        pointRenderer.setSeriesShape(0, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        pointRenderer.setSeriesPaint(0, POINTS);
        // A filled dot needs no outline of the same colour: without it the SVG holds one path a dot, not two.
        pointRenderer.setDrawOutlines(false);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setSeriesPaint(0, TREND);
        lineRenderer.setSeriesStroke(0, new BasicStroke(2.5f));

        XYPlot plot = new XYPlot(new XYSeriesCollection(dots), across, up, pointRenderer);
        plot.setDataset(1, new XYSeriesCollection(line));
        plot.setRenderer(1, lineRenderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(0xe0, 0xe0, 0xe0));
        plot.setRangeGridlinePaint(new Color(0xe0, 0xe0, 0xe0));
        plot.setOutlinePaint(Color.GRAY);
        plot.addRangeMarker(new ValueMarker(threshold, Color.GRAY, new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f)));
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setPadding(new RectangleInsets(6, 6, 6, 10));
        return chart;
    }

    /**
     * The mean target over bins of the parameter: one bin per distinct value when there are at
     * most {@link #BINS}, otherwise {@link #BINS} bins of (nearly) equal counts in x order.
     *
     * @return {x means, y means}, in increasing x
     */
    static double[][] trend(double[] x, double[] y) {
        Integer[] order = IntStream.range(0, x.length).boxed().sorted(Comparator.comparingDouble(i -> x[i]))
                .toArray(Integer[]::new);
        long distinct = Arrays.stream(x).distinct().count();
        List<double[]> bins = new ArrayList<>();
        if (distinct <= BINS) {
            int start = 0;
            while (start < order.length) {
                int end = start;
                while (end < order.length && x[order[end]] == x[order[start]]) end++;
                bins.add(mean(order, start, end, x, y));
                start = end;
            }
        } else {
            for (int b = 0; b < BINS; b++) {
                int start = (int) ((long) b * order.length / BINS);
                int end = (int) ((long) (b + 1) * order.length / BINS);
                if (end > start) bins.add(mean(order, start, end, x, y));
            }
        }
        double[][] trend = new double[2][bins.size()];
        for (int b = 0; b < bins.size(); b++) {
            trend[0][b] = bins.get(b)[0];
            trend[1][b] = bins.get(b)[1];
        }
        return trend;
    }

    private static double[] mean(Integer[] order, int start, int end, double[] x, double[] y) {
        double sx = 0;
        double sy = 0;
        for (int i = start; i < end; i++) {
            sx += x[order[i]];
            sy += y[order[i]];
        }
        return new double[] {sx / (end - start), sy / (end - start)};
    }

    private static void centred(Graphics2D g2, String text, Font font, Rectangle2D area, double baseline) {
        g2.setFont(font);
        double width = g2.getFontMetrics().getStringBounds(text, g2).getWidth();
        g2.drawString(text, (float) (area.getX() + (area.getWidth() - width) / 2), (float) (area.getY() + baseline));
    }

    /** Panels in a grid under a title and a line of legend. */
    private record Grid(String title, String legend, List<JFreeChart> panels, int columns) implements Drawable {
        @Override
        public void draw(Graphics2D g2, Rectangle2D area) {
            g2.setPaint(Color.WHITE);
            g2.fill(area);
            g2.setPaint(Color.BLACK);
            centred(g2, title, TITLE, area, 32);
            g2.setPaint(Color.DARK_GRAY);
            centred(g2, legend, TEXT, area, 60);
            int rows = (panels.size() + columns - 1) / columns;
            double width = area.getWidth() / columns;
            double height = (area.getHeight() - HEADER) / rows;
            for (int i = 0; i < panels.size(); i++) {
                double left = area.getX() + (i % columns) * width;
                double top = area.getY() + HEADER + (i / columns) * height;
                panels.get(i).draw(g2, new Rectangle2D.Double(left, top, width, height));
            }
        }
    }
}
