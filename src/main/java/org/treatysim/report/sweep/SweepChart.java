package org.treatysim.report.sweep;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.jfree.chart.ui.Drawable;
import org.w3c.dom.Document;

/**
 * A chart of the sweep at its natural size, ready to be written as PNG or SVG.
 *
 * @param drawing draws the chart into a rectangle
 * @param width   width in pixels (PNG) or user units (SVG), &ge; 1
 * @param height  height in pixels or user units, &ge; 1
 */
public record SweepChart(Drawable drawing, int width, int height) {
    private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";

    public SweepChart {
        Objects.requireNonNull(drawing, "drawing");
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("a chart needs a positive size, not " + width + " x " + height);
        }
    }

    /** The chart as an image on a white background. */
    public BufferedImage image() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Writes the chart as PNG; does not close {@code out}. */
    public void writePng(OutputStream out) throws IOException {
        if (!ImageIO.write(image(), "png", out)) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        out.flush();
    }

    /** Writes the chart as SVG (Batik's SVG generator, styles as CSS); does not close {@code out}. */
    public void writeSvg(Writer out) throws IOException {
        Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NAMESPACE, "svg", null);
        SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
        // Hundredths of a pixel are finer than any screen or print needs, and keep scatter files small.
        context.setPrecision(2);
        SVGGraphics2D svg = new SVGGraphics2D(context, false);
        svg.setSVGCanvasSize(new Dimension(width, height));
        drawing.draw(svg, new Rectangle2D.Double(0, 0, width, height));
        svg.stream(out, true);
        out.flush();
    }
}
