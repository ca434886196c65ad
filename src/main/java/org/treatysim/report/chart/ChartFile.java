package org.treatysim.report.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One exported chart, ready to be written as {@code charts/<fileName()>}.
 *
 * @param name   the chart's name, e.g. {@code signed-by-date}: lower case, digits and '-'
 * @param format its format
 * @param bytes  the file's content (a copy is kept and handed out)
 */
public record ChartFile(String name, ChartFormat format, byte[] bytes) {
    public ChartFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(format, "format");
        bytes = bytes.clone();
    }

    /** The file name: name and extension, e.g. {@code signed-by-date.png}. */
    public String fileName() {
        return name + "." + format.extension();
    }

    /** The content; a copy. */
    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ChartFile f && name.equals(f.name) && format == f.format && Arrays.equals(bytes, f.bytes);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, format, Arrays.hashCode(bytes));
    }

    @Override
    public String toString() {
        return "ChartFile[" + fileName() + ", " + bytes.length + " bytes]";
    }
}
