package org.treatysim.report.chart;

/** The file formats charts are exported to. */
public enum ChartFormat {
    /** Bitmap for slides and word processors: 2,000 px wide, tagged 300 dpi. */
    PNG("png", "image/png"),
    /** Vector for the web and for editing; text stays text. */
    SVG("svg", "image/svg+xml"),
    /** Vector for print, with the DejaVu fonts embedded. */
    PDF("pdf", "application/pdf");

    private final String extension;
    private final String mediaType;

    ChartFormat(String extension, String mediaType) {
        this.extension = extension;
        this.mediaType = mediaType;
    }

    /** File name extension, without the dot. */
    public String extension() {
        return extension;
    }

    /** The IANA media type. */
    public String mediaType() {
        return mediaType;
    }
}
