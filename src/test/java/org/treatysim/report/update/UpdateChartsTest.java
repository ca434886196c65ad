package org.treatysim.report.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.abc.ParameterPosterior;

/** The update charts draw what they say, and render to a PNG that is not blank. */
class UpdateChartsTest {

    static BufferedImage png(JFreeChart chart) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UpdateCharts.writePng(chart, out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    static int colours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int x = 0; x < image.getWidth(); x += 7) {
            for (int y = 0; y < image.getHeight(); y += 7) seen.add(image.getRGB(x, y));
        }
        return seen.size();
    }

    @Test
    void theCurveChartShowsBothCurvesAndTheAsOfDate() throws Exception {
        ForecastSummary prior = UpdateFilesTest.summary(2000);
        ForecastSummary conditional = ConditionalSummaryJson.fromAsOf(UpdateFilesTest.summary(400), UpdateFilesTest.AS_OF);

        JFreeChart chart = UpdateCharts.conditionalCurve(prior, conditional, UpdateFilesTest.AS_OF, "toy · footer");

        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getSeriesKey(0).toString()).isEqualTo("Before conditioning (2000 runs)");
        assertThat(plot.getDataset().getSeriesKey(1).toString())
                .isEqualTo("Given the observations to 2025-03-13 (400 accepted runs)");
        assertThat(plot.getDataset().getItemCount(0)).isEqualTo(prior.curve().size());
        assertThat(plot.getDataset().getItemCount(1)).isEqualTo(conditional.curve().size());
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.FOREGROUND)).hasSize(1);
        BufferedImage image = png(chart);
        assertThat(image.getWidth()).isEqualTo(2 * UpdateCharts.WIDTH);
        assertThat(image.getHeight()).isEqualTo(2 * UpdateCharts.HEIGHT);
        assertThat(colours(image)).isGreaterThan(20);
    }

    @Test
    void theShiftChartShowsTheLargestShiftsFirstAndAtMostTwelve() throws Exception {
        List<ParameterPosterior> rows = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            rows.add(new ParameterPosterior("p" + i, UpdateFilesTest.distribution(0, 1, -1.6, -0.7, 0, 0.7, 1.6),
                    UpdateFilesTest.distribution(0, 1, -1.6, -0.7, 0, 0.7, 1.6), (i % 2 == 0 ? 1 : -1) * i / 10.0, i / 20.0));
        }

        JFreeChart chart = UpdateCharts.parameterShifts(rows, "footer");

        CategoryPlot plot = chart.getCategoryPlot();
        assertThat(plot.getDataset().getColumnCount()).isEqualTo(UpdateCharts.TOP_PARAMETERS);
        assertThat(plot.getDataset().getColumnKey(0).toString()).isEqualTo("p14 (KS 0.70)");
        assertThat(plot.getDataset().getValue(0, 0).doubleValue()).isEqualTo(1.4);
        assertThat(plot.getDataset().getColumnKey(1).toString()).isEqualTo("p13 (KS 0.65)");
        assertThat(plot.getDataset().getValue(0, 1).doubleValue()).isEqualTo(-1.3);
        // 100 accepted runs in the fixture: 1.36/√100 = 0.136.
        assertThat(((org.jfree.chart.title.TextTitle) chart.getSubtitle(1)).getText())
                .isEqualTo("With 100 accepted runs, a KS below 0.14 (1.36/√100) is within sampling noise");
        assertThat(colours(png(chart))).isGreaterThan(10);
        assertThatThrownBy(() -> UpdateCharts.parameterShifts(List.of(), "footer"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSingleDayCurveStillDraws() throws Exception {
        ForecastSummary prior = UpdateFilesTest.summary(100);
        ForecastSummary last = ConditionalSummaryJson.fromAsOf(prior, LocalDate.of(2026, 12, 31));

        assertThat(last.curve()).hasSize(1);
        assertThat(colours(png(UpdateCharts.conditionalCurve(prior, last, LocalDate.of(2026, 12, 31), "f"))))
                .isGreaterThan(10);
    }
}
