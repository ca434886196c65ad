package org.treatysim.report.calibration;

import java.awt.Color;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.treatysim.report.chart.ChartStyle;
import org.treatysim.report.chart.NamedChart;
import org.treatysim.report.chart.ReportFonts;
import org.treatysim.stats.calibration.GridSearch;

/**
 * The charts of {@code treatysim calibrate}, in the look of every treatysim chart
 * ({@link ChartStyle}): per hyperparameter, {@code score-<name>} ({@link #chartName}): the mean log score over every
 * outcome of the corpus against the hyperparameter's value (a multiplier's on a logarithmic scale,
 * as its grid is spaced; its profile: at each value, the best
 * over the other hyperparameters' values), the uncalibrated model's score as a dotted line, and
 * the fitted value with its bootstrap interval shaded.
 */
public final class CalibrationCharts {
    private static final Color GREY = new Color(0x555555);
    private static final Color SHADE = new Color(0x56, 0xB4, 0xE9, 60);

    private CalibrationCharts() { }

    /** One chart per hyperparameter, in order. */
    public static List<NamedChart> build(CalibrationOutcome o) {
        List<NamedChart> charts = new ArrayList<>();
        for (int i = 0; i < o.hyperparameters().size(); i++) {
            charts.add(new NamedChart(chartName(o.hyperparameters().get(i).name()), profile(o, i)));
        }
        return List.copyOf(charts);
    }

    /** {@code score-} and the name in lower-case words joined by '-': mediatorLeverage gives score-mediator-leverage. */
    public static String chartName(String hyperparameter) {
        return "score-" + hyperparameter.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }

    static JFreeChart profile(CalibrationOutcome o, int index) {
        CalibrationOutcome.Hyper h = o.hyperparameters().get(index);
        GridSearch.Fitted f = o.fitted().get(index);
        double[] values = o.grid().stream().mapToDouble(k -> k.values()[index]).distinct().sorted().toArray();
        double[] profile = f.profile();
        XYSeries series = new XYSeries("Mean log score, best over the other hyperparameters", false, false);
        // A multiplier's grid is log-spaced: it is drawn at log2 of its values, so that each grid
        // value is equally far from the next and 0.5 and 2 equally far from 1, which changes nothing.
        DoubleUnaryOperator at = h.multiply() ? CalibrationCharts::log2 : v -> v;
        for (int i = 0; i < values.length; i++) series.add(at.applyAsDouble(values[i]), profile[i]);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, ChartStyle.BLUE);
        renderer.setSeriesStroke(0, ChartStyle.Dash.SOLID.stroke(2f));
        renderer.setLegendLine(ChartStyle.LEGEND_LINE);

        NumberAxis x = new NumberAxis(h.name() + " (" + h.describe() + (h.multiply() ? "; logarithmic scale)" : ")"));
        if (h.multiply()) {
            x.setTickUnit(new NumberTickUnit(1, new PowerOfTwo()));
            x.setRange(at.applyAsDouble(values[0]) - 0.3, at.applyAsDouble(values[values.length - 1]) + 0.3);
        } else {
            x.setAutoRangeIncludesZero(false);
        }
        NumberAxis y = new NumberAxis("Mean log score over the outcomes (nats; lower is better)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(new XYSeriesCollection(series), x, y, renderer);

        double uncalibrated = o.uncalibrated().pooled().get(0).logScore().value();
        plot.addRangeMarker(ChartStyle.labelledMarker(uncalibrated, GREY, ChartStyle.Dash.DOTTED.stroke(1.4f),
                String.format(Locale.ROOT, "uncalibrated model: %.3f", uncalibrated), RectangleAnchor.TOP_RIGHT,
                TextAnchor.BOTTOM_RIGHT));
        double low = Math.min(f.low(), f.value());
        double high = Math.max(f.high(), f.value());
        if (high > low) {
            IntervalMarker band = new IntervalMarker(at.applyAsDouble(low), at.applyAsDouble(high), SHADE);
            plot.addDomainMarker(band);
        }
        plot.addDomainMarker(ChartStyle.labelledMarker(at.applyAsDouble(f.value()), ChartStyle.VERMILLION,
                ChartStyle.Dash.DASHED.stroke(1.6f), String.format(Locale.ROOT, "fitted %s (95%%: %s to %s)",
                        CalibrationFiles.number(f.value()), CalibrationFiles.number(low), CalibrationFiles.number(high)),
                RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT));
        // Keep the uncalibrated line in view even when every candidate scores far from it.
        double lo = Math.min(uncalibrated, java.util.Arrays.stream(profile).min().orElse(uncalibrated));
        double hi = Math.max(uncalibrated, java.util.Arrays.stream(profile).max().orElse(uncalibrated));
        double pad = Math.max(0.01, (hi - lo) * 0.1);
        y.setRange(lo - pad, hi + pad);

        JFreeChart chart = new JFreeChart("Mean log score against " + h.name(), ReportFonts.bold(15f), plot, true);
        ChartStyle.apply(chart, String.format(Locale.ROOT, "%d cases, %d outcomes; shaded: the fitted value's 95%%"
                        + " interval over bootstrap resamples of the cases", o.inSample().cases().size(),
                o.inSample().outcomes()), String.format(Locale.ROOT, "treatysim %s, %d runs per case and candidate,"
                        + " %s", o.setup().version(), o.setup().runs(), o.setup().date()));
        return chart;
    }

    /** The label of a tick at log2 position t: the multiplier 2^t, e.g. "0.25", "1", "4". */
    private static final class PowerOfTwo extends NumberFormat {
        private final DecimalFormat plain = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));

        @Override
        public StringBuffer format(double position, StringBuffer to, FieldPosition field) {
            return plain.format(StrictMath.pow(2, position), to, field);
        }

        @Override
        public StringBuffer format(long position, StringBuffer to, FieldPosition field) {
            return format((double) position, to, field);
        }

        @Override
        public Number parse(String text, ParsePosition position) {
            Number multiplier = plain.parse(text, position);
            return multiplier == null ? null : log2(multiplier.doubleValue());
        }
    }

    private static double log2(double value) {
        return StrictMath.log(value) / StrictMath.log(2);
    }
}
