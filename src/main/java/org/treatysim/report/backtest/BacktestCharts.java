package org.treatysim.report.backtest;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.treatysim.model.spec.Milestone;
import org.treatysim.report.chart.ChartStyle;
import org.treatysim.report.chart.NamedChart;
import org.treatysim.report.chart.ReportFonts;
import org.treatysim.report.chart.ReportText;
import org.treatysim.stats.backtest.Backtest;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseForecast;
import org.treatysim.stats.backtest.DatedOutcome;
import org.treatysim.stats.backtest.ForecastCurve;
import org.treatysim.stats.scoring.ReliabilityBin;

/**
 * The charts of {@code treatysim backtest}, in the look of every treatysim chart
 * ({@link ChartStyle}: Okabe–Ito colours with dash patterns, DejaVu fonts), exported by the
 * caller through {@link org.treatysim.report.chart.Charts#export}:
 * <ol>
 *   <li>{@value #RELIABILITY}: the reliability diagram of treatysim's forecasts: per bin of
 *       forecast probability, the share of outcomes that happened with its Wilson 95% interval and
 *       the bin's count, against the diagonal of perfect reliability and the share of all outcomes
 *       that happened;</li>
 *   <li>{@code case-<id>} per case: P(event by date) over the case's window for each event of its
 *       outcomes, each outcome marked on its curve at its date, filled when it had happened by
 *       then and open when not yet.</li>
 * </ol>
 */
public final class BacktestCharts {
    /** The reliability diagram's name. */
    public static final String RELIABILITY = "reliability";
    /** Diameter of an outcome's marker, in points. */
    private static final double MARKER = 9;
    private static final Color GREY = new Color(0x555555);

    private BacktestCharts() { }

    /** The reliability diagram, then one chart per case in case order. */
    public static List<NamedChart> build(BacktestResult result, BacktestProvenance provenance) {
        List<NamedChart> charts = new ArrayList<>();
        charts.add(new NamedChart(RELIABILITY, reliability(result, provenance)));
        List<String> names = chartNames(result.cases().stream().map(CaseForecast::id).toList());
        for (int i = 0; i < result.cases().size(); i++) {
            charts.add(new NamedChart(names.get(i), caseCurves(result.cases().get(i), provenance)));
        }
        return List.copyOf(charts);
    }

    /**
     * Chart names for the cases, in order: {@code case-} and the id in lower case with every run of
     * other characters than letters and digits made one '-'; a name already taken gets -2, -3, ...
     */
    public static List<String> chartNames(List<String> caseIds) {
        Set<String> taken = new HashSet<>(Set.of(RELIABILITY));
        List<String> names = new ArrayList<>();
        for (String id : caseIds) {
            String slug = id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String name = slug.isEmpty() ? "case" : "case-" + slug;
            String unique = name;
            for (int n = 2; taken.contains(unique); n++) unique = name + "-" + n;
            taken.add(unique);
            names.add(unique);
        }
        return List.copyOf(names);
    }

    /** The reliability diagram of treatysim's forecasts over every outcome. */
    static JFreeChart reliability(BacktestResult result, BacktestProvenance provenance) {
        XYSeries diagonal = new XYSeries("Perfect reliability (observed = forecast)");
        diagonal.add(0, 0);
        diagonal.add(1, 1);
        XYSeriesCollection reference = new XYSeriesCollection(diagonal);

        YIntervalSeries bins = new YIntervalSeries("Share of the bin's outcomes that happened, 95% Wilson interval;"
                + " n = outcomes in the bin");
        for (ReliabilityBin b : result.reliability()) {
            bins.add(b.meanForecast(), b.observedFrequency(), b.observedLow(), b.observedHigh());
        }
        YIntervalSeriesCollection observed = new YIntervalSeriesCollection();
        observed.addSeries(bins);

        XYErrorRenderer points = new XYErrorRenderer();
        points.setDefaultLinesVisible(false);
        points.setDefaultShapesVisible(true);
        points.setDrawXError(false);
        points.setDrawYError(true);
        points.setErrorPaint(ChartStyle.BLUE);
        points.setErrorStroke(new BasicStroke(1.4f));
        points.setCapLength(6);
        points.setSeriesPaint(0, ChartStyle.BLUE);
        points.setSeriesShape(0, circle(MARKER));
        points.setLegendShape(0, circle(MARKER));

        XYLineAndShapeRenderer line = new XYLineAndShapeRenderer(true, false);
        line.setSeriesPaint(0, GREY);
        line.setSeriesStroke(0, ChartStyle.Dash.DASHED.stroke(1.2f));
        line.setLegendLine(ChartStyle.LEGEND_LINE);

        XYPlot plot = new XYPlot(observed, unitAxis("Forecast probability (mean of the bin's forecasts)"),
                unitAxis("Observed frequency"), points);
        plot.setDataset(1, reference);
        plot.setRenderer(1, line);
        plot.addRangeMarker(ChartStyle.labelledMarker(result.baseRate(), GREY, ChartStyle.Dash.DOTTED.stroke(1.2f),
                String.format(Locale.ROOT, "share of all outcomes that happened: %s",
                        ReportText.probability(result.baseRate())), RectangleAnchor.TOP_LEFT, TextAnchor.BOTTOM_LEFT));
        // Each bin's count beside its point, on the side away from the plot's right edge.
        for (int i = 0; i < result.reliability().size(); i++) {
            ReliabilityBin b = result.reliability().get(i);
            boolean right = b.meanForecast() < 0.85;
            XYTextAnnotation count = new XYTextAnnotation("n = " + b.count(),
                    b.meanForecast() + (right ? 0.015 : -0.015), b.observedFrequency());
            count.setFont(ReportFonts.plain(10f));
            count.setPaint(GREY);
            count.setBackgroundPaint(Color.WHITE);
            count.setTextAnchor(right ? TextAnchor.CENTER_LEFT : TextAnchor.CENTER_RIGHT);
            plot.addAnnotation(count);
        }

        JFreeChart chart = new JFreeChart("Reliability: how often the forecast outcomes happened",
                ReportFonts.bold(15f), plot, true);
        ChartStyle.apply(chart, String.format(Locale.ROOT, "treatysim's forecasts of %d outcomes in %d case%s,"
                        + " in %d equal-width bins of forecast probability", result.outcomes(), result.cases().size(),
                result.cases().size() == 1 ? "" : "s", Backtest.BINS), footer(provenance));
        return chart;
    }

    /** One case: P(event by date) for each event of its outcomes, with the outcomes marked. */
    static JFreeChart caseCurves(CaseForecast c, BacktestProvenance provenance) {
        XYSeriesCollection lines = new XYSeriesCollection();
        XYSeriesCollection marks = new XYSeriesCollection();
        List<List<Boolean>> happened = new ArrayList<>();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        lineRenderer.setDrawSeriesLineAsPath(true);
        lineRenderer.setLegendLine(ChartStyle.LEGEND_LINE);
        XYLineAndShapeRenderer markRenderer = new XYLineAndShapeRenderer(false, true) {
            private static final long serialVersionUID = 1L;

            @Override
            public boolean getItemShapeFilled(int series, int item) {
                return happened.get(series).get(item);
            }
        };
        markRenderer.setUseFillPaint(false);
        markRenderer.setDrawOutlines(true);
        markRenderer.setUseOutlinePaint(false);
        LegendItemCollection legend = new LegendItemCollection();
        for (int i = 0; i < c.curves().size(); i++) {
            ForecastCurve curve = c.curves().get(i);
            ChartStyle.LineStyle style = ChartStyle.line(i);
            // Readers see the milestone's words ("text agreed"), files keep its key ("textAgreed").
            String event = Milestone.byKey(curve.event()).map(Milestone::label).orElse(curve.event());
            XYSeries series = new XYSeries("P(" + event + " by date)", false, true);
            for (int d = 0; d < curve.dates().size(); d++) {
                series.add(ChartStyle.millis(curve.dates().get(d)), curve.probabilities().get(d).p());
            }
            lines.addSeries(series);
            lineRenderer.setSeriesPaint(i, style.colour());
            lineRenderer.setSeriesStroke(i, style.stroke(2f));
            legend.add(new LegendItem(series.getKey().toString(), null, null, null, false, ChartStyle.LEGEND_LINE,
                    false, style.colour(), false, style.colour(), style.stroke(2f), true, ChartStyle.LEGEND_LINE,
                    style.stroke(2f), style.colour()));

            // Each outcome of this event, on the curve at its date (its own forecast, read exactly).
            XYSeries outcomes = new XYSeries(curve.event() + " outcomes", false, true);
            List<Boolean> answers = new ArrayList<>();
            for (int k = 0; k < c.history().outcomes().size(); k++) {
                DatedOutcome o = c.history().outcomes().get(k);
                if (!o.event().equals(curve.event())) continue;
                outcomes.add(ChartStyle.millis(o.date()), c.forecasts().get(k).p());
                answers.add(o.happened());
            }
            marks.addSeries(outcomes);
            happened.add(answers);
            markRenderer.setSeriesPaint(i, style.colour());
            markRenderer.setSeriesShape(i, circle(MARKER));
            markRenderer.setSeriesStroke(i, new BasicStroke(1.6f));
            markRenderer.setSeriesOutlineStroke(i, new BasicStroke(1.6f));
        }
        legend.add(new LegendItem("outcome that had happened by its date", null, null, null, circle(MARKER),
                ChartStyle.BLACK));
        legend.add(new LegendItem("outcome not yet by its date", null, null, null, circle(MARKER),
                new BasicStroke(1.6f), ChartStyle.BLACK));

        LocalDate start = c.history().forecastDate();
        DateAxis time = ChartStyle.dateAxis(null, start, c.horizon());
        // A little room beyond the window, so that an outcome on its first or last day shows whole.
        long pad = (ChartStyle.millis(c.horizon()) - ChartStyle.millis(start)) / 80;
        time.setRange(new Date(ChartStyle.millis(start) - pad), new Date(ChartStyle.millis(c.horizon()) + pad));
        XYPlot plot = new XYPlot(marks, time,
                unitAxis("P(event by date), share of runs"), markRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Case " + c.id() + ": the forecast of " + ReportText.date(start)
                + " against what happened", ReportFonts.bold(15f), plot, true);
        ChartStyle.apply(chart, c.title(), ReportText.count(c.runs()) + " runs · scenario " + c.scenario() + " · seed "
                + c.seed() + " · " + footer(provenance));
        return chart;
    }

    private static String footer(BacktestProvenance p) {
        return "made " + ReportText.date(LocalDate.ofInstant(p.createdAt(), ZoneOffset.UTC)) + " · treatysim "
                + p.version();
    }

    /** An axis over [0, 1] with a little room beyond both ends, so that points at 0 and 1 show whole. */
    private static NumberAxis unitAxis(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setRange(-0.03, 1.03);
        axis.setTickUnit(ChartStyle.tickUnit(1));
        return axis;
    }

    private static Shape circle(double diameter) {
        return new Ellipse2D.Double(-diameter / 2, -diameter / 2, diameter, diameter);
    }
}
