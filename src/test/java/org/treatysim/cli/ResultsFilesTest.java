package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.treatysim.cli.CommandRunner.tree;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.data.general.DefaultPieDataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.report.chart.ChartFormat;
import org.treatysim.report.chart.NamedChart;

/** How the commands write the files of a results folder. */
class ResultsFilesTest {

    @Test
    void textIsWrittenInUtf8AndBytesAsGiven(@TempDir Path folder) throws Exception {
        ResultsFiles.writeText(folder, "interval.csv", w -> w.write("0.41–0.47 ± 0.03, p ≤ 0.05\n"));
        ResultsFiles.writeBytes(folder, "raw.bin", o -> o.write(new byte[] {0, (byte) 0xff, 10}));

        assertThat(Files.readAllBytes(folder.resolve("interval.csv")))
                .isEqualTo("0.41–0.47 ± 0.03, p ≤ 0.05\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(folder.resolve("raw.bin"))).containsExactly(0, 0xff, 10);
    }

    @Test
    void chartsGoIntoTheChartsSubfolderInEachFormatAndAStopEndsTheDrawing(@TempDir Path root) throws Exception {
        List<NamedChart> charts = List.of(chart("first"), chart("second"));
        Path folder = Files.createDirectory(root.resolve("written"));

        ResultsFiles.writeCharts(folder, charts, EnumSet.of(ChartFormat.PNG, ChartFormat.SVG));

        assertThat(tree(folder)).containsExactly("charts", "charts/first.png", "charts/first.svg", "charts/second.png",
                "charts/second.svg");

        Path stopped = Files.createDirectory(root.resolve("stopped"));
        Thread.currentThread().interrupt();
        assertThatThrownBy(() -> ResultsFiles.writeCharts(stopped, charts, EnumSet.of(ChartFormat.PNG)))
                .isInstanceOf(InterruptedException.class).hasMessage("stopped while drawing the charts");
        assertThat(tree(stopped)).containsExactly("charts");
    }

    private static NamedChart chart(String name) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        data.setValue("signed", 0.4);
        data.setValue("not signed", 0.6);
        return new NamedChart(name, ChartFactory.createPieChart(name, data));
    }
}
