package org.treatysim.report.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The DejaVu Sans fonts shipped in the resources ({@code org/treatysim/report/fonts}, with their
 * licence), used for every chart and brief so that output does not depend on the fonts of the
 * machine and names such as "Armenia–Azerbaijan" or "Əliyev" keep their letters.
 *
 * <p>Fonts are created from the bundled files rather than looked up by family name, so a machine
 * without DejaVu still draws them; they are also registered with the graphics environment so
 * that code asking for the family by name finds them.
 */
public final class ReportFonts {
    /** The family name written into SVG and HTML. */
    public static final String FAMILY = "DejaVu Sans";

    private static final String ROOT = "/org/treatysim/report/fonts/";
    private static final byte[] REGULAR_FILE = read("DejaVuSans.ttf");
    private static final byte[] BOLD_FILE = read("DejaVuSans-Bold.ttf");
    private static final Font REGULAR = create(REGULAR_FILE);
    private static final Font BOLD = create(BOLD_FILE);

    static {
        GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
        // false when the machine already has DejaVu Sans; either way the family resolves.
        environment.registerFont(REGULAR);
        environment.registerFont(BOLD);
    }

    private ReportFonts() { }

    /** DejaVu Sans at {@code size} points. */
    public static Font plain(float size) {
        return REGULAR.deriveFont(Font.PLAIN, size);
    }

    /**
     * DejaVu Sans Bold at {@code size} points. The style flag is set as well, so that SVG output
     * says {@code font-weight: bold}; the face is already bold, so Java does not embolden it again.
     */
    public static Font bold(float size) {
        return BOLD.deriveFont(Font.BOLD, size);
    }

    /** The TrueType file of DejaVu Sans, for embedding in PDF. */
    public static InputStream regularFile() {
        return new ByteArrayInputStream(REGULAR_FILE);
    }

    /** The TrueType file of DejaVu Sans Bold, for embedding in PDF. */
    public static InputStream boldFile() {
        return new ByteArrayInputStream(BOLD_FILE);
    }

    private static byte[] read(String name) {
        try (InputStream in = ReportFonts.class.getResourceAsStream(ROOT + name)) {
            if (in == null) {
                throw new IllegalStateException("font resource missing from the jar: " + ROOT + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + name, e);
        }
    }

    private static Font create(byte[] file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file));
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("bundled font is not a TrueType font", e);
        }
    }
}
