package org.treatysim.report.brief;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.treatysim.report.chart.ChartExport;
import org.treatysim.report.chart.ChartStyle;
import org.treatysim.report.chart.PdfFonts;
import org.treatysim.stats.Provenance;

/** The brief as an A4 PDF: the same sections as the HTML page, charts drawn as vector graphics. */
final class PdfBrief {
    private static final float BODY = 9.5f;
    private static final float SMALL = 8.5f;

    /** The main chart's share of the text width on the first page, where it shares the page with the judgments. */
    private static final float MAIN_FIGURE_SHARE = 0.62f;
    /** The body's charts' share: small, beside the sentences they illustrate. */
    private static final float BODY_FIGURE_SHARE = 0.7f;

    private PdfBrief() { }

    private static void figure(PdfLayout out, PDDocument document, PdfFonts fonts, BriefView.FigureView figure,
                               float share) throws IOException {
        PDFormXObject form = ChartExport.pdfForm(figure.chart().chart(), document, fonts);
        out.figure(form, ChartStyle.WIDTH, ChartStyle.HEIGHT, "Figure " + figure.number() + ". " + figure.caption(), 9,
                share);
    }

    static byte[] render(BriefView view, Provenance provenance) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            PdfLayout out = new PdfLayout(document, fonts);
            // Page 1 stands alone: the key judgments, the main chart and what to watch.
            out.paragraph("Forecast brief · scenario " + view.scenario() + " · " + view.window(), out.regular(), 9,
                    PdfLayout.MUTED);
            out.heading(view.title(), 15);
            float judgmentsTop = out.position();
            out.judgments("Key judgments", view.keyJudgments(), 10);
            out.bookmark("Key judgments", false, judgmentsTop);
            out.paragraph(view.scaleNote(), out.regular(), 7.5f, PdfLayout.MUTED);
            BriefView.FigureView main = view.mainFigure();
            out.figure(ChartExport.pdfForm(main.chart().chart(), document, fonts), ChartStyle.WIDTH, ChartStyle.HEIGHT,
                    "Figure " + main.number() + ". " + main.caption(), 7.5f, MAIN_FIGURE_SHARE);
            out.bookmarkedHeading("What to watch", 11.5f, false);
            for (String signpost : view.signposts()) out.paragraph(signpost, out.regular(), 9, PdfLayout.TEXT);
            out.paragraph(view.signpostsNote(), out.regular(), 7.5f, PdfLayout.MUTED);
            out.pageBreak();

            // The body: what was observed since, the numbers, what drives them, and what the model leaves out.
            if (view.update().isPresent()) {
                out.bookmarkedHeading("Since the forecast", 13, false);
                out.paragraph(view.update().get(), out.regular(), BODY, PdfLayout.TEXT);
            }
            out.bookmarkedHeading("The forecast in numbers", 13, false);
            out.paragraph(view.headline(), out.bold(), BODY, PdfLayout.TEXT);
            if (!view.description().isEmpty()) out.paragraph(view.description(), out.regular(), BODY, PdfLayout.TEXT);
            out.paragraph(view.lead(), out.regular(), BODY, PdfLayout.TEXT);
            out.bookmarkedHeading("Probabilities at key dates", 11, true);
            List<PdfLayout.Row> keyRows = new ArrayList<>();
            for (BriefView.KeyDateRow row : view.keyDates()) {
                keyRows.add(new PdfLayout.Row(List.of(row.date(), row.textAgreed(), row.initialed(), row.signed()), row.headline()));
            }
            out.table(new float[] {0.28f, 0.24f, 0.24f, 0.24f}, List.of("By", "Text agreed", "Initialed", "Signed"),
                    keyRows, 9);
            out.paragraph(view.keyDatesNote(), out.regular(), SMALL, PdfLayout.MUTED);

            if (view.hasDeadlines()) {
                out.bookmarkedHeading("Deadlines", 11, true);
                for (BriefView.DeadlineView deadline : view.deadlines()) {
                    out.heading(deadline.heading(), 10);
                    List<PdfLayout.Row> rows = new ArrayList<>();
                    for (BriefView.DeadlineRow row : deadline.rows()) {
                        rows.add(new PdfLayout.Row(List.of(row.milestone(), row.byEnd(), row.after()), false));
                    }
                    out.table(new float[] {0.28f, 0.36f, 0.36f}, List.of("", deadline.byEndHeader(), deadline.afterHeader()),
                            rows, 9);
                    for (String sentence : deadline.sentences()) out.paragraph(sentence, out.regular(), BODY, PdfLayout.TEXT);
                }
            }
            if (view.referendum().isPresent()) {
                out.bookmarkedHeading("The referendum's role", 11, true);
                for (String sentence : view.referendum().get().sentences()) {
                    out.paragraph(sentence, out.regular(), BODY, PdfLayout.TEXT);
                }
            }
            if (view.hasWhatIfs()) {
                out.bookmarkedHeading("What if", 13, false);
                for (String whatIf : view.whatIfs()) out.paragraph(whatIf, out.regular(), BODY, PdfLayout.TEXT);
                out.paragraph(view.whatIfNote(), out.regular(), SMALL, PdfLayout.MUTED);
            }
            out.bookmarkedHeading("What drives the forecast", 13, false);
            if (!view.driversNote().isEmpty()) out.paragraph(view.driversNote(), out.regular(), SMALL, PdfLayout.MUTED);
            for (String driver : view.drivers()) out.paragraph(driver, out.regular(), BODY, PdfLayout.TEXT);
            for (BriefView.FigureView figure : view.bodyFigures()) figure(out, document, fonts, figure, BODY_FIGURE_SHARE);

            out.bookmarkedHeading("What the model does not capture", 13, false);
            for (String caveat : view.caveats()) out.paragraph("• " + caveat, out.regular(), SMALL, PdfLayout.TEXT);
            out.paragraph(view.readingNote(), out.regular(), SMALL, PdfLayout.MUTED);

            // The annex: the evidence behind the body.
            out.pageBreak();
            out.bookmarkedHeading("Annex A. Further charts", 13, false);
            for (BriefView.FigureView figure : view.annexFigures()) figure(out, document, fonts, figure, PdfLayout.FIGURE_SHARE);

            out.pageBreak();
            out.bookmarkedHeading("Annex B. Assumptions", 13, false);
            if (view.hasAssumptions()) {
                for (BriefView.AssumptionGroup group : view.assumptions()) {
                    out.bookmarkedHeading(group.heading(), 10.5f, true);
                    List<PdfLayout.Row> rows = new ArrayList<>();
                    for (BriefView.AssumptionRow a : group.rows()) {
                        rows.add(new PdfLayout.Row(List.of(a.label(), a.value(),
                                a.source().isEmpty() ? "no source given" : a.source()), false));
                    }
                    out.table(new float[] {0.34f, 0.26f, 0.40f}, List.of("Parameter", "Value or distribution", "Source"),
                            rows, 8);
                }
            } else {
                out.paragraph("No assumptions were supplied with these results.", out.regular(), SMALL, PdfLayout.MUTED);
            }
            if (view.hasSources()) {
                out.bookmarkedHeading("Annex C. Sources cited", 13, false);
                for (BriefView.SourceView source : view.sources()) {
                    String text = source.tag() + " " + source.citation();
                    if (source.hasLink()) {
                        out.linkedParagraph(text + " " + source.link(), source.link(), out.regular(), SMALL, PdfLayout.TEXT);
                    } else {
                        out.paragraph(text, out.regular(), SMALL, PdfLayout.TEXT);
                    }
                }
            }

            out.bookmarkedHeading(view.hasSources() ? "Annex D. Provenance" : "Annex C. Provenance", 13, false);
            List<PdfLayout.Row> rows = new ArrayList<>();
            for (BriefView.Entry entry : view.provenance()) rows.add(new PdfLayout.Row(List.of(entry.name(), entry.value()), false));
            out.table(new float[] {0.28f, 0.72f}, List.of(), rows, 8.5f);
            out.finish("treatysim forecast brief · " + view.scenario() + " · " + view.runs() + " runs");

            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Forecast brief: " + view.title());
            info.setSubject(view.headline());
            info.setCreator("treatysim " + provenance.version());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(provenance.createdAt().toEpochMilli());
            info.setCreationDate(created);
            StringBuilder content = new StringBuilder(view.headline()).append('\n').append(view.lead());
            view.keyJudgments().forEach(j -> content.append('\n').append(j));
            view.signposts().forEach(j -> content.append('\n').append(j));
            view.drivers().forEach(j -> content.append('\n').append(j));
            view.provenance().forEach(e -> content.append('\n').append(e.value()));
            view.figures().forEach(f -> content.append('\n').append(f.caption()));
            view.assumptions().forEach(g -> g.rows().forEach(a -> content.append('\n').append(a).append('\n')));
            ChartExport.fixDocumentId(document, content.toString().getBytes(StandardCharsets.UTF_8));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the PDF brief", e);
        }
    }
}
