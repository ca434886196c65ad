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

    @Test
    void sixPagesTextFirstThenTwoChartsAPageThenTheEndMatter() throws IOException {
        // Page 1: headline, key dates, COP29, most of the referendum section; page 2: its last
        // sentences, with no room left for two charts; pages 3 and 4: charts 1–4; page 5: chart 5
        // and the start of the assumptions; page 6: the rest of the end matter.
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(6);
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= 6; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("page " + page + " of 6");
                int forms = forms(document.getPage(page - 1).getResources()).size();
                assertThat(forms).as("charts on page %d", page).isEqualTo(switch (page) {
                    case 3, 4 -> 2;
                    case 5 -> 1;
                    default -> 0;
                });
            }
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
