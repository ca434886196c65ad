package org.treatysim.report.chart;

import java.io.IOException;
import java.io.InputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans and DejaVu Sans Bold loaded into one PDF document as embedded subsets (only the
 * glyphs used are stored), with a Unicode map so that text extracted from the PDF reads as
 * written. Shared by the chart exporter and the brief so that a document embeds each face once.
 *
 * @param regular DejaVu Sans
 * @param bold    DejaVu Sans Bold
 */
public record PdfFonts(PDType0Font regular, PDType0Font bold) {

    /** Loads both faces into {@code document}. */
    public static PdfFonts load(PDDocument document) throws IOException {
        try (InputStream regular = ReportFonts.regularFile(); InputStream bold = ReportFonts.boldFile()) {
            return new PdfFonts(PDType0Font.load(document, regular, true), PDType0Font.load(document, bold, true));
        }
    }
}
