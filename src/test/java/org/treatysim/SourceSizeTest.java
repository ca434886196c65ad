package org.treatysim;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The size limits of the packages that grow with every command and scenario key: no source file
 * of the scenario loader or the command line over {@value #MAX_FILE_LINES} lines, and no method or
 * constructor there over {@value #MAX_METHOD_LINES} lines, from its first line after its
 * annotations to its closing brace. A file or method over the limit is named with its length.
 *
 * <p>The methods are found in the source text: a body whose header (the text since the previous
 * {@code ;}, <code>{</code> or <code>}</code>, comments and literals left out) ends with a
 * parameter list, or is a record's compact constructor, and is neither a statement ({@code if},
 * {@code for}, {@code try}, ...), a lambda nor an anonymous class. {@link #measuresItsOwnFixture}
 * checks the finder on a text whose methods' lengths are known.
 */
class SourceSizeTest {
    static final int MAX_FILE_LINES = 500;
    static final int MAX_METHOD_LINES = 60;

    private static final Path MAIN = Path.of("src/main/java/org/treatysim");
    private static final Pattern STATEMENT = Pattern.compile(
            "^(?:}\\s*)?(?:else\\s+)?(?:if|for|while|switch|catch|synchronized|try|do)\\b.*", Pattern.DOTALL);
    private static final Pattern COMPACT_CONSTRUCTOR = Pattern.compile("^(?:public |protected |private )?[A-Z]\\w*$");

    /** A method's name line and its length in lines. */
    record Method(String name, int firstLine, int lines) { }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"scenario", "cli"})
    void noFileOrMethodIsOverTheLimit(String pkg) throws IOException {
        List<String> over = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve(pkg))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                long lines = text.lines().count();
                if (lines > MAX_FILE_LINES) over.add(file + ": " + lines + " lines");
                for (Method m : methods(text)) {
                    if (m.lines() > MAX_METHOD_LINES) {
                        over.add(file + ":" + m.firstLine() + ": " + m.name() + " has " + m.lines() + " lines");
                    }
                }
            }
        }
        assertThat(over).as("files over %d lines and methods over %d in %s", MAX_FILE_LINES, MAX_METHOD_LINES, pkg)
                .isEmpty();
    }

    @Test
    void measuresItsOwnFixture() {
        String fixture = """
                class A {
                    /** Says { hello } in a comment, which does not count. */
                    @Override
                    public String toString() {
                        if (true) {
                            return "}{";
                        }
                        Runnable r = () -> {
                            System.out.println('{');
                        };
                        return new Object() {
                            @Override
                            public String toString() {
                                return "inner";
                            }
                        }.toString();
                    }

                    record R(int x) {
                        R {
                            if (x < 0) throw new IllegalArgumentException();
                        }
                    }

                    static <T> void many(T first,
                                         T second) throws Exception {
                        // } a comment brace
                    }
                }
                """;
        assertThat(methods(fixture)).containsExactly(
                new Method("toString", 13, 3),
                new Method("toString", 4, 14),
                new Method("R", 20, 3),
                new Method("many", 25, 4));
    }

    /** The methods and constructors of a source text, in the order their bodies close. */
    static List<Method> methods(String source) {
        String code = blankCommentsAndLiterals(source);
        List<Method> methods = new ArrayList<>();
        List<int[]> open = new ArrayList<>(); // per open brace: its header's first offset, or -1 when no method
        int headerStart = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '{') {
                String header = code.substring(headerStart, i).strip();
                open.add(new int[] {isMethod(header) ? firstLineAfterAnnotations(code, headerStart, i) : -1});
                headerStart = i + 1;
            } else if (c == '}') {
                int start = open.remove(open.size() - 1)[0];
                if (start >= 0) {
                    String header = code.substring(start, code.indexOf('{', start));
                    int paren = header.indexOf('(');
                    String beforeParen = (paren < 0 ? header : header.substring(0, paren)).strip();
                    String name = beforeParen.substring(beforeParen.lastIndexOf(' ') + 1);
                    methods.add(new Method(name, line(code, start), line(code, i) - line(code, start) + 1));
                }
                headerStart = i + 1;
            } else if (c == ';') {
                headerStart = i + 1;
            }
        }
        return methods;
    }

    private static boolean isMethod(String header) {
        if (header.isEmpty() || header.endsWith("->") || STATEMENT.matcher(header).matches()) return false;
        String withoutAnnotations = header.replaceAll("@\\w+(\\.\\w+)*(\\s*\\([^()]*\\))?", "").strip();
        if (COMPACT_CONSTRUCTOR.matcher(withoutAnnotations).matches()) return true;
        if (!withoutAnnotations.matches("(?s).*\\)(\\s*throws\\s+[\\w.,\\s<>]+)?")) return false;
        return !withoutAnnotations.matches("(?s).*\\b(new|record|class|interface|enum)\\s.*")
                && !withoutAnnotations.matches("(?s)^[\\w.]+\\s*\\(.*") // a call, e.g. an enum constant's body
                && withoutAnnotations.indexOf('(') > 0;
    }

    /** The offset of the first line of a header that is not an annotation. */
    private static int firstLineAfterAnnotations(String code, int headerStart, int brace) {
        int at = headerStart;
        while (at < brace) {
            int lineEnd = code.indexOf('\n', at);
            if (lineEnd < 0 || lineEnd > brace) lineEnd = brace;
            String line = code.substring(at, lineEnd).strip();
            if (!line.isEmpty() && !line.startsWith("@")) return at + (code.substring(at, lineEnd).length()
                    - code.substring(at, lineEnd).stripLeading().length());
            at = lineEnd + 1;
        }
        return headerStart;
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') line++;
        }
        return line;
    }

    /** The source with comments, strings, text blocks and character literals blanked, lines kept. */
    static String blankCommentsAndLiterals(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2) + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", i + 3) + 3;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                end = i + 1;
                while (source.charAt(end) != quote) end += source.charAt(end) == '\\' ? 2 : 1;
                end++;
            } else {
                out.append(source.charAt(i++));
                continue;
            }
            for (int k = i; k < end; k++) out.append(source.charAt(k) == '\n' ? '\n' : ' ');
            i = end;
        }
        return out.toString();
    }
}
