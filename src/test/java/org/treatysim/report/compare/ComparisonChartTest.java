package org.treatysim.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ComparisonChartTest {

    @Test
    void aPngAtPrintResolutionWithBothLinesDrawn() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ComparisonChart.writePng(ComparisonFixture.comparison(), bytes);
        byte[] png = bytes.toByteArray();
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(2400);
        assertThat(image.getHeight()).isEqualTo(1500);
        // 300 dpi recorded: 11811 pixels per metre
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(png))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            IIOMetadata metadata = reader.getImageMetadata(0);
            NodeList physical = ((Element) metadata.getAsTree("javax_imageio_png_1.0")).getElementsByTagName("pHYs");
            assertThat(physical.getLength()).isEqualTo(1);
            assertThat(((Element) physical.item(0)).getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
            reader.dispose();
        }
        // Not blank: the reference's black line and the variant's vermillion line are both there.
        assertThat(count(image, ComparisonChart.colour(0))).isGreaterThan(1000);
        assertThat(count(image, ComparisonChart.colour(1))).isGreaterThan(500);
    }

    @Test
    void everyLineHasItsOwnDashPatternSoTheChartReadsInGreyscale() {
        Set<String> patterns = new HashSet<>();
        for (int i = 0; i < ComparisonChart.distinctLineStyles(); i++) {
            patterns.add(Arrays.toString(ComparisonChart.dashes(i)));
        }
        assertThat(patterns).hasSize(ComparisonChart.distinctLineStyles()).hasSize(8);
        assertThat(ComparisonChart.dashes(0)).isNull();
    }

    @Test
    void theChartShowsEveryScenarioAndTheFooterSaysRunsAndSeed() {
        JFreeChart chart = ComparisonChart.chart(ComparisonFixture.comparison());
        XYPlot plot = chart.getXYPlot();
        assertThat(plot.getDataset().getSeriesCount()).isEqualTo(2);
        assertThat(plot.getDataset().getSeriesKey(0)).isEqualTo("toy (reference)");
        assertThat(plot.getDomainMarkers(org.jfree.chart.ui.Layer.BACKGROUND)).hasSize(3);
        assertThat(ComparisonChart.footer(ComparisonFixture.comparison()))
                .isEqualTo("100 runs per scenario · seed 5 · common random numbers · made 2025-03-01 · treatysim test");
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(0.35);
    }

    private static int count(BufferedImage image, Color colour) {
        int n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                Color c = new Color(image.getRGB(x, y));
                if (Math.abs(c.getRed() - colour.getRed()) < 20 && Math.abs(c.getGreen() - colour.getGreen()) < 20
                        && Math.abs(c.getBlue() - colour.getBlue()) < 20) {
                    n++;
                }
            }
        }
        return n;
    }
}
