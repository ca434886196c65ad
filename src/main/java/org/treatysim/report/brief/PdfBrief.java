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

    private PdfBrief() { }

    static byte[] render(BriefView view, Provenance provenance) {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(document);
            PdfLayout out = new PdfLayout(document, fonts);
            out.paragraph("Forecast brief · scenario " + view.scenario() + " · " + view.window(), out.regular(), 9,
                    PdfLayout.MUTED);
            out.heading(view.title(), 16);
            out.judgments("Key judgments", view.keyJudgments(), 10.5f);
            out.paragraph(view.scaleNote(), out.regular(), SMALL, PdfLayout.MUTED);
            out.paragraph(view.headline(), out.bold(), BODY, PdfLayout.TEXT);
            if (!view.description().isEmpty()) out.paragraph(view.description(), out.regular(), BODY, PdfLayout.TEXT);
            out.paragraph(view.lead(), out.regular(), BODY, PdfLayout.TEXT);

            out.heading("Probabilities at key dates", 13);
            List<PdfLayout.Row> keyRows = new ArrayList<>();
            for (BriefView.KeyDateRow row : view.keyDates()) {
                keyRows.add(new PdfLayout.Row(List.of(row.date(), row.textAgreed(), row.initialed(), row.signed()), row.headline()));
            }
            out.table(new float[] {0.28f, 0.24f, 0.24f, 0.24f}, List.of("By", "Text agreed", "Initialed", "Signed"),
                    keyRows, 9);
            out.paragraph(view.keyDatesNote(), out.regular(), SMALL, PdfLayout.MUTED);

            if (view.hasDeadlines()) {
                out.heading("Deadlines", 13);
                for (BriefView.DeadlineView deadline : view.deadlines()) {
                    out.heading(deadline.heading(), 11);
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
                out.heading("The referendum's role", 13);
                for (String sentence : view.referendum().get().sentences()) {
                    out.paragraph(sentence, out.regular(), BODY, PdfLayout.TEXT);
                }
            }
            if (view.sweep().isPresent()) {
                out.heading("What drives the forecast", 13);
                out.paragraph(view.sweep().get(), out.regular(), BODY, PdfLayout.TEXT);
            }

            // The charts start where two of them fit, so that they go two to a page.
            out.keepSpace(40 + 2 * PdfLayout.figureHeight(ChartStyle.WIDTH, ChartStyle.HEIGHT, 3, 9));
            out.heading("Charts", 13);
            for (BriefView.FigureView figure : view.figures()) {
                PDFormXObject form = ChartExport.pdfForm(figure.chart().chart(), document, fonts);
                out.figure(form, ChartStyle.WIDTH, ChartStyle.HEIGHT, "Figure " + figure.number() + ". " + figure.caption(),
                        9);
            }

            out.heading("Assumptions", 13);
            if (view.hasAssumptions()) {
                for (BriefView.AssumptionGroup group : view.assumptions()) {
                    out.heading(group.heading(), 10.5f);
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

            out.heading("Provenance", 13);
            List<PdfLayout.Row> rows = new ArrayList<>();
            for (BriefView.Entry entry : view.provenance()) rows.add(new PdfLayout.Row(List.of(entry.name(), entry.value()), false));
            out.table(new float[] {0.28f, 0.72f}, List.of(), rows, 8.5f);
            out.paragraph(view.readingNote(), out.regular(), SMALL, PdfLayout.MUTED);
            out.finish("treatysim forecast brief · " + view.scenario() + " · " + view.runs() + " runs");

            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle("Forecast brief: " + view.title());
            info.setSubject(view.headline());
            info.setCreator("treatysim " + provenance.version());
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.setTimeInMillis(provenance.createdAt().toEpochMilli());
            info.setCreationDate(created);
            StringBuilder content = new StringBuilder(view.headline()).append('\n').append(view.lead());
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
