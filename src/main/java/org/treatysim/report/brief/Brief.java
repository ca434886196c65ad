package org.treatysim.report.brief;

import org.treatysim.stats.Provenance;

/**
 * The policy brief of a forecast, as {@code brief.html} (self-contained) and {@code brief.pdf}.
 *
 * <p>Both say the same: the headline "P(treaty signed by 31 Dec 2025) = 0.xx (95% interval
 * 0.xx–0.xx, N runs)", the probabilities at the end of each year and at the horizon, what each
 * deadline did, the referendum's role, the sensitivity finding when there is one, the charts
 * with a caption each, the assumptions with their sources, and the provenance. Every probability
 * is shown with its 95% interval and the number of runs.
 *
 * <p>Rendering draws every chart once per call; a brief of five charts takes on the order of a
 * second on a warm JVM.
 */
public final class Brief {
    private Brief() { }

    /**
     * Both files of a brief.
     *
     * @param html {@code brief.html}, UTF-8
     * @param pdf  {@code brief.pdf}
     */
    public record Files(byte[] html, byte[] pdf) {
        public Files {
            html = html.clone();
            pdf = pdf.clone();
        }

        /** {@code brief.html}; a copy. */
        @Override
        public byte[] html() {
            return html.clone();
        }

        /** {@code brief.pdf}; a copy. */
        @Override
        public byte[] pdf() {
            return pdf.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Files f && java.util.Arrays.equals(html, f.html) && java.util.Arrays.equals(pdf, f.pdf);
        }

        @Override
        public int hashCode() {
            return 31 * java.util.Arrays.hashCode(html) + java.util.Arrays.hashCode(pdf);
        }

        @Override
        public String toString() {
            return "Brief.Files[html " + html.length + " bytes, pdf " + pdf.length + " bytes]";
        }
    }

    /** Both files, computing the figures and building the charts once. */
    public static Files render(BriefInput input) {
        BriefView view = BriefView.of(input);
        Provenance provenance = input.summary().provenance();
        return new Files(HtmlBrief.render(view, provenance.version()), PdfBrief.render(view, provenance));
    }
}
