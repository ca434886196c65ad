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

    /**
     * The two faces, made on first use rather than when the class loads: making them writes files
     * (see {@link #create}), and a class whose loading fails is unusable and reported as a missing
     * class, where a failure on use says what went wrong every time.
     */
    private static volatile Font[] faces;

    private ReportFonts() { }

    private static Font[] faces() {
        Font[] made = faces;
        if (made != null) return made;
        synchronized (ReportFonts.class) {
            if (faces == null) {
                Font regular = create("DejaVuSans.ttf", REGULAR_FILE);
                Font bold = create("DejaVuSans-Bold.ttf", BOLD_FILE);
                GraphicsEnvironment environment = GraphicsEnvironment.getLocalGraphicsEnvironment();
                // false when the machine already has DejaVu Sans; either way the family resolves.
                environment.registerFont(regular);
                environment.registerFont(bold);
                faces = new Font[] {regular, bold};
            }
            return faces;
        }
    }

    /**
     * DejaVu Sans at {@code size} points.
     *
     * @throws UncheckedIOException when the font cannot be made (a full temporary folder)
     */
    public static Font plain(float size) {
        return faces()[0].deriveFont(Font.PLAIN, size);
    }

    /**
     * DejaVu Sans Bold at {@code size} points. The style flag is set as well, so that SVG output
     * says {@code font-weight: bold}; the face is already bold, so Java does not embolden it again.
     *
     * @throws UncheckedIOException when the font cannot be made (a full temporary folder)
     */
    public static Font bold(float size) {
        return faces()[1].deriveFont(Font.BOLD, size);
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

    private static Font create(String name, byte[] file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(file));
        } catch (FontFormatException e) {
            throw new IllegalStateException("bundled font " + name + " is not a TrueType font", e);
        } catch (IOException e) {
            // Java copies the font into a temporary file first: a full disk shows here.
            throw new UncheckedIOException("cannot copy the font " + name + " into the temporary folder "
                    + System.getProperty("java.io.tmpdir") + ": " + e.getMessage(), e);
        }
    }
}
