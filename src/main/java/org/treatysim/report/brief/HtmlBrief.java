package org.treatysim.report.brief;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * The brief as one HTML file from {@code brief.html.mustache} (with its stylesheet, {@code style.mustache}, as a partial):
 * charts inline as SVG, CSS inline, no scripts, no fonts or images fetched from anywhere. Text
 * values are HTML-escaped by mustache; only the SVG the charts produce is inserted as markup.
 */
final class HtmlBrief {
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("org/treatysim/report/brief");

    private HtmlBrief() { }

    static byte[] render(BriefView view, String version) {
        Mustache page = TEMPLATES.compile("brief.html.mustache");
        StringWriter out = new StringWriter();
        page.execute(out, Map.of("view", view, "version", version));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
