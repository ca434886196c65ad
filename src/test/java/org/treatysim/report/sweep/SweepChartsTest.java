package org.treatysim.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.sensitivity.Design;
import org.treatysim.stats.sensitivity.Designs;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.stats.sensitivity.SobolResult;
import org.w3c.dom.Document;

/** The tornado and scatter charts: sizes, what they show, and that PNG and SVG come out readable. */
class SweepChartsTest {

    private static List<PrccIndex> prcc(int count) {
        List<PrccIndex> indices = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double r = (i % 2 == 0 ? -1 : 1) * (0.9 - 0.03 * i);
            indices.add(new PrccIndex("factor.number" + i, r, r - 0.05, r + 0.05, 0.01));
        }
        return indices;
    }

    private static BufferedImage png(SweepChart chart) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chart.writePng(out);
        return ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String svg(SweepChart chart) throws Exception {
        StringWriter out = new StringWriter();
        chart.writeSvg(out);
        return out.toString();
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        // Batik writes a DOCTYPE with the SVG 1.0 DTD's address: do not fetch it.
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(xml)));
    }

    /** Share of pixels of one colour, to see that bars of that colour were drawn. */
    private static double share(BufferedImage image, java.awt.Color colour) {
        long hits = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xffffff) == (colour.getRGB() & 0xffffff)) hits++;
            }
        }
        return hits / (double) (image.getWidth() * image.getHeight());
    }

    @Test
    void aPrccTornadoShowsAtMostTwentyBarsColouredBySign() throws Exception {
        SweepChart chart = TornadoChart.prcc(prcc(25), "P(signed by 2026-12-31)", "200 points × 200 runs");
        assertThat(chart.width()).isEqualTo(TornadoChart.WIDTH);
        assertThat(chart.height()).isEqualTo(150 + 26 * 20);
        BufferedImage image = png(chart);
        assertThat(image.getWidth()).isEqualTo(chart.width());
        assertThat(image.getHeight()).isEqualTo(chart.height());
        // Both colours appear: half the bars lower the target, half raise it.
        assertThat(share(image, WhiskerBarRenderer.LOWERS)).isGreaterThan(0.01);
        assertThat(share(image, WhiskerBarRenderer.RAISES)).isGreaterThan(0.01);

        String svg = svg(chart);
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(svg).contains("factor.number0").contains("factor.number19").doesNotContain("factor.number20")
                .contains("the 20 most influential of 25 parameters");
    }

    @Test
    void aSobolTornadoShowsTotalAndFirstOrderBars() throws Exception {
        SobolResult sobol = new SobolResult(List.of(new SobolIndex("a.b", 0.6, 0.5, 0.7, 0.8, 0.7, 0.9),
                new SobolIndex("c.d", -0.01, -0.03, 0.01, 0.02, 0.0, 0.04)), 64, 0.1, 1000, 0.95);
        SweepChart chart = TornadoChart.sobol(sobol.byTotalDescending(), "P(signed by 2026-12-31)", "Sobol design");
        assertThat(chart.height()).isEqualTo(150 + 38 * 2);
        String svg = svg(chart);
        assertThat(svg).contains("total index").contains("first-order index").contains("all 2 parameters");
        assertThat(png(chart).getHeight()).isEqualTo(chart.height());
    }

    @Test
    void theDummysBarSaysItIsTheNoiseFloorAndIsNoParameter() throws Exception {
        SobolResult sobol = new SobolResult(List.of(new SobolIndex("a.b", 0.6, 0.5, 0.7, 0.8, 0.7, 0.9),
                new SobolIndex(Factor.DUMMY, 0.01, -0.02, 0.04, 0.03, 0.01, 0.05)), 64, 0.1, 1000, 0.95);
        String svg = svg(TornadoChart.sobol(sobol.byTotalDescending(), "P(signed by 2026-12-31)", "Sobol design"));
        assertThat(svg).contains("dummy (noise floor)").contains("all 1 parameter;");
    }

    @Test
    void theScatterHasOnePanelPerParameterInRankingOrder() throws Exception {
        List<Factor> factors = new ArrayList<>();
        for (int j = 0; j < 11; j++) {
            factors.add(Factor.uniform("factor.number" + j, 0, 1));
        }
        Design design = Designs.latinHypercube(factors, 50, new MersenneTwisterFast(1));
        double[] targets = design.column(3);
        List<String> ranking = new ArrayList<>(design.factors());
        Collections.reverse(ranking);
        SweepChart chart = ScatterChart.of(design, targets, ranking, 0.5, "P(signed by 2026-12-31)");
        // Eleven panels in four rows of three, the most influential (factor.number10) first.
        assertThat(chart.width()).isEqualTo(3 * 400);
        assertThat(chart.height()).isEqualTo(80 + 4 * 300);
        String svg = svg(chart);
        assertThat(svg).contains("factor.number10").contains("factor.number2").contains("factor.number0<")
                .contains("against each of the 11 parameters, the most influential first");
        assertThat(svg.indexOf("factor.number10<")).isLessThan(svg.indexOf("factor.number9<"));
        assertThat(png(chart).getWidth()).isEqualTo(1200);
    }

    @Test
    void theScatterOfASobolDesignShowsItsAAndBPointsOnly() throws Exception {
        Design design = Designs.saltelli(List.of(Factor.uniform("x", 0, 1), Factor.uniform("y", 0, 1)), 16,
                new MersenneTwisterFast(2));
        SweepChart chart = ScatterChart.of(design, design.column(0), List.of(), 0.5, "P(x)");
        assertThat(chart.width()).isEqualTo(2 * 400);
        assertThat(svg(chart)).contains("32 design points").contains("A and B points only");
    }

    @Test
    void theTrendIsTheMeanOverBins() {
        // Three distinct values: one bin each.
        double[][] trend = ScatterChart.trend(new double[] {2, 1, 2, 3, 1}, new double[] {0.4, 0.1, 0.6, 1, 0.3});
        assertThat(trend[0]).containsExactly(1, 2, 3);
        assertThat(trend[1]).containsExactly(0.2, 0.5, 1);
        // 24 distinct values: 12 bins of 2, each the mean of two neighbours.
        double[] x = new double[24];
        double[] y = new double[24];
        for (int i = 0; i < 24; i++) {
            x[i] = 23 - i;
            y[i] = 2 * (23 - i);
        }
        trend = ScatterChart.trend(x, y);
        assertThat(trend[0]).hasSize(12);
        assertThat(trend[0][0]).isEqualTo(0.5);
        assertThat(trend[1][11]).isEqualTo(45);
    }

    @Test
    void sweepChartsAreWrittenByTheSameExporterAsTheForecastsCharts() throws Exception {
        SweepChart chart = TornadoChart.prcc(prcc(3), "P(signed by 2026-12-31)", "20 points × 10 runs");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        chart.writePng(out);
        byte[] png = out.toByteArray();
        // The pHYs chunk records 96 dpi (3780 pixels per metre) right after IHDR.
        int physical = new String(png, java.nio.charset.StandardCharsets.ISO_8859_1).indexOf("pHYs");
        assertThat(physical).isPositive();
        assertThat(java.nio.ByteBuffer.wrap(png, physical + 4, 4).getInt()).isEqualTo(3780);

        Document svg = parse(svg(chart));
        org.w3c.dom.Element root = svg.getDocumentElement();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + chart.width() + " " + chart.height());
        assertThat(root.getAttribute("aria-label")).isEqualTo("What moves P(signed by 2026-12-31)");
        org.w3c.dom.NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            String id = ((org.w3c.dom.Element) all.item(i)).getAttribute("id");
            if (!id.isEmpty()) assertThat(id).startsWith("tornado-");
        }
    }
}
