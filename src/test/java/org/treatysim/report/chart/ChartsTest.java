package org.treatysim.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.IntervalMarker;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYItemRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.Layer;
import org.jfree.data.xy.XYDataset;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.CurvePoint;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The charts of the toy baseline (see {@link SummaryFixtures}), checked in each format. The files
 * are also left in {@code target/chart-check/} so that a person can look at them.
 */
class ChartsTest {
    private static final List<String> NAMES = List.of(Charts.SIGNED_BY_DATE, Charts.STATE_SHARES,
            Charts.SIGNING_DATES, Charts.AGREED_TERMS, Charts.CONCESSIONS);

    private static SummaryFixtures.Fixture baseline;
    private static List<ChartFile> files;

    @BeforeAll
    static void renderOnce() throws IOException, InterruptedException {
        baseline = SummaryFixtures.baseline();
        files = Charts.render(baseline.summary(), baseline.window());
        Path dir = Path.of("target", "chart-check");
        Files.createDirectories(dir);
        for (ChartFile file : files) Files.write(dir.resolve(file.fileName()), file.bytes());
    }

    private static ChartFile file(String name, ChartFormat format) {
        return files.stream().filter(f -> f.name().equals(name) && f.format() == format).findFirst().orElseThrow();
    }

    private static JFreeChart chart(String name) {
        return Charts.build(baseline.summary(), baseline.window()).stream()
                .filter(c -> c.name().equals(name)).findFirst().orElseThrow().chart();
    }

    @Test
    void rendersEveryChartInEveryFormatChartByChart() throws InterruptedException {
        List<String> expected = new ArrayList<>();
        for (String name : NAMES) {
            for (ChartFormat format : ChartFormat.values()) expected.add(name + "." + format.extension());
        }
        assertThat(files).extracting(ChartFile::fileName).containsExactlyElementsOf(expected);
        assertThat(Charts.render(baseline.summary(), baseline.window(), EnumSet.of(ChartFormat.SVG), ScenarioNames.NONE))
                .extracting(ChartFile::fileName).allMatch(n -> n.endsWith(".svg")).hasSize(5);
        assertThat(Charts.render(baseline.summary(), baseline.window(), Set.of(), ScenarioNames.NONE)).isEmpty();
    }

    @Test
    void anInterruptedRenderingThrowsInterruptedExceptionNotARuntimeException() {
        // Ctrl-C interrupts the job's thread: the command line must see an interruption (one line,
        // nothing written), not an unexpected exception (a stack trace). One format and all three,
        // so that both the sequential and the parallel path are taken.
        for (Set<ChartFormat> formats : List.of(EnumSet.of(ChartFormat.SVG), EnumSet.allOf(ChartFormat.class))) {
            Thread.currentThread().interrupt();
            try {
                assertThatThrownBy(() -> Charts.render(baseline.summary(), baseline.window(), formats, ScenarioNames.NONE))
                        .as(formats.toString()).isInstanceOf(InterruptedException.class);
            } finally {
                Thread.interrupted();
            }
        }
    }

    @Test
    void parallelRenderingGivesTheSameFilesAsDrawingOneByOne() throws InterruptedException {
        Set<ChartFormat> formats = EnumSet.of(ChartFormat.SVG, ChartFormat.PDF);
        List<ChartFile> parallel = Charts.render(baseline.summary(), baseline.window(), formats, ScenarioNames.NONE);
        List<ChartFile> sequential = new ArrayList<>();
        for (NamedChart chart : Charts.build(baseline.summary(), baseline.window())) {
            sequential.addAll(Charts.export(chart, formats));
        }
        assertThat(parallel).isEqualTo(sequential);
        assertThat(parallel).extracting(ChartFile::fileName).startsWith("signed-by-date.svg", "signed-by-date.pdf",
                "state-shares.svg");
    }

    @Test
    void pngIsTwoThousandPixelsWideTaggedThreeHundredDpiAndNotBlank() throws IOException {
        for (String name : NAMES) {
            byte[] bytes = file(name, ChartFormat.PNG).bytes();
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image.getWidth()).isEqualTo(2000);
            // 470 / 760 of the width
            assertThat(image.getHeight()).isEqualTo(1237);
            assertThat(lumaVariance(image)).as(name + " has ink").isGreaterThan(200);
            try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
                ImageReader reader = ImageIO.getImageReaders(in).next();
                reader.setInput(in);
                IIOMetadata metadata = reader.getImageMetadata(0);
                Element root = (Element) metadata.getAsTree("javax_imageio_png_1.0");
                Element physical = (Element) root.getElementsByTagName("pHYs").item(0);
                // 300 dots per inch = 300 / 0.0254 = 11,811 per metre
                assertThat(physical.getAttribute("pixelsPerUnitXAxis")).isEqualTo("11811");
                assertThat(physical.getAttribute("unitSpecifier")).isEqualTo("meter");
            }
        }
    }

    @Test
    void signedChartUsesTheOkabeItoBlueForItsCurve() throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(file(Charts.SIGNED_BY_DATE, ChartFormat.PNG).bytes()));
        assertThat(pixelsNear(image, ChartStyle.BLUE)).isGreaterThan(2000);
        assertThat(pixelsNear(image, ChartStyle.ORANGE)).isGreaterThan(1000);
    }

    @Test
    void svgIsScalableKeepsItsTextAndPrefixesEveryId() throws Exception {
        for (String name : NAMES) {
            String svg = new String(file(name, ChartFormat.SVG).bytes(), StandardCharsets.UTF_8);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
            Element root = document.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 760 470");
            assertThat(root.getAttribute("width")).isEmpty();
            assertThat(root.getTextContent()).contains(chart(name).getTitle().getText())
                    .contains("Armenia–Azerbaijan").contains("Azərbaycan").contains("scenario baseline-2024-09");
            NodeList all = document.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                String id = ((Element) all.item(i)).getAttribute("id");
                if (!id.isEmpty()) assertThat(id).startsWith(name + "-");
            }
            assertThat(svg).contains("'DejaVu Sans', sans-serif").doesNotContain("http://www.w3.org/TR/2001/REC-SVG");
        }
    }

    @Test
    void inlineSvgsOfDifferentChartsShareNoId() {
        List<NamedChart> charts = Charts.build(baseline.summary(), baseline.window());
        Set<String> seen = new HashSet<>();
        for (NamedChart chart : charts) {
            String svg = ChartExport.svgElement(chart.chart(), chart.name());
            assertThat(svg).startsWith("<svg");
            for (String id : ids(svg)) assertThat(seen.add(id)).as("id %s is unique", id).isTrue();
        }
        assertThat(seen).isNotEmpty();
    }

    @Test
    void pdfIsOnePageWithDejaVuEmbeddedAndNonAsciiTextIntact() throws IOException {
        for (String name : NAMES) {
            try (PDDocument pdf = Loader.loadPDF(file(name, ChartFormat.PDF).bytes())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                PDPage page = pdf.getPage(0);
                assertThat(page.getMediaBox().getWidth()).isEqualTo(760f);
                assertThat(page.getMediaBox().getHeight()).isEqualTo(470f);
                String text = new PDFTextStripper().getText(pdf);
                assertThat(text).contains(chart(name).getTitle().getText())
                        .contains("Armenia–Azerbaijan").contains("Azərbaycan").contains("10,000 runs");
                List<PDFont> fonts = fonts(page.getResources());
                assertThat(fonts).isNotEmpty();
                assertThat(fonts).allSatisfy(font -> {
                    assertThat(font.isEmbedded()).isTrue();
                    assertThat(font.getName()).contains("DejaVuSans");
                });
            }
        }
    }

    @Test
    void footerNamesRunsScenarioSeedAndDate() {
        for (NamedChart chart : Charts.build(baseline.summary(), baseline.window())) {
            assertThat(texts(chart.chart())).anyMatch(t -> t.equals(
                    "10,000 runs · scenario baseline-2024-09 · seed 20240924 · made 25 Sep 2024 · treatysim 0.1.0"));
            assertThat(texts(chart.chart())).contains(SummaryFixtures.TITLE);
        }
    }

    @Test
    void signedChartMarksDeadlineWindowEventsAndReferendumWindow() {
        XYPlot plot = chart(Charts.SIGNED_BY_DATE).getXYPlot();
        Collection<?> background = plot.getDomainMarkers(Layer.BACKGROUND);
        Collection<?> foreground = plot.getDomainMarkers(Layer.FOREGROUND);
        // COP29 covers 11 Nov up to the end of 22 Nov, i.e. until midnight starting 23 Nov.
        assertThat(background).filteredOn(m -> m instanceof IntervalMarker).map(m -> (IntervalMarker) m)
                .anySatisfy(m -> {
                    assertThat(m.getStartValue()).isEqualTo(ChartStyle.millis(SummaryFixtures.COP29_START));
                    assertThat(m.getEndValue()).isEqualTo(ChartStyle.millis(SummaryFixtures.COP29_END.plusDays(1)));
                })
                .anySatisfy(m -> assertThat(m.getStartValue()).isEqualTo(ChartStyle.millis(SummaryFixtures.REFERENDUM_EARLIEST)));
        List<String> labels = foreground.stream().map(m -> ((org.jfree.chart.plot.Marker) m).getLabel()).toList();
        assertThat(labels).containsExactly("COP29, Baku (11–22 Nov 2024)", "New US administration (20 Jan 2025)",
                "Armenian parliamentary election (7 Jun 2026)", "Constitutional referendum possible (1 Jul – 31 Dec 2026)");
        assertThat(foreground).map(m -> (ValueMarker) m)
                .anySatisfy(m -> assertThat(m.getValue()).isEqualTo((double) ChartStyle.millis(SummaryFixtures.US_ADMINISTRATION)));
    }

    @Test
    void signedChartDrawsTheCurveItsIntervalsAndTheEarlierMilestones() {
        XYPlot plot = chart(Charts.SIGNED_BY_DATE).getXYPlot();
        YIntervalSeriesCollection signed = (YIntervalSeriesCollection) plot.getDataset(0);
        List<CurvePoint> curve = baseline.summary().curve();
        assertThat(signed.getItemCount(0)).isEqualTo(curve.size());
        double maxHigh = 0;
        for (int i = 0; i < curve.size(); i++) {
            assertThat(signed.getYValue(0, i)).isEqualTo(curve.get(i).signed().p());
            assertThat(signed.getStartYValue(0, i)).isEqualTo(curve.get(i).signed().lo());
            assertThat(signed.getEndYValue(0, i)).isEqualTo(curve.get(i).signed().hi());
            maxHigh = Math.max(maxHigh, Math.max(curve.get(i).signed().hi(), curve.get(i).textAgreed().p()));
        }
        XYDataset lines = plot.getDataset(1);
        assertThat(lines.getSeriesKey(0).toString()).isEqualTo("P(text agreed by date)");
        assertThat(lines.getSeriesKey(1).toString()).isEqualTo("P(initialed by date)");
        // the DKW half-width of 10,000 runs: sqrt(ln(40) / 20000) = 0.01358
        assertThat(lines.getSeriesKey(2).toString()).endsWith("±0.014");
        assertThat(plot.getRangeAxis().getUpperBound()).isGreaterThanOrEqualTo(maxHigh);
        assertThat(plot.getRangeAxis().getUpperBound()).isLessThanOrEqualTo(1);
    }

    @Test
    void linesDifferInDashPatternSoTheyStayApartInGreyscale() {
        XYPlot plot = chart(Charts.SIGNED_BY_DATE).getXYPlot();
        XYItemRenderer lines = plot.getRenderer(1);
        float[] signed = ((BasicStroke) plot.getRenderer(0).getSeriesStroke(0)).getDashArray();
        float[] text = ((BasicStroke) lines.getSeriesStroke(0)).getDashArray();
        float[] initialed = ((BasicStroke) lines.getSeriesStroke(1)).getDashArray();
        assertThat(signed).isNull();
        assertThat(text).isNotNull();
        assertThat(initialed).isNotNull().isNotEqualTo(text);
        Set<String> styles = new HashSet<>();
        for (int i = 0; i < ChartStyle.distinctLineStyles(); i++) {
            ChartStyle.LineStyle style = ChartStyle.line(i);
            assertThat(styles.add(style.colour().getRGB() + "/" + style.dash())).isTrue();
            // a line must show on white paper: luma well below white's 255
            assertThat(ChartStyle.luma(style.colour())).isLessThan(190);
        }
        assertThat(ChartStyle.line(ChartStyle.distinctLineStyles())).isEqualTo(ChartStyle.line(0));
    }

    @Test
    void stackedStatesAreSeparatedByLightnessAndSumToOne() {
        XYPlot plot = chart(Charts.STATE_SHARES).getXYPlot();
        XYItemRenderer renderer = plot.getRenderer();
        XYDataset data = plot.getDataset();
        assertThat(data.getSeriesCount()).isEqualTo(5);
        for (int i = 1; i < 5; i++) {
            double below = ChartStyle.luma((Color) renderer.getSeriesPaint(i - 1));
            double above = ChartStyle.luma((Color) renderer.getSeriesPaint(i));
            assertThat(Math.abs(above - below)).as("greyscale step between areas %d and %d", i - 1, i).isGreaterThan(29);
        }
        // the top series is the running total of all five shares; the first point is the forecast date
        assertThat(data.getXValue(4, 0)).isEqualTo((double) ChartStyle.millis(SummaryFixtures.START));
        for (int item = 0; item < data.getItemCount(4); item++) {
            assertThat(data.getYValue(4, item)).isCloseTo(1, within(1e-9));
            for (int s = 1; s < 5; s++) assertThat(data.getYValue(s, item)).isGreaterThanOrEqualTo(data.getYValue(s - 1, item));
        }
    }

    @Test
    void signingDateBarsAddUpToTheShareSignedAndStartAtTheForecastDate() {
        XYPlot plot = chart(Charts.SIGNING_DATES).getXYPlot();
        org.jfree.data.xy.IntervalXYDataset bars = (org.jfree.data.xy.IntervalXYDataset) plot.getDataset();
        double total = 0;
        for (int i = 0; i < bars.getItemCount(0); i++) total += bars.getYValue(0, i);
        // every toy signature falls before the horizon, inside the histogram's 840 days
        assertThat(total).isCloseTo(baseline.summary().outcomes().get("signed").p(), within(1e-9));
        assertThat(bars.getStartXValue(0, 0)).isEqualTo((double) ChartStyle.millis(SummaryFixtures.START));
        // bins of 28 days
        assertThat(bars.getEndXValue(0, 0) - bars.getStartXValue(0, 0)).isEqualTo(28 * 86_400_000d);
        assertThat(chart(Charts.SIGNING_DATES).getTitle().getText()).endsWith("each 4-week period");
    }

    @Test
    void agreedTermsBoxesMatchTheRunsWithinOneBin() {
        org.jfree.chart.plot.CategoryPlot plot = chart(Charts.AGREED_TERMS).getCategoryPlot();
        org.jfree.data.statistics.BoxAndWhiskerCategoryDataset data =
                (org.jfree.data.statistics.BoxAndWhiskerCategoryDataset) plot.getDataset();
        assertThat(data.getColumnCount()).isEqualTo(SummaryFixtures.ISSUES.size());
        int issue = 0;
        for (String title : SummaryFixtures.ISSUES.values()) {
            final int index = issue;
            double[] values = baseline.runs().stream().mapToDouble(r -> r.agreed()[index]).filter(v -> !Double.isNaN(v))
                    .sorted().toArray();
            double median = values[values.length / 2];
            assertThat(data.getColumnKey(issue).toString()).isEqualTo(title);
            assertThat(data.getMedianValue(0, issue).doubleValue()).as(title).isCloseTo(median, within(0.05));
            assertThat(data.getQ1Value(0, issue).doubleValue()).isCloseTo(values[values.length / 4], within(0.05));
            issue++;
        }
        assertThat(texts(chart(Charts.AGREED_TERMS))).anyMatch(t -> t.contains("agreed in the same "
                + ReportText.count(baseline.count(SummaryFixtures.ToyRun::textAgreed, SummaryFixtures.HORIZON)) + " runs"));
        assertThat(plot.getRangeAxis().getLabel()).isEqualTo("Agreed value: 0 = ARM's ideal, 1 = AZE's ideal");
    }

    @Test
    void concessionLegendGivesEachPartysMeanWithinHalfABin() {
        XYPlot plot = chart(Charts.CONCESSIONS).getXYPlot();
        XYDataset data = plot.getDataset();
        for (int party = 0; party < 2; party++) {
            final int p = party;
            double mean = baseline.runs().stream().mapToDouble(r -> r.concessions()[p]).average().orElseThrow();
            String key = data.getSeriesKey(party).toString();
            assertThat(key).startsWith(party == 0 ? "Armenia (ARM): mean " : "Azerbaijan (AZE): mean ")
                    .endsWith("n = 10,000");
            double shown = Double.parseDouble(key.replaceAll(".*mean ([0-9.]+),.*", "$1"));
            // bins are 0.05 wide, so the binned mean is within 0.025 of the exact one (plus rounding 0.005)
            assertThat(shown).isCloseTo(mean, within(0.03));
        }
    }

    @Test
    void aForecastWhereNothingHappensStillRendersAndSaysSo() throws IOException, InterruptedException {
        SummaryFixtures.Fixture nothing = SummaryFixtures.nothingHappens();
        List<NamedChart> charts = Charts.build(nothing.summary(), nothing.window());
        assertThat(Charts.render(nothing.summary(), nothing.window(), EnumSet.of(ChartFormat.SVG), ScenarioNames.NONE)).hasSize(5);
        List<ChartFile> rendered = Charts.export(charts.get(2), EnumSet.allOf(ChartFormat.class));
        JFreeChart dates = charts.get(2).chart();
        assertThat(dates.getXYPlot().getDataset().getSeriesCount()).isZero();
        assertThat(dates.getXYPlot().getNoDataMessage()).isEqualTo("No run signed the treaty by the horizon");
        JFreeChart terms = charts.get(3).chart();
        assertThat(texts(terms)).anyMatch(t -> t.contains("Never agreed: Armenian constitution preamble, Transit to Nakhchivan"));
        for (ChartFile file : rendered) {
            if (file.format() == ChartFormat.PNG) {
                assertThat(lumaVariance(ImageIO.read(new ByteArrayInputStream(file.bytes())))).isGreaterThan(50);
            }
        }
    }

    @Test
    void chartFileKeepsItsBytesToItself() {
        byte[] bytes = {1, 2, 3};
        ChartFile file = new ChartFile("a-chart", ChartFormat.PNG, bytes);
        bytes[0] = 9;
        file.bytes()[1] = 9;
        assertThat(file.bytes()).containsExactly(1, 2, 3);
        assertThat(file.fileName()).isEqualTo("a-chart.png");
        assertThatThrownBy(() -> new NamedChart("Bad Name", chart(Charts.CONCESSIONS)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static List<String> texts(JFreeChart chart) {
        List<String> texts = new ArrayList<>();
        texts.add(chart.getTitle().getText());
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            if (chart.getSubtitle(i) instanceof TextTitle t) texts.add(t.getText());
        }
        return texts;
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) fonts.add(resources.getFont(name));
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form && form.getResources() != null) fonts.addAll(fonts(form.getResources()));
        }
        return fonts;
    }

    private static Set<String> ids(String svg) {
        return java.util.regex.Pattern.compile("\\sid=\"([^\"]+)\"").matcher(svg).results().map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    /** Variance of the grey level over all pixels: 0 for a blank image. */
    static double lumaVariance(BufferedImage image) {
        double sum = 0;
        double squares = 0;
        long n = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                double luma = ChartStyle.luma(new Color(image.getRGB(x, y)));
                sum += luma;
                squares += luma * luma;
                n++;
            }
        }
        double mean = sum / n;
        return squares / n - mean * mean;
    }

    static long pixelsNear(BufferedImage image, Color colour) {
        long count = 0;
        int[] row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int rgb : row) {
                int distance = Math.abs(((rgb >> 16) & 0xFF) - colour.getRed())
                        + Math.abs(((rgb >> 8) & 0xFF) - colour.getGreen()) + Math.abs((rgb & 0xFF) - colour.getBlue());
                if (distance < 20) count++;
            }
        }
        return count;
    }
}
