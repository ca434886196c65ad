package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.treatysim.report.chart.PdfFonts;

/** The PDF flow layout on its own: wrapping, page breaks, repeated table headers, missing glyphs. */
class PdfLayoutTest {
    private static byte[] layOut(java.util.function.Consumer<PdfLayout> content) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfLayout layout = new PdfLayout(document, PdfFonts.load(document));
            content.accept(layout);
            layout.finish("footer");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    @Test
    void aLongTableRunsOnWithItsHeaderOnEveryPage() throws IOException {
        List<PdfLayout.Row> rows = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            rows.add(new PdfLayout.Row(List.of("events." + i + ".set.mediators.USA.engagement", "{ uniform: [0.2, 1.0] }",
                    "assumption: row " + i), false));
        }
        byte[] pdf = layOut(layout -> layout.table(new float[] {0.4f, 0.25f, 0.35f},
                List.of("Parameter", "Value or distribution", "Source"), rows, 8));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            assertThat(pages).isGreaterThan(5);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).contains("Value or distribution").contains("page " + page + " of " + pages);
            }
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            String all = stripper.getText(document).replaceAll("\\s+", "");
            for (int i = 0; i < 300; i++) assertThat(all).contains("events." + i + ".set.mediators.USA.engagement");
        }
    }

    @Test
    void aRowTallerThanAPageRunsOnOverPagesAboveTheFoot() throws IOException {
        String comment = "assumption: " + "c".repeat(20_000);
        List<PdfLayout.Row> rows = List.of(new PdfLayout.Row(List.of("parties.P1.ideal.a", "0", comment), false),
                new PdfLayout.Row(List.of("parties.P2.ideal.a", "1", "the row after"), false));
        byte[] pdf = layOut(layout -> layout.table(new float[] {0.4f, 0.25f, 0.35f},
                List.of("Parameter", "Value or distribution", "Source"), rows, 8));

        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<float[]> baselines = new ArrayList<>(); // page height, baseline from the top
            StringBuilder body = new StringBuilder();
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float fromBottom = p.getPageHeight() - p.getYDirAdj();
                        boolean foot = Math.abs(fromBottom - (PdfLayout.MARGIN - 16)) < 1;
                        if (!foot) {
                            assertThat(fromBottom).as("'%s' on page %d", p.getUnicode(), getCurrentPageNo())
                                    .isGreaterThanOrEqualTo(PdfLayout.BOTTOM);
                            body.append(p.getUnicode());
                        }
                    }
                }
            };
            stripper.getText(document);
            assertThat(document.getNumberOfPages()).isGreaterThan(2);
            assertThat(body.toString().replace("Source", "").chars().filter(c -> c == 'c').count())
                    .as("every character of the long cell, the repeated headers aside").isEqualTo(20_000);
            assertThat(body.toString()).contains("the row after");
        }
    }

    @Test
    void aCharacterTheFontLacksBecomesAQuestionMarkAndTheRestSurvives() throws IOException {
        byte[] pdf = layOut(layout -> layout.paragraph("Əliyev met Pashinyan; 中文 is not in DejaVu Sans.",
                layout.regular(), 10, PdfLayout.TEXT));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Əliyev met Pashinyan; ?? is not in DejaVu Sans.");
        }
    }

    @Test
    void wrappingBreaksBetweenWordsAndLongPathsAfterADot() throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfLayout layout = new PdfLayout(document, PdfFonts.load(document));
            float width = PdfLayout.width("mediators.USA.", layout.regular(), 10) + 1;
            assertThat(layout.wrap("mediators.USA.engagement", layout.regular(), 10, width))
                    .containsExactly("mediators.USA.", "engagement");
            List<String> words = layout.wrap("one two three four five six", layout.regular(), 10,
                    PdfLayout.width("one two three", layout.regular(), 10) + 1);
            assertThat(words).containsExactly("one two three", "four five six");
            assertThat(layout.wrap("", layout.regular(), 10, 100)).containsExactly("");
        }
    }

    @Test
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // measuring every prefix took minutes
    void aWordOfTwentyThousandCharactersBreaksIntoLinesThatFit() throws IOException {
        StringBuilder word = new StringBuilder();
        for (int i = 0; word.length() < 20_000; i++) word.append((char) ('a' + i % 26)).append(i % 7 == 0 ? "W" : "");
        String unbroken = word.substring(0, 20_000);
        String dotted = "parties.ARM." + unbroken.substring(0, 5_000) + "/x-y_z." + unbroken.substring(5_000, 9_000);
        try (PDDocument document = new PDDocument()) {
            PdfLayout layout = new PdfLayout(document, PdfFonts.load(document));
            for (float width : new float[] {PdfLayout.WIDTH, 90}) {
                for (String text : List.of(unbroken, dotted, "a title " + unbroken + " after it")) {
                    List<String> lines = layout.wrap(text, layout.bold(), 14, width);

                    assertThat(lines).hasSizeGreaterThan(10).allSatisfy(line -> assertThat(
                            PdfLayout.width(line, layout.bold(), 14)).as(line).isLessThanOrEqualTo(width));
                    assertThat(String.join("", lines).replace(" ", "")).as("nothing lost or added")
                            .isEqualTo(text.replace(" ", ""));
                    // greedy: the next line's first character would not have fitted on this one
                    for (int i = 0; i + 1 < lines.size(); i++) {
                        String next = lines.get(i + 1);
                        if (!text.contains(lines.get(i) + " ") && !lines.get(i).matches(".*[./_-]")) {
                            assertThat(PdfLayout.width(lines.get(i) + next.charAt(0), layout.bold(), 14))
                                    .isGreaterThan(width);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aParagraphLeavesNoSingleLineBehind() throws IOException {
        // Fill the page until all but one line of a paragraph fit: rather than carry a single line
        // over, the whole paragraph moves to the next page. Text height on A4: 841.89 − 56 − 70 = 715.89.
        String text = "first line ".repeat(30) + "LAST";
        byte[] pdf = layOut(layout -> {
            int lines = layout.wrap(text, layout.regular(), 10, PdfLayout.WIDTH).size();
            assertThat(lines).isGreaterThan(2);
            layout.space(715.89f - (lines - 0.5f) * 10 * 1.32f);
            layout.paragraph(text, layout.regular(), 10, PdfLayout.TEXT);
        });
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(document);
            assertThat(first).doesNotContain("first line");
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
    }
}
