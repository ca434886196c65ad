package org.treatysim.report.chart;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.treatysim.stats.ForecastSummary;

/**
 * The charts of a forecast, by name, and their files. The command line writes each
 * {@link ChartFile} as {@code charts/<fileName>}; the brief draws the same charts inline.
 *
 * <ol>
 *   <li>{@value #SIGNED_BY_DATE}: P(signed by date) with its pointwise and simultaneous 95% bands,
 *       P(text agreed) and P(initialed), deadline windows, events and the referendum window;</li>
 *   <li>{@value #STATE_SHARES}: shares of runs in each state over time, stacked;</li>
 *   <li>{@value #SIGNING_DATES}: histogram of signature dates;</li>
 *   <li>{@value #AGREED_TERMS}: the agreed value of each issue, as box plots;</li>
 *   <li>{@value #CONCESSIONS}: how far each party moved from its ideal.</li>
 * </ol>
 */
public final class Charts {
    /** Chart 1's name. */
    public static final String SIGNED_BY_DATE = "signed-by-date";
    /** Chart 2's name. */
    public static final String STATE_SHARES = "state-shares";
    /** Chart 3's name. */
    public static final String SIGNING_DATES = "signing-dates";
    /** Chart 4's name. */
    public static final String AGREED_TERMS = "agreed-terms";
    /** Chart 5's name. */
    public static final String CONCESSIONS = "concessions";

    private Charts() { }

    /** Charts 1–5 of one forecast, in that order, issues and parties named by their ids. */
    public static List<NamedChart> build(ForecastSummary summary, ForecastWindow window) {
        return build(summary, window, ScenarioNames.NONE);
    }

    /** Charts 1–5 of one forecast, in that order, issues and parties named as the scenario names them. */
    public static List<NamedChart> build(ForecastSummary summary, ForecastWindow window, ScenarioNames names) {
        return List.of(
                new NamedChart(SIGNED_BY_DATE, ForecastCharts.signedByDate(summary, window)),
                new NamedChart(STATE_SHARES, ForecastCharts.stateShares(summary, window)),
                new NamedChart(SIGNING_DATES, ForecastCharts.signingDates(summary, window)),
                new NamedChart(AGREED_TERMS, ForecastCharts.agreedTerms(summary, names)),
                new NamedChart(CONCESSIONS, ForecastCharts.concessions(summary, names)));
    }

    /**
     * Charts 1–5 in every format: fifteen files.
     *
     * @throws InterruptedException when the calling thread is interrupted while the charts are drawn
     */
    public static List<ChartFile> render(ForecastSummary summary, ForecastWindow window) throws InterruptedException {
        return render(summary, window, ScenarioNames.NONE);
    }

    /** Charts 1–5 in every format, issues and parties named as the scenario names them. */
    public static List<ChartFile> render(ForecastSummary summary, ForecastWindow window, ScenarioNames names)
            throws InterruptedException {
        return render(summary, window, EnumSet.allOf(ChartFormat.class), names);
    }

    /**
     * Charts 1–5 in the given formats, chart by chart, formats in {@link ChartFormat} order. The
     * formats are drawn in parallel, one thread each up to the number of processors, each from its
     * own chart objects (JFreeChart charts must not be drawn from two threads at once); the result
     * does not depend on the number of threads.
     *
     * @throws InterruptedException when the calling thread is interrupted while the charts are drawn
     *                              (Ctrl-C): the drawing threads are stopped and nothing is returned
     */
    public static List<ChartFile> render(ForecastSummary summary, ForecastWindow window, Set<ChartFormat> formats,
                                         ScenarioNames names) throws InterruptedException {
        List<ChartFormat> ordered = List.copyOf(ordered(formats));
        int threads = Math.min(ordered.size(), Runtime.getRuntime().availableProcessors());
        List<List<ChartFile>> byFormat = new ArrayList<>();
        if (threads <= 1) {
            for (ChartFormat format : ordered) byFormat.add(exportAll(summary, window, format, names));
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "treatysim-charts");
                thread.setDaemon(true);
                return thread;
            });
            try {
                List<Future<List<ChartFile>>> futures = new ArrayList<>();
                for (ChartFormat format : ordered) futures.add(pool.submit(() -> exportAll(summary, window, format, names)));
                for (Future<List<ChartFile>> future : futures) byFormat.add(future.get());
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) throw runtime;
                if (e.getCause() instanceof Error error) throw error;
                throw new IllegalStateException("chart rendering failed", e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        List<ChartFile> files = new ArrayList<>();
        int charts = byFormat.isEmpty() ? 0 : byFormat.get(0).size();
        for (int chart = 0; chart < charts; chart++) {
            for (List<ChartFile> format : byFormat) files.add(format.get(chart));
        }
        return List.copyOf(files);
    }

    private static List<ChartFile> exportAll(ForecastSummary summary, ForecastWindow window, ChartFormat format,
                                             ScenarioNames names) throws InterruptedException {
        List<ChartFile> files = new ArrayList<>();
        for (NamedChart chart : build(summary, window, names)) {
            // A chart takes a fraction of a second: a stopped job waits for one at most.
            if (Thread.interrupted()) throw new InterruptedException("stopped while drawing the charts");
            files.addAll(export(chart, Set.of(format)));
        }
        return files;
    }

    private static Set<ChartFormat> ordered(Set<ChartFormat> formats) {
        Set<ChartFormat> ordered = EnumSet.noneOf(ChartFormat.class);
        ordered.addAll(formats);
        return ordered;
    }

    /** Any named chart (e.g. a sweep's tornado chart styled with {@link ChartStyle}) in the given formats. */
    public static List<ChartFile> export(NamedChart chart, Set<ChartFormat> formats) {
        List<ChartFile> files = new ArrayList<>();
        for (ChartFormat format : ordered(formats)) {
            byte[] bytes = switch (format) {
                case PNG -> ChartExport.png(chart.chart());
                case SVG -> ChartExport.svg(chart.chart(), chart.name());
                case PDF -> ChartExport.pdf(chart.chart());
            };
            files.add(new ChartFile(chart.name(), format, bytes));
        }
        return List.copyOf(files);
    }
}
