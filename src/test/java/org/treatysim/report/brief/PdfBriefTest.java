package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysim.report.chart.SummaryFixtures;

/** brief.pdf read back with PDFBox: its text, its fonts and its pages. */
class PdfBriefTest {
    private static byte[] pdf;
    private static BriefView view;

    @BeforeAll
    static void render() throws IOException {
        BriefInput input = BriefFixtures.baseline();
        view = BriefView.of(input);
        pdf = Brief.render(input).pdf();
        Path dir = Path.of("target", "brief-check");
        Files.createDirectories(dir);
        Files.write(dir.resolve("brief.pdf"), pdf);
    }

    private static String text(PDDocument document) throws IOException {
        // PDFBox ends lines where the layout wrapped them: join them back for phrase searches.
        return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
    }

    @Test
    void theTextHoldsTheHeadlineAndNonAsciiNamesIntact() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains(view.headline()).contains("Armenia–Azerbaijan").contains("Azərbaycan–Hayastan")
                    .contains("İlham Əliyev").contains("restated < 2024-09");
            assertThat(text).contains("Probabilities at key dates").contains("COP29, Baku (11–22 Nov 2024)")
                    .contains("The referendum's role").contains("Assumptions").contains("Provenance");
            for (Assumption a : BriefFixtures.ASSUMPTIONS) {
                assertThat(text.replaceAll("\\s+", " ")).contains(BriefFixtures.NAMES.parameter(a.path())).doesNotContain(a.path());
            }
            // the charts are vector graphics: their titles and labels are text too
            assertThat(text).contains("Chance that the treaty is signed by each date")
                    .contains("New US administration (20 Jan 2025)").contains("Agreed value: 0 = Armenia's ideal, 1 = Azerbaijan's ideal");
            assertThat(text).contains(SummaryFixtures.baseline().summary().provenance().scenarioSha256());
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Forecast brief: " + SummaryFixtures.TITLE);
        }
    }

    /** The text of one page, white space made single spaces. */
    private static String pageText(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    /** The outline's top-level titles and, for each, the page it opens (from 1). */
    static java.util.Map<String, Integer> bookmarks(PDDocument document) throws IOException {
        java.util.Map<String, Integer> pages = new java.util.LinkedHashMap<>();
        for (org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem item
                : document.getDocumentCatalog().getDocumentOutline().children()) {
            org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination where =
                    (org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination) item.getDestination();
            pages.put(item.getTitle(), document.getPages().indexOf(where.getPage()) + 1);
        }
        return pages;
    }

    @Test
    void pageOneStandsAloneTheBodyTakesAtMostFourPagesAndTheAnnexFollows() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int pages = document.getNumberOfPages();
            String first = pageText(document, 1);
            // Page 1: the key judgments, the main chart (the one chart on it) and what to watch.
            for (String judgment : view.keyJudgments()) assertThat(first).contains(judgment);
            assertThat(first).contains("Figure 1. ").contains("What to watch").contains(view.signpostsNote());
            assertThat(forms(document.getPage(0).getResources())).hasSize(1);

            java.util.Map<String, Integer> bookmarks = bookmarks(document);
            assertThat(bookmarks.keySet()).containsExactly("Key judgments", "What to watch", "The forecast in numbers",
                    "What drives the forecast", "What the model does not capture", "Annex A. Further charts",
                    "Annex B. Assumptions", "Annex C. Provenance");
            assertThat(bookmarks.get("Key judgments")).isEqualTo(1);
            assertThat(bookmarks.get("What to watch")).isEqualTo(1);
            assertThat(bookmarks.get("The forecast in numbers")).isEqualTo(2);
            int annex = bookmarks.get("Annex A. Further charts");
            assertThat(annex - 2).as("pages of the body").isBetween(1, 4);
            assertThat(pageText(document, annex - 1)).doesNotContain("Annex");
            assertThat(pageText(document, annex)).startsWith("Annex A. Further charts");
            for (int page = 1; page <= pages; page++) assertThat(pageText(document, page)).contains("page " + page + " of " + pages);
            // The sections of the body are nested under their parts, the assumptions' groups under the annex.
            assertThat(document.getDocumentCatalog().getDocumentOutline().children()).filteredOn(
                    i -> i.getTitle().equals("The forecast in numbers")).singleElement()
                    .satisfies(i -> assertThat(i.children()).extracting(c -> c.getTitle())
                            .containsExactly("Probabilities at key dates", "Deadlines", "The referendum's role"));
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.api.Assertions.within(0.01f));
        }
    }

    @Test
    void theSameInputGivesTheSameBytesAlsoWhenBothFilesAreMadeTogether() {
        Brief.Files both = Brief.render(BriefFixtures.baseline());
        assertThat(both.pdf()).isEqualTo(pdf);
        assertThat(new String(both.html(), java.nio.charset.StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>")
                .contains("P(treaty signed by 31 Dec 2025) &#61; ");
    }

    @Test
    void everyFontIsAnEmbeddedDejaVuSubset() throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) fonts.addAll(fonts(page.getResources()));
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+DejaVuSans(-Bold)?");
            });
        }
    }

    private static List<PDFormXObject> forms(PDResources resources) throws IOException {
        List<PDFormXObject> forms = new ArrayList<>();
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDFormXObject form) forms.add(form);
        }
        return forms;
    }

    private static List<PDFont> fonts(PDResources resources) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : resources.getFontNames()) fonts.add(resources.getFont(name));
        for (PDFormXObject form : forms(resources)) {
            if (form.getResources() != null) fonts.addAll(fonts(form.getResources()));
        }
        return fonts;
    }
}
