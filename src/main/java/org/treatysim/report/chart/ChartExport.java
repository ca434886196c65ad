package org.treatysim.report.chart;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGIDGenerator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.ui.Drawable;
import org.jfree.chart.text.TextUtils;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Draws a chart into PNG, SVG or PDF. Each format draws the same logical canvas of
 * {@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT} points, so the three files look alike.
 */
public final class ChartExport {
    /** Width of PNG exports in pixels: a full text width at 300 dpi. */
    public static final int PNG_WIDTH = 2000;
    /** Resolution written into PNG files, in dots per inch. */
    public static final int PNG_DPI = 300;

    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    static {
        // JFreeChart's workaround draws rotated labels (the y-axis title) through TextLayout, which
        // SVG and PDF exporters turn into glyph outlines: the label would not be text any more.
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private ChartExport() { }

    /** The chart as a PNG {@link #PNG_WIDTH} pixels wide, tagged {@link #PNG_DPI} dpi, on white. */
    public static byte[] png(JFreeChart chart) {
        return png(chart, ChartStyle.WIDTH, ChartStyle.HEIGHT, PNG_WIDTH / (double) ChartStyle.WIDTH, PNG_DPI);
    }

    /**
     * Any drawing (a chart, a grid of charts) laid out on {@code width} × {@code height} points, as
     * a PNG of {@code scale} pixels per point on white, with {@code dotsPerInch} recorded so that
     * layout programs place it at the intended size.
     *
     * @param width       layout width in points, &ge; 1
     * @param height      layout height in points, &ge; 1
     * @param scale       pixels per point, &gt; 0
     * @param dotsPerInch resolution written into the file, &gt; 0
     */
    public static byte[] png(Drawable drawing, int width, int height, double scale, int dotsPerInch) {
        if (width < 1 || height < 1 || !(scale > 0)) {
            throw new IllegalArgumentException("cannot draw " + width + " x " + height + " points at scale " + scale);
        }
        BufferedImage image = new BufferedImage((int) Math.round(width * scale), (int) Math.round(height * scale),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(image, dotsPerInch);
    }

    /** The chart as a standalone SVG file (UTF-8), with ids starting with {@code idPrefix}. */
    public static byte[] svg(JFreeChart chart, String idPrefix) {
        return svgFile(svgElement(chart, idPrefix));
    }

    /**
     * Any drawing laid out on {@code width} × {@code height} points as a standalone SVG file
     * (UTF-8): scalable, titled {@code title} for screen readers, ids starting with {@code idPrefix}.
     */
    public static byte[] svg(Drawable drawing, int width, int height, String title, String idPrefix) {
        return svgFile(svgElement(drawing, width, height, title, idPrefix));
    }

    private static byte[] svgFile(String element) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + element + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The chart as one {@code <svg>} element for inlining in HTML: scalable (a {@code viewBox}, no
     * fixed size), titled for screen readers, every id prefixed with {@code idPrefix} so that
     * several charts can share a page without their clip paths colliding.
     */
    public static String svgElement(JFreeChart chart, String idPrefix) {
        String title = chart.getTitle() == null ? idPrefix : chart.getTitle().getText();
        return svgElement(chart, ChartStyle.WIDTH, ChartStyle.HEIGHT, title, idPrefix);
    }

    private static String svgElement(Drawable drawing, int width, int height, String title, String idPrefix) {
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("not an XML id prefix: " + idPrefix);
        }
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        context.setComment(null);
        context.setEmbeddedFontsOn(false);
        context.setPrecision(3);
        context.setIDGenerator(new SVGIDGenerator() {
            @Override
            public String generateID(String prefix) {
                return idPrefix + "-" + super.generateID(prefix);
            }
        });
        SVGGraphics2D g = new SVGGraphics2D(context, false);
        g.setSVGCanvasSize(new Dimension(width, height));
        drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        Element root = g.getRoot();
        root.removeAttribute("width");
        root.removeAttribute("height");
        root.setAttribute("viewBox", "0 0 " + width + " " + height);
        root.setAttribute("role", "img");
        root.setAttribute("aria-label", title);
        Element titleElement = document.createElementNS(SVG_NAMESPACE, "title");
        titleElement.setTextContent(title);
        root.insertBefore(titleElement, root.getFirstChild());
        prefixRemainingIds(root, idPrefix);
        addFontFallback(root);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (org.apache.batik.svggen.SVGGraphics2DIOException e) {
            throw new UncheckedIOException("cannot write SVG", e);
        } finally {
            g.dispose();
        }
        String text = out.toString();
        int start = text.indexOf("<svg");
        return start < 0 ? text : text.substring(start).trim();
    }

    /** The chart as a one-page PDF of {@link ChartStyle#WIDTH} × {@link ChartStyle#HEIGHT} points, fonts embedded. */
    public static byte[] pdf(JFreeChart chart) {
        return pdf(chart, ChartStyle.WIDTH, ChartStyle.HEIGHT);
    }

    /**
     * Any drawing laid out on {@code width} × {@code height} points (a compare, update or sweep
     * chart at its own size) as a one-page PDF of that size, fonts embedded.
     */
    public static byte[] pdf(Drawable drawing, int width, int height) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDFormXObject form = pdfForm(drawing, width, height, document, fonts);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawForm(form);
            }
            PDDocumentInformation info = document.getDocumentInformation();
            if (drawing instanceof JFreeChart chart && chart.getTitle() != null) info.setTitle(chart.getTitle().getText());
            info.setCreator("treatysim");
            fixDocumentId(document, form.getContentStream().toByteArray());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write PDF", e);
        }
    }

    /**
     * The chart drawn as vector graphics into a form of {@code document}, {@link ChartStyle#WIDTH} ×
     * {@link ChartStyle#HEIGHT} points with its origin at the bottom left, ready to be placed on a
     * page (scaled as needed). Text uses {@code fonts}, which must belong to the same document.
     */
    public static PDFormXObject pdfForm(JFreeChart chart, PDDocument document, PdfFonts fonts) throws IOException {
        return pdfForm(chart, ChartStyle.WIDTH, ChartStyle.HEIGHT, document, fonts);
    }

    private static PDFormXObject pdfForm(Drawable drawing, int width, int height, PDDocument document, PdfFonts fonts)
            throws IOException {
        PdfBoxGraphics2D g = new PdfBoxGraphics2D(document, (float) width, (float) height);
        PdfBoxGraphics2DFontTextDrawer text = new PdfBoxGraphics2DFontTextDrawer();
        // The drawer finds a PDF font by the AWT font's name; any other font is drawn as outlines.
        text.registerFont(ReportFonts.plain(10f).getFontName(), fonts.regular());
        text.registerFont(ReportFonts.bold(10f).getFontName(), fonts.bold());
        g.setFontTextDrawer(text);
        try {
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
            text.close();
        }
        return g.getXFormObject();
    }

    /**
     * Gives the document a file identifier derived from {@code content} instead of the clock, so
     * that the same chart or brief is written as the same bytes every time.
     */
    public static void fixDocumentId(PDDocument document, byte[] content) {
        byte[] digest;
        try {
            digest = java.security.MessageDigest.getInstance("MD5").digest(content);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has MD5", e);
        }
        COSArray id = new COSArray();
        id.add(new COSString(digest));
        id.add(new COSString(digest));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
    }

    /** Batik names a few elements itself (e.g. "genericDefs"): prefix those ids and their references too. */
    private static void prefixRemainingIds(Element root, String prefix) {
        Map<String, String> renamed = new HashMap<>();
        NodeList all = root.getElementsByTagName("*");
        for (int i = -1; i < all.getLength(); i++) {
            Element element = i < 0 ? root : (Element) all.item(i);
            String id = element.getAttribute("id");
            if (!id.isEmpty() && !id.startsWith(prefix + "-")) {
                renamed.put(id, prefix + "-" + id);
                element.setAttribute("id", prefix + "-" + id);
            }
        }
        if (renamed.isEmpty()) return;
        for (int i = 0; i < all.getLength(); i++) {
            NamedNodeMap attributes = all.item(i).getAttributes();
            for (int a = 0; a < attributes.getLength(); a++) {
                Node attribute = attributes.item(a);
                String value = attribute.getNodeValue();
                for (Map.Entry<String, String> r : renamed.entrySet()) {
                    value = value.replace("#" + r.getKey() + ")", "#" + r.getValue() + ")");
                    if (value.equals("#" + r.getKey())) value = "#" + r.getValue();
                }
                attribute.setNodeValue(value);
            }
        }
    }

    /** A viewer without DejaVu should fall back to a sans-serif face, not to its default serif. */
    private static void addFontFallback(Element root) {
        NodeList all = root.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            for (String name : new String[] {"style", "font-family"}) {
                String value = element.getAttribute(name);
                if (value.contains("'" + ReportFonts.FAMILY + "'") && !value.contains("sans-serif")) {
                    element.setAttribute(name, value.replace("'" + ReportFonts.FAMILY + "'",
                            "'" + ReportFonts.FAMILY + "', sans-serif"));
                }
            }
        }
    }
}
