package org.treatysim.report.brief;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;

/**
 * The brief's sentences, from the plain-text templates in
 * {@code org/treatysim/report/brief/sentences/<name>.mustache}. Values go in as written (no HTML
 * escaping: the same sentence is set in the PDF); the HTML page escapes them where it places them.
 * Line breaks and runs of spaces in a template collapse to single spaces, so templates can wrap.
 */
final class Sentences {
    private static final MustacheFactory PLAIN = new DefaultMustacheFactory("org/treatysim/report/brief/sentences") {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private Sentences() { }

    /** The sentence {@code name} with the values of {@code scope}; a value may be a String, Boolean or Optional. */
    static String render(String name, Map<String, ?> scope) {
        Mustache template = PLAIN.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        template.execute(out, scope);
        return out.toString().strip().replaceAll("\\s+", " ");
    }
}
