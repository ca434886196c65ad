package org.treatysim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.treatysim.report.chart.ChartFile;
import org.treatysim.report.chart.ChartFormat;
import org.treatysim.report.chart.Charts;
import org.treatysim.report.chart.NamedChart;

/**
 * The files of results folders: the names that several commands' folders share, and how a file is
 * written into a folder (text always as UTF-8). A command's own file names stay with the command.
 */
final class ResultsFiles {
    /** A results folder's summary, in JSON (run, update, backtest). */
    static final String SUMMARY_JSON = "summary.json";
    /** The subfolder of a results folder's charts (run, compare, sweep, update, backtest, calibrate). */
    static final String CHARTS = "charts";

    private ResultsFiles() {
    }

    /** What writes a text file's contents. */
    @FunctionalInterface
    interface Text {
        void writeTo(Writer out) throws IOException;
    }

    /** What writes a binary file's contents. */
    @FunctionalInterface
    interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    /** The text file {@code name} in {@code folder}, in UTF-8, with what {@code contents} writes. */
    static void writeText(Path folder, String name, Text contents) throws IOException {
        try (Writer out = Files.newBufferedWriter(folder.resolve(name), StandardCharsets.UTF_8)) {
            contents.writeTo(out);
        }
    }

    /** The file {@code name} in {@code folder}, with what {@code contents} writes. */
    static void writeBytes(Path folder, String name, Bytes contents) throws IOException {
        try (OutputStream out = Files.newOutputStream(folder.resolve(name))) {
            contents.writeTo(out);
        }
    }

    /**
     * Every chart, in each of {@code formats}, into {@value #CHARTS}/ in {@code folder} (which must
     * not exist yet).
     *
     * @throws InterruptedException when stopped between two charts (each takes a fraction of a
     *                              second, so a stopped job waits for one at most)
     */
    static void writeCharts(Path folder, List<NamedChart> charts, Set<ChartFormat> formats)
            throws IOException, InterruptedException {
        Path chartFolder = Files.createDirectory(folder.resolve(CHARTS));
        for (NamedChart chart : charts) {
            if (Thread.interrupted()) throw new InterruptedException("stopped while drawing the charts");
            for (ChartFile file : Charts.export(chart, formats)) {
                Files.write(chartFolder.resolve(file.fileName()), file.bytes());
            }
        }
    }
}
