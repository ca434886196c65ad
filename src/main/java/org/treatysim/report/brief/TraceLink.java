package org.treatysim.report.brief;

import java.util.Objects;

/**
 * A link from the brief to the page of one run that {@code run --representative-traces} wrote
 * beside it, such as the run whose signing was the median one.
 *
 * @param href the page, relative to the brief (e.g. {@code traces/median-signing-run-812.html})
 * @param text what the link says (e.g. "The median signing: run 812")
 */
public record TraceLink(String href, String text) {
    public TraceLink {
        Objects.requireNonNull(href, "href");
        Objects.requireNonNull(text, "text");
    }
}
