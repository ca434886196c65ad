package org.treatysim.report.brief;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.treatysim.report.chart.PdfFonts;

/**
 * A small flow layout on A4 pages: headings, wrapped paragraphs, tables whose header repeats on
 * each page, and figures (vector forms) with captions. Text is set in the embedded DejaVu faces;
 * a character they lack is replaced by "?" rather than failing the whole brief.
 */
final class PdfLayout {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 56;
    static final float WIDTH = PAGE.getWidth() - 2 * MARGIN;
    /** Share of the text width a figure takes. */
    static final float FIGURE_SHARE = 0.86f;
    private static final float TOP = PAGE.getHeight() - MARGIN;
    static final float BOTTOM = MARGIN + 14;
    private static final float LEADING = 1.32f;
    private static final float CELL_PADDING = 3.5f;
    static final Color TEXT = new Color(0x222222);
    static final Color MUTED = new Color(0x555555);
    private static final Color RULE = new Color(0xDADADA);
    private static final Color HEADER_FILL = new Color(0xEEEEEE);
    private static final Color HIGHLIGHT = new Color(0xF2F7FB);
    private static final Color ACCENT = new Color(0x0072B2);

    /** A table row: its cells, and whether it is set in bold. */
    record Row(List<String> cells, boolean bold) {
        Row {
            cells = List.copyOf(cells);
        }
    }

    private final PDDocument document;
    private final PdfFonts fonts;
    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
    private final Map<PDFont, Map<Integer, Float>> advances = new HashMap<>();
    private PDPageContentStream content;
    private float y;
    private PDOutlineItem section;

    PdfLayout(PDDocument document, PdfFonts fonts) {
        this.document = document;
        this.fonts = fonts;
    }

    PdfFonts fonts() {
        return fonts;
    }

    PDFont regular() {
        return fonts.regular();
    }

    PDFont bold() {
        return fonts.bold();
    }

    /** Vertical space, in points. */
    void space(float points) {
        ensurePage();
        y -= points;
    }

    /**
     * A heading with a bookmark: at the top level of the document's outline, or under the last
     * top-level one when {@code nested}.
     */
    void bookmarkedHeading(String text, float size, boolean nested) {
        heading(text, size);
        bookmark(text, nested, y + size * LEADING + size * 0.35f);
    }

    /** The height the next element starts at on the current page, in points from the page's foot. */
    float position() {
        ensurePage();
        return y;
    }

    /**
     * A bookmark to the current page at height {@code top}: at the top level of the outline, or
     * under the last top-level one when {@code nested}.
     */
    void bookmark(String title, boolean nested, float top) {
        PDPageXYZDestination where = new PDPageXYZDestination();
        where.setPage(document.getPage(document.getNumberOfPages() - 1));
        where.setTop((int) Math.ceil(top));
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(printable(title, bold()));
        item.setDestination(where);
        if (nested && section != null) {
            section.addLast(item);
        } else {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            if (outline == null) {
                outline = new PDDocumentOutline();
                document.getDocumentCatalog().setDocumentOutline(outline);
                document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
            }
            outline.addLast(item);
            section = item;
        }
    }

    /** Ends the page: what follows starts on a new one. */
    void pageBreak() {
        ensurePage();
        if (y < TOP) newPage();
    }

    /** The page being written, counted from 1 (0 before the first). */
    int page() {
        return document.getNumberOfPages();
    }

    /**
     * A paragraph that links to {@code uri}: a reader's click anywhere on its lines opens it.
     */
    void linkedParagraph(String text, String uri, PDFont font, float size, Color colour) {
        ensurePage();
        float top = y;
        int pageBefore = document.getNumberOfPages();
        paragraph(text, font, size, colour);
        // A paragraph that moved to a new page starts at the top of it.
        if (document.getNumberOfPages() != pageBefore) top = TOP;
        float bottom = y + size * 0.6f;
        PDAnnotationLink link = new PDAnnotationLink();
        link.setRectangle(new PDRectangle(MARGIN, bottom, WIDTH, top - bottom));
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        PDActionURI action = new PDActionURI();
        action.setURI(uri);
        link.setAction(action);
        try {
            document.getPage(document.getNumberOfPages() - 1).getAnnotations().add(link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A heading kept together with at least three lines of what follows. */
    void heading(String text, float size) {
        ensurePage();
        List<String> lines = wrap(text, bold(), size, WIDTH);
        float height = lines.size() * size * LEADING;
        if (y != TOP) space(size * 0.8f);
        needs(height + 3 * 10.5f * LEADING);
        writeLines(lines, bold(), size, MARGIN, TEXT);
        y -= size * 0.35f;
    }

    /**
     * A paragraph, wrapped to the text width. It breaks across pages only where each part keeps
     * at least two lines (no single line left behind or carried over).
     */
    void paragraph(String text, PDFont font, float size, Color colour) {
        ensurePage();
        List<String> lines = wrap(text, font, size, WIDTH);
        float line = size * LEADING;
        int fitting = (int) Math.floor((y - BOTTOM) / line);
        if (fitting < lines.size() && (fitting < 2 || lines.size() - fitting < 2)) newPage();
        for (String l : lines) {
            needs(line);
            writeLines(List.of(l), font, size, MARGIN, colour);
        }
        y -= size * 0.6f;
    }

    /** Starts a new page unless {@code height} points are left on this one. */
    void keepSpace(float height) {
        ensurePage();
        needs(height);
    }

    /** Height a figure of the given form size takes with a caption of {@code captionLines} lines. */
    static float figureHeight(float formWidth, float formHeight, int captionLines, float size) {
        return formHeight * (WIDTH * FIGURE_SHARE / formWidth) + 6 + captionLines * size * LEADING + size * 1.4f;
    }

    /**
     * The key judgments: a heading and bulleted items on a tinted band with a coloured bar at its
     * left, kept on one page; each item's later lines hang under its first word.
     */
    void judgments(String heading, List<String> items, float size) {
        ensurePage();
        float inset = 12;
        float bullet = width("•  ", regular(), size);
        List<List<String>> wrapped = new ArrayList<>();
        int lineCount = 1;
        for (String item : items) {
            List<String> lines = wrap(item, regular(), size, WIDTH - 2 * inset - bullet);
            wrapped.add(lines);
            lineCount += lines.size();
        }
        float height = lineCount * size * LEADING + items.size() * size * 0.35f + 2 * 8;
        needs(height + 6);
        try {
            content.setNonStrokingColor(HIGHLIGHT);
            content.addRect(MARGIN, y - height, WIDTH, height);
            content.fill();
            content.setNonStrokingColor(ACCENT);
            content.addRect(MARGIN, y - height, 5, height);
            content.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= 8;
        writeLines(List.of(printable(heading, bold())), bold(), size, MARGIN + inset, TEXT);
        for (List<String> lines : wrapped) {
            y -= size * 0.35f;
            text("•", regular(), size, MARGIN + inset, y - size, ACCENT);
            writeLines(lines, regular(), size, MARGIN + inset + bullet, TEXT);
        }
        y -= 8 + 8;
    }

    /**
     * A table: columns take the given shares of the text width; the header row (if any) is bold
     * on grey and repeats at the top of each page the table runs on to.
     */
    void table(float[] shares, List<String> header, List<Row> rows, float size) {
        ensurePage();
        float[] widths = new float[shares.length];
        for (int i = 0; i < shares.length; i++) widths[i] = shares[i] * WIDTH;
        Row head = header.isEmpty() ? null : new Row(header, true);
        if (head != null) {
            needs(height(head, widths, size) + height(rows.isEmpty() ? head : rows.get(0), widths, size));
            row(head, widths, size, true);
        }
        for (Row row : rows) {
            List<List<String>> cells = cellLines(row, widths, size);
            int lines = lineCount(cells);
            if (y - rowHeight(lines, size) < BOTTOM) {
                newPage();
                if (head != null) row(head, widths, size, true);
            }
            // A row taller than a page (a very long source comment) runs on over as many pages as it
            // needs, rather than past the foot of this one.
            int from = 0;
            while (true) {
                float room = y - BOTTOM - 2 * CELL_PADDING + (LEADING - 1) * size;
                int fitting = (int) Math.floor(room / (size * LEADING));
                int to = Math.min(lines, from + Math.max(1, fitting));
                row(cells, from, to, row.bold(), widths, size, false);
                if (to == lines) break;
                newPage();
                if (head != null) row(head, widths, size, true);
                from = to;
            }
        }
        y -= size * 0.8f;
    }

    /**
     * A figure, centred at {@link #FIGURE_SHARE} of the text width so that two fit on a page, with
     * its caption under it; both on one page.
     */
    void figure(PDFormXObject form, float formWidth, float formHeight, String caption, float size) {
        figure(form, formWidth, formHeight, caption, size, FIGURE_SHARE);
    }

    /** A figure {@code share} of the text width wide, centred, with its caption below. */
    void figure(PDFormXObject form, float formWidth, float formHeight, String caption, float size, float share) {
        ensurePage();
        float width = WIDTH * share;
        float left = MARGIN + (WIDTH - width) / 2;
        float scale = width / formWidth;
        float height = formHeight * scale;
        List<String> lines = wrap(caption, regular(), size, width);
        needs(height + 6 + lines.size() * size * LEADING);
        try {
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(left, y - height));
            content.transform(Matrix.getScaleInstance(scale, scale));
            content.drawForm(form);
            content.restoreGraphicsState();
            content.setStrokingColor(RULE);
            content.setLineWidth(0.5f);
            content.addRect(left, y - height, width, height);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= height + 6;
        writeLines(lines, regular(), size, left, TEXT);
        y -= size * 1.4f;
    }

    /** Closes the last page and writes "page i of n" and {@code footer} at the foot of every page. */
    void finish(String footer) {
        closeContent();
        int pages = document.getNumberOfPages();
        for (int i = 0; i < pages; i++) {
            PDPage page = document.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float size = 8;
                String left = printable(footer, regular());
                String right = "page " + (i + 1) + " of " + pages;
                foot.setNonStrokingColor(MUTED);
                foot.beginText();
                foot.setFont(regular(), size);
                foot.newLineAtOffset(MARGIN, MARGIN - 16);
                foot.showText(left);
                foot.endText();
                foot.beginText();
                foot.newLineAtOffset(MARGIN + WIDTH - width(right, regular(), size), MARGIN - 16);
                foot.showText(right);
                foot.endText();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void row(Row row, float[] widths, float size, boolean header) {
        List<List<String>> cells = cellLines(row, widths, size);
        row(cells, 0, lineCount(cells), row.bold(), widths, size, header);
    }

    /** Lines {@code from} (inclusive) to {@code to} (exclusive) of a row's wrapped cells. */
    private void row(List<List<String>> cells, int from, int to, boolean bold, float[] widths, float size,
                     boolean header) {
        PDFont font = bold ? bold() : regular();
        float h = rowHeight(to - from, size);
        try {
            if (header) {
                content.setNonStrokingColor(HEADER_FILL);
                content.addRect(MARGIN, y - h, WIDTH, h);
                content.fill();
            }
            float x = MARGIN;
            for (int c = 0; c < widths.length; c++) {
                List<String> lines = cells.get(c);
                float lineY = y - CELL_PADDING - size;
                for (int i = from; i < Math.min(to, lines.size()); i++) {
                    text(lines.get(i), font, size, x + CELL_PADDING, lineY, TEXT);
                    lineY -= size * LEADING;
                }
                x += widths[c];
            }
            content.setStrokingColor(header ? MUTED : RULE);
            content.setLineWidth(header ? 0.8f : 0.5f);
            content.moveTo(MARGIN, y - h);
            content.lineTo(MARGIN + WIDTH, y - h);
            content.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y -= h;
    }

    private float height(Row row, float[] widths, float size) {
        return rowHeight(lineCount(cellLines(row, widths, size)), size);
    }

    private static float rowHeight(int lines, float size) {
        return lines * size * LEADING + 2 * CELL_PADDING - (LEADING - 1) * size;
    }

    /** Each cell's wrapped lines, one list per column (empty text for a missing cell). */
    private List<List<String>> cellLines(Row row, float[] widths, float size) {
        PDFont font = row.bold() ? bold() : regular();
        List<List<String>> cells = new ArrayList<>();
        for (int c = 0; c < widths.length; c++) {
            String cell = c < row.cells().size() ? row.cells().get(c) : "";
            cells.add(wrap(cell, font, size, widths[c] - 2 * CELL_PADDING));
        }
        return cells;
    }

    private static int lineCount(List<List<String>> cells) {
        int lines = 1;
        for (List<String> cell : cells) lines = Math.max(lines, cell.size());
        return lines;
    }

    private void writeLines(List<String> lines, PDFont font, float size, float x, Color colour) {
        for (String line : lines) {
            text(line, font, size, x, y - size, colour);
            y -= size * LEADING;
        }
    }

    private void text(String line, PDFont font, float size, float x, float baseline, Color colour) {
        try {
            content.setNonStrokingColor(colour);
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(line);
            content.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page when less than {@code height} points are left on this one. */
    private void needs(float height) {
        if (y - height < BOTTOM && y < TOP) newPage();
    }

    private void ensurePage() {
        if (content == null) newPage();
    }

    private void newPage() {
        closeContent();
        PDPage page = new PDPage(PAGE);
        document.addPage(page);
        try {
            content = new PDPageContentStream(document, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = TOP;
    }

    private void closeContent() {
        if (content != null) {
            try {
                content.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            content = null;
        }
    }

    /**
     * Greedy word wrap; a word wider than the line (a hash, a long path) is broken between
     * characters, after its last '.', '/', '-' or '_' that fits when it has one. Each character's
     * width is looked up once per font and summed along the line, so the time grows with the
     * length of the text, not with its square (a 20,000-character word took minutes when every
     * candidate line was measured afresh).
     */
    List<String> wrap(String text, PDFont font, float size, float width) {
        String clean = printable(text, font);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        float lineUnits = 0;
        float space = advance(font, ' ');
        for (String word : clean.split(" ")) {
            if (word.isEmpty()) continue;
            int[] characters = word.codePoints().toArray();
            float[] advances = new float[characters.length];
            // summed in the order PDFont.getStringWidth sums, so that a line fits exactly when width() says so
            float units = line.isEmpty() ? 0 : lineUnits + space;
            for (int i = 0; i < characters.length; i++) {
                advances[i] = advance(font, characters[i]);
                units += advances[i];
            }
            if (fits(units, size, width)) {
                if (!line.isEmpty()) line.append(' ');
                line.append(word);
                lineUnits = units;
                continue;
            }
            if (!line.isEmpty()) lines.add(line.toString());
            int start = 0;
            while (true) {
                int fitting = 0;
                int soft = -1;
                float prefix = 0;
                for (int i = start; i < characters.length && fits(prefix + advances[i], size, width); i++) {
                    prefix += advances[i];
                    fitting++;
                    int c = characters[i];
                    if (i > start && (c == '.' || c == '/' || c == '-' || c == '_')) soft = i;
                }
                if (start + fitting == characters.length) {
                    line.setLength(0);
                    line.append(new String(characters, start, characters.length - start));
                    lineUnits = prefix;
                    break;
                }
                // Prefer to break a dotted path or a hyphenated word after its last '.', '/', '-' or '_' that fits.
                int end = soft > 0 && soft < start + fitting - 1 ? soft + 1 : start + Math.max(1, fitting);
                if (end == characters.length) {
                    // one character wider than the line on its own: it gets a line regardless
                    line.setLength(0);
                    line.append(new String(characters, start, end - start));
                    lineUnits = advances[start];
                    break;
                }
                lines.add(new String(characters, start, end - start));
                start = end;
            }
        }
        if (!line.isEmpty() || lines.isEmpty()) lines.add(line.toString());
        return lines;
    }

    private static boolean fits(float units, float size, float width) {
        return units / 1000f * size <= width;
    }

    /** The advance width of one character, in glyph-space units (1/1000 of the font size). */
    private float advance(PDFont font, int codePoint) {
        return advances.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, c -> {
            try {
                return font.getStringWidth(new String(Character.toChars(c)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    static float width(String text, PDFont font, float size) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with white space made plain and characters the font lacks replaced by "?". */
    String printable(String text, PDFont font) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                out.append(' ');
            } else if (known.computeIfAbsent(cp, c -> encodable(font, c))) {
                out.appendCodePoint(cp);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean encodable(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
