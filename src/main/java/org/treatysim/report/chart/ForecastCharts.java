package org.treatysim.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SeriesRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BoxAndWhiskerRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYAreaRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.Layer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.statistics.BoxAndWhiskerItem;
import org.jfree.data.statistics.DefaultBoxAndWhiskerCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Histogram;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.StateShares;

/** Builds the charts of one forecast from its summary. */
final class ForecastCharts {
    /** Rough height of the plot area on the logical canvas, to size the room for marker labels. */
    private static final double PLOT_HEIGHT = 300;
    private static final double DAY_MILLIS = 86_400_000d;
    /** The "still negotiating" area: nearly white, so the four other states stand out in greyscale. */
    private static final Color NEGOTIATING = new Color(0xF7F7F7);

    private ForecastCharts() { }

    static String footer(Provenance p) {
        return ReportText.count(p.runs()) + " runs · scenario " + p.scenario() + " · seed " + p.seed() + " · made "
                + ReportText.date(LocalDate.ofInstant(p.createdAt(), ZoneOffset.UTC)) + " · treatysim " + p.version();
    }

    /** Chart 1: P(signed by date) with its bands, beside P(text agreed) and P(initialed), with markers. */
    static JFreeChart signedByDate(ForecastSummary s, ForecastWindow w) {
        double half = s.bandHalfWidth();
        boolean band = Double.isFinite(half) && half > 0;
        YIntervalSeries signed = new YIntervalSeries("P(signed by date); shaded: pointwise 95% interval");
        XYSeries text = new XYSeries("P(text agreed by date)", false, true);
        XYSeries initialed = new XYSeries("P(initialed by date)", false, true);
        XYSeries bandLow = new XYSeries("Simultaneous 95% band for P(signed), ±"
                + String.format(java.util.Locale.ENGLISH, "%.3f", half), false, true);
        XYSeries bandHigh = new XYSeries("upper edge of the simultaneous band", false, true);
        double max = 0;
        for (CurvePoint p : s.curve()) {
            long x = ChartStyle.millis(p.date());
            signed.add(x, p.signed().p(), p.signed().lo(), p.signed().hi());
            text.add(x, p.textAgreed().p());
            initialed.add(x, p.initialed().p());
            if (band) {
                bandLow.add(x, Math.max(0, p.signed().p() - half));
                bandHigh.add(x, Math.min(1, p.signed().p() + half));
            }
            if (!p.date().isAfter(w.horizon())) {
                max = Math.max(max, Math.max(p.signed().hi(), Math.max(p.textAgreed().p(), p.initialed().p())));
                if (band) max = Math.max(max, Math.min(1, p.signed().p() + half));
            }
        }
        YIntervalSeriesCollection bandData = new YIntervalSeriesCollection();
        bandData.addSeries(signed);
        XYSeriesCollection lines = new XYSeriesCollection();
        lines.addSeries(text);
        lines.addSeries(initialed);
        if (band) {
            lines.addSeries(bandLow);
            lines.addSeries(bandHigh);
        }
        List<DateMarkers.Placed> markers = DateMarkers.layout(s.markers(), w.start(), w.horizon());
        double upper = niceUpper(max / (1 - DateMarkers.headroom(markers, PLOT_HEIGHT)));

        DeviationRenderer signedRenderer = new DeviationRenderer(true, false);
        signedRenderer.setSeriesPaint(0, ChartStyle.BLUE);
        signedRenderer.setSeriesFillPaint(0, ChartStyle.BLUE);
        signedRenderer.setSeriesStroke(0, ChartStyle.Dash.SOLID.stroke(2.6f));
        signedRenderer.setAlpha(0.22f);
        signedRenderer.setDrawSeriesLineAsPath(true);
        signedRenderer.setLegendLine(ChartStyle.LEGEND_LINE);
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        // One path per series, so that dash patterns run on instead of restarting every week.
        lineRenderer.setDrawSeriesLineAsPath(true);
        lineRenderer.setLegendLine(ChartStyle.LEGEND_LINE);
        lineRenderer.setSeriesPaint(0, ChartStyle.ORANGE);
        lineRenderer.setSeriesStroke(0, ChartStyle.Dash.DASHED.stroke(2f));
        lineRenderer.setSeriesPaint(1, ChartStyle.BLUISH_GREEN);
        lineRenderer.setSeriesStroke(1, ChartStyle.Dash.DASH_DOT.stroke(2f));
        for (int i = 2; i <= 3; i++) {
            lineRenderer.setSeriesPaint(i, ChartStyle.BLUE);
            lineRenderer.setSeriesStroke(i, ChartStyle.Dash.DOTTED.stroke(1.3f));
        }
        lineRenderer.setSeriesVisibleInLegend(3, false);

        XYPlot plot = new XYPlot(bandData, ChartStyle.dateAxis(null, w.start(), w.horizon()),
                ChartStyle.probabilityAxis("Probability (share of runs)", upper), signedRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        JFreeChart chart = new JFreeChart("Chance that the treaty is signed by each date", ReportFonts.bold(15f), plot, true);
        ChartStyle.apply(chart, s.provenance().title(), footer(s.provenance()));
        DateMarkers.addTo(plot, markers, true);
        return chart;
    }

    /** Chart 2: shares of runs in each state, week by week, stacked. */
    static JFreeChart stateShares(ForecastSummary s, ForecastWindow w) {
        String[] names = {"Signed", "Initialed, awaiting the referendum", "Text agreed or initialed", "Negotiating",
                "Collapsed"};
        Color[] fills = {ChartStyle.BLUE, ChartStyle.SKY_BLUE, ChartStyle.YELLOW, NEGOTIATING, ChartStyle.VERMILLION};
        // Each series is the running total up to its state, drawn as one area from zero, largest
        // first: one polygon per state, so no seams appear between weeks when antialiased.
        XYSeries[] cumulative = new XYSeries[names.length];
        for (int i = 0; i < names.length; i++) cumulative[i] = new XYSeries(names[i], false, true);
        List<StateShares> rows = new ArrayList<>(s.states());
        if (!rows.isEmpty() && rows.get(0).date().isAfter(w.start())) {
            // Every run starts out negotiating: draw the areas from the forecast date itself.
            rows.add(0, new StateShares(w.start(), 1, 0, 0, 0, 0));
        }
        for (StateShares row : rows) {
            long x = ChartStyle.millis(row.date());
            double[] shares = {row.signed(), row.awaitingReferendum(), row.textAgreed(), row.negotiating(), row.collapsed()};
            double total = 0;
            for (int i = 0; i < shares.length; i++) {
                total += shares[i];
                cumulative[i].add(x, Math.min(1, total));
            }
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYAreaRenderer renderer = new XYAreaRenderer(XYAreaRenderer.AREA);
        renderer.setOutline(false);
        LegendItemCollection legend = new LegendItemCollection();
        Rectangle2D swatch = new Rectangle2D.Double(-5, -5, 10, 10);
        for (int i = 0; i < names.length; i++) {
            data.addSeries(cumulative[i]);
            renderer.setSeriesPaint(i, fills[i]);
            legend.add(new LegendItem(names[i], null, null, null, swatch, fills[i], new BasicStroke(0.6f), ChartStyle.MUTED));
        }
        XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(null, w.start(), w.horizon()),
                ChartStyle.probabilityAxis("Share of runs", 1), renderer);
        plot.setSeriesRenderingOrder(SeriesRenderingOrder.REVERSE);
        plot.setFixedLegendItems(legend);
        JFreeChart chart = new JFreeChart("Where the runs stand: share of runs in each state, week by week",
                ReportFonts.bold(15f), plot, true);
        ChartStyle.apply(chart, s.provenance().title(), footer(s.provenance()));
        DateMarkers.addTo(plot, DateMarkers.layout(s.markers(), w.start(), w.horizon()), true);
        return chart;
    }

    /** Chart 3: histogram of signature dates, as shares of all runs. */
    static JFreeChart signingDates(ForecastSummary s, ForecastWindow w) {
        Histogram h = s.signingDates();
        long runs = Math.max(1, s.provenance().runs());
        long[] counts = h.counts();
        double width = HistogramStats.binWidth(h);
        double start = ChartStyle.millis(w.start());
        XYIntervalSeries bars = new XYIntervalSeries("Share of all runs signing in the period");
        double max = 0;
        for (int i = 0; i < counts.length; i++) {
            double lo = start + (h.min() + i * width) * DAY_MILLIS;
            double hi = lo + width * DAY_MILLIS;
            double share = counts[i] / (double) runs;
            bars.add((lo + hi) / 2, lo, hi, share, share, share);
            max = Math.max(max, share);
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        if (h.total() > 0) data.addSeries(bars);
        List<DateMarkers.Placed> markers = DateMarkers.layout(s.markers(), w.start(), w.horizon());
        double upper = niceUpper(max / (1 - DateMarkers.headroom(markers, PLOT_HEIGHT)));
        XYBarRenderer renderer = new XYBarRenderer();
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, ChartStyle.BLUISH_GREEN);
        renderer.setDrawBarOutline(true);
        renderer.setSeriesOutlinePaint(0, Color.WHITE);
        renderer.setSeriesOutlineStroke(0, new BasicStroke(0.6f));
        NumberAxis y = ChartStyle.probabilityAxis("Share of all " + ReportText.count(s.provenance().runs()) + " runs", upper);
        XYPlot plot = new XYPlot(data, ChartStyle.dateAxis(null, w.start(), w.horizon()), y, renderer);
        plot.setNoDataMessage("No run signed the treaty by the horizon");
        JFreeChart chart = new JFreeChart("When the treaty is signed: share of runs signing in each " + period(width),
                ReportFonts.bold(15f), plot, false);
        ChartStyle.apply(chart, s.provenance().title(), footer(s.provenance()));
        DateMarkers.addTo(plot, markers, true);
        return chart;
    }

    /** Chart 4: distribution of the agreed value of each issue, as horizontal box plots. */
    static JFreeChart agreedTerms(ForecastSummary s, ScenarioNames names) {
        List<String> parties = List.copyOf(s.concessions().keySet());
        String first = parties.isEmpty() ? "the first party" : names.party(parties.get(0));
        String second = parties.size() < 2 ? "the second party" : names.party(parties.get(1));
        DefaultBoxAndWhiskerCategoryDataset data = new DefaultBoxAndWhiskerCategoryDataset();
        List<String> neverAgreed = new ArrayList<>();
        // Under a package deal every issue is agreed in the same runs: then say n once, in the note.
        long[] agreedCounts = s.agreedValues().values().stream().mapToLong(Histogram::total).filter(n -> n > 0)
                .distinct().toArray();
        boolean sameRuns = agreedCounts.length == 1;
        for (Map.Entry<String, Histogram> issue : s.agreedValues().entrySet()) {
            Histogram h = issue.getValue();
            String name = names.issues().containsKey(issue.getKey()) ? names.issue(issue.getKey())
                    : h.label() == null || h.label().isBlank() ? issue.getKey() : h.label();
            if (h.total() == 0) {
                neverAgreed.add(name);
                continue;
            }
            double p05 = HistogramStats.quantile(h, 0.05);
            double p95 = HistogramStats.quantile(h, 0.95);
            BoxAndWhiskerItem item = new BoxAndWhiskerItem(HistogramStats.mean(h), HistogramStats.quantile(h, 0.5),
                    HistogramStats.quantile(h, 0.25), HistogramStats.quantile(h, 0.75), p05, p95, p05, p95, List.of());
            data.add(item, "Agreed value", sameRuns ? name : name + " (n = " + ReportText.count(h.total()) + ")");
        }
        CategoryAxis issues = new CategoryAxis(null);
        issues.setMaximumCategoryLabelWidthRatio(0.3f);
        issues.setMaximumCategoryLabelLines(3);
        issues.setCategoryMargin(0.3);
        NumberAxis values = new NumberAxis("Agreed value: 0 = " + first + "'s ideal, 1 = " + second + "'s ideal");
        values.setRange(0, 1);
        values.setTickUnit(ChartStyle.tickUnit(1));
        BoxAndWhiskerRenderer renderer = new BoxAndWhiskerRenderer();
        renderer.setFillBox(true);
        renderer.setSeriesPaint(0, ChartStyle.SKY_BLUE);
        renderer.setSeriesOutlinePaint(0, ChartStyle.TEXT);
        renderer.setUseOutlinePaintForWhiskers(true);
        renderer.setDefaultOutlinePaint(ChartStyle.TEXT);
        renderer.setArtifactPaint(ChartStyle.BLACK);
        // The mean's disc would hide the median line; the box plot shows the median only.
        renderer.setMeanVisible(false);
        renderer.setMedianVisible(true);
        renderer.setMaximumBarWidth(0.09);
        renderer.setWhiskerWidth(0.6);
        CategoryPlot plot = new CategoryPlot(data, issues, values, renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_LEFT);
        plot.setNoDataMessage("No issue was agreed in any run");
        JFreeChart chart = new JFreeChart("Agreed terms: where each issue settled, in the runs that agreed it",
                ReportFonts.bold(15f), plot, false);
        ChartStyle.apply(chart, s.provenance().title(), footer(s.provenance()));
        double bin = s.agreedValues().values().stream().mapToDouble(HistogramStats::binWidth).max().orElse(0);
        String key = "Box: middle half of runs; whiskers: 5th to 95th percentile; line: median; read from bins "
                + ReportText.probability(bin) + " wide."
                + (sameRuns ? " Each issue was agreed in the same " + ReportText.count(agreedCounts[0]) + " runs." : "");
        note(chart, neverAgreed.isEmpty() ? key : key + " Never agreed: " + String.join(", ", neverAgreed) + ".");
        return chart;
    }

    /** Chart 5: how far each party moved from its ideal, as step histograms with the mean marked. */
    static JFreeChart concessions(ForecastSummary s, ScenarioNames names) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYStepRenderer renderer = new XYStepRenderer();
        renderer.setLegendLine(ChartStyle.LEGEND_LINE);
        List<ValueMarker> means = new ArrayList<>();
        double max = 0;
        int index = 0;
        for (Map.Entry<String, Histogram> party : s.concessions().entrySet()) {
            Histogram h = party.getValue();
            long n = h.total();
            if (n == 0) continue;
            double mean = HistogramStats.mean(h);
            String name = names.parties().containsKey(party.getKey()) ? names.party(party.getKey())
                    : displayName(party.getKey(), h);
            XYSeries series = new XYSeries(name + ": mean " + ReportText.probability(mean) + ", n = " + ReportText.count(n),
                    false, true);
            long[] counts = h.counts();
            double width = HistogramStats.binWidth(h);
            for (int k = 0; k < counts.length; k++) {
                double share = counts[k] / (double) n;
                series.add(h.min() + k * width, share);
                max = Math.max(max, share);
            }
            // The step renderer draws each value up to the next x: close the last bin at its right edge.
            series.add(h.max(), counts[counts.length - 1] / (double) n);
            data.addSeries(series);
            ChartStyle.LineStyle style = ChartStyle.line(index);
            renderer.setSeriesPaint(index, style.colour());
            renderer.setSeriesStroke(index, style.stroke(2.2f));
            ValueMarker marker = new ValueMarker(mean, style.colour(), style.stroke(1.2f));
            means.add(marker);
            index++;
        }
        NumberAxis x = new NumberAxis("Concession: share of the way from its own ideal to the other side's (0 = none)");
        x.setRange(0, 1);
        x.setTickUnit(ChartStyle.tickUnit(1));
        NumberAxis y = ChartStyle.probabilityAxis("Share of the party's runs", niceUpper(max * 1.08));
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setNoDataMessage("No concessions were recorded");
        for (ValueMarker marker : means) plot.addDomainMarker(marker, Layer.FOREGROUND);
        JFreeChart chart = new JFreeChart("Concessions: how far each party moved from its ideal",
                ReportFonts.bold(15f), plot, true);
        ChartStyle.apply(chart, s.provenance().title(), footer(s.provenance()));
        note(chart, "Salience-weighted distance of the agreed package (or, without agreement, of the last offer) "
                + "from the party's ideal; thin vertical lines mark the means.");
        return chart;
    }

    /** A small explanatory line above the legend and footer. */
    static void note(JFreeChart chart, String text) {
        TextTitle note = new TextTitle(text, ReportFonts.plain(9.5f));
        note.setPaint(ChartStyle.MUTED);
        note.setPosition(RectangleEdge.BOTTOM);
        note.setHorizontalAlignment(HorizontalAlignment.LEFT);
        note.setPadding(new RectangleInsets(4, 4, 0, 4));
        chart.addSubtitle(note);
    }

    /** The histogram's label when it names the thing (an issue title, a party name), with the id. */
    private static String displayName(String id, Histogram h) {
        String label = h.label();
        return label == null || label.isBlank() || label.equals(id) ? id : label + " (" + id + ")";
    }

    /** "4-week period", "30-day period". */
    private static String period(double days) {
        long whole = Math.round(days);
        if (whole > 0 && Math.abs(days - whole) < 1e-9 && whole % 7 == 0) {
            return whole == 7 ? "week" : (whole / 7) + "-week period";
        }
        return whole <= 1 ? "day" : whole + "-day period";
    }

    /** An axis maximum a little above {@code value}, on a round step; at least 0.02, at most 1. */
    static double niceUpper(double value) {
        if (!(value > 0)) return 0.05;
        if (value >= 0.95) return 1;
        double step = value <= 0.1 ? 0.01 : value <= 0.3 ? 0.05 : 0.1;
        return Math.min(1, Math.max(0.02, Math.ceil(value / step - 1e-9) * step));
    }
}
