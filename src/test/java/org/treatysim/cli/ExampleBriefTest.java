package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The committed example brief of the baseline (what {@code treatysim brief} draws, as
 * BriefCommandTest checks) read as a minister's office would: page 1 on its own, a short body,
 * the annex after it, bookmarks to every part and links that open.
 */
class ExampleBriefTest {
    private static String page(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(document).replaceAll("\\s+", " ");
    }

    private static Map<String, Integer> bookmarks(PDDocument document) throws IOException {
        Map<String, Integer> pages = new LinkedHashMap<>();
        for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
            pages.put(item.getTitle(), document.getPages().indexOf(((PDPageDestination) item.getDestination()).getPage()) + 1);
        }
        return pages;
    }

    @Test
    void pageOneHoldsTheJudgmentsTheMainChartAndTheSignpostsTheBodyAtMostFourPages() throws IOException {
        try (PDDocument document = Loader.loadPDF(BriefCommandTest.EXAMPLE.resolve("brief.pdf").toFile())) {
            String first = page(document, 1);
            assertThat(first).contains("Key judgments").contains("A signature by 31 Dec 2025 ").contains("10,000 runs")
                    .contains("Figure 1.").contains("What to watch").contains("If the text is agreed by ");
            Map<String, Integer> bookmarks = bookmarks(document);
            assertThat(bookmarks).containsEntry("Key judgments", 1).containsEntry("What to watch", 1)
                    .containsEntry("The forecast in numbers", 2);
            assertThat(bookmarks.keySet()).containsSubsequence("What drives the forecast", "What the model does not capture",
                    "Annex A. Further charts", "Annex B. Assumptions", "Annex C. Sources cited", "Annex D. Provenance");
            int annex = bookmarks.get("Annex A. Further charts");
            assertThat(annex - 2).as("pages of the body").isBetween(1, 4);
            assertThat(bookmarks.get("What the model does not capture")).isLessThan(annex);
        }
    }

    @Test
    void everyLinkOpensAWebAddressAndLiesOnItsPage() throws IOException {
        try (PDDocument document = Loader.loadPDF(BriefCommandTest.EXAMPLE.resolve("brief.pdf").toFile())) {
            List<String> uris = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (PDAnnotation annotation : page.getAnnotations()) {
                    if (!(annotation instanceof PDAnnotationLink link)) continue;
                    assertThat(link.getAction()).isInstanceOf(PDActionURI.class);
                    String uri = ((PDActionURI) link.getAction()).getURI();
                    assertThat(uri).matches("https://[a-z0-9.-]+\\.[a-z]{2,}(/\\S*)?");
                    assertThat(link.getRectangle().getLowerLeftY()).isGreaterThan(0);
                    assertThat(link.getRectangle().getUpperRightY()).isLessThan(page.getMediaBox().getHeight());
                    uris.add(uri);
                }
            }
            assertThat(uris).contains("https://azatutyun.am/amp/33114723.html").doesNotHaveDuplicates();
        }
    }
}
