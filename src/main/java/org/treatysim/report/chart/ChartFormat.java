package org.treatysim.report.chart;

/** The file formats charts are exported to. */
public enum ChartFormat {
    /** Bitmap for slides and word processors: 2,000 px wide, tagged 300 dpi. */
    PNG("png"),
    /** Vector for the web and for editing; text stays text. */
    SVG("svg"),
    /** Vector for print, with the DejaVu fonts embedded. */
    PDF("pdf");

    private final String extension;

    ChartFormat(String extension) {
        this.extension = extension;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }
}
