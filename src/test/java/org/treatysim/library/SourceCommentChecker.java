package org.treatysim.library;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.scanner.ScannerImpl;
import org.yaml.snakeyaml.tokens.CommentToken;
import org.yaml.snakeyaml.tokens.ScalarToken;
import org.yaml.snakeyaml.tokens.Token;

/**
 * Checks the library's sourcing rule on one scenario file: every value that is a number, a date
 * or a boolean carries a source comment, either at the end of its own line or as the block of
 * full-line comments that ends on the line just above it; and a source comment cites at least
 * one known id in square brackets ({@code [F-cop29]}, {@code [L-nash1950]}) or says
 * {@code assumption:} and why.
 *
 * <p>Positions and comments come from SnakeYAML's scanner with comment processing on. The
 * scanner rather than the parser is used because SnakeYAML's parser rejects comments inside
 * multi-line flow collections, which are legal YAML and which the scenario loader accepts.
 * Working on tokens also means a {@code #} inside a quoted string or a block scalar is never
 * mistaken for a comment.
 */
final class SourceCommentChecker {

    /**
     * A cited id: {@code [F-...]} for the library's facts, {@code [C-...]} for the corpus cases'
     * facts, or {@code [L-...]} for literature.
     */
    static final Pattern CITATION = Pattern.compile("\\[([FLC]-[a-z0-9]+(?:-[a-z0-9]+)*)]");

    /** An assumption names itself and says something after the colon. */
    private static final Pattern ASSUMPTION = Pattern.compile("\\bassumption:\\s*\\S");

    private static final Resolver RESOLVER = new Resolver();

    private final Set<String> knownIds;

    /** @param knownIds the ids defined in docs/sources.md, without brackets */
    SourceCommentChecker(Set<String> knownIds) {
        this.knownIds = Set.copyOf(knownIds);
    }

    /** One breach of the rule, at a 1-based line of the file. */
    record Problem(String file, int line, String message) {
        @Override
        public String toString() {
            return file + ":" + line + ": " + message;
        }
    }

    /** A scalar value that needs a source: its 1-based line and its text. */
    record SourcedValue(int line, String text) { }

    /** What a scan found: the values needing sources, and the comments by 1-based line. */
    record Scan(List<SourcedValue> values, TreeMap<Integer, String> inlineComments,
                TreeMap<Integer, String> blockComments) { }

    /** Checks one file's text; {@code file} only labels the problems. */
    List<Problem> check(String file, String yaml) {
        Scan scan = scan(yaml);
        List<Problem> problems = new ArrayList<>();
        for (SourcedValue value : scan.values()) {
            String comment = commentFor(scan, value.line());
            if (comment == null) {
                problems.add(new Problem(file, value.line(),
                        "value " + value.text() + " has no source or assumption comment on its line or the line above"));
            } else if (!isSourceComment(comment)) {
                problems.add(new Problem(file, value.line(), "the comment for value " + value.text()
                        + " neither cites an id like [F-...], [C-...] or [L-...] nor says 'assumption:' and why: #" + comment));
            }
        }
        List<Integer> commentLines = new ArrayList<>(scan.inlineComments().keySet());
        commentLines.addAll(scan.blockComments().keySet());
        commentLines.sort(null);
        for (int line : commentLines) {
            String text = scan.inlineComments().containsKey(line)
                    ? scan.inlineComments().get(line) : scan.blockComments().get(line);
            for (String id : citedIds(text)) {
                if (!knownIds.contains(id)) {
                    problems.add(new Problem(file, line, "cites [" + id + "], which docs/sources.md does not list"));
                }
            }
        }
        return problems;
    }

    /** The ids cited anywhere in a file's comments, in order of first appearance. */
    static Set<String> citedIdsInFile(String yaml) {
        Scan scan = scan(yaml);
        Set<String> ids = new LinkedHashSet<>();
        TreeMap<Integer, String> all = new TreeMap<>(scan.blockComments());
        all.putAll(scan.inlineComments());
        for (String comment : all.values()) {
            ids.addAll(citedIds(comment));
        }
        return ids;
    }

    static Set<String> citedIds(String comment) {
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = CITATION.matcher(comment);
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    static boolean isSourceComment(String comment) {
        return CITATION.matcher(comment).find() || ASSUMPTION.matcher(comment).find();
    }

    /**
     * The comment that documents a value on {@code line}: the one at the end of that line, else
     * the block of full-line comments ending on the line above (joined), else null.
     */
    static String commentFor(Scan scan, int line) {
        String inline = scan.inlineComments().get(line);
        if (inline != null) {
            return inline;
        }
        if (!scan.blockComments().containsKey(line - 1)) {
            return null;
        }
        StringBuilder block = new StringBuilder();
        for (int above = line - 1; scan.blockComments().containsKey(above); above--) {
            block.insert(0, scan.blockComments().get(above) + "\n");
        }
        return block.toString();
    }

    /**
     * Tokenises the text. A malformed file throws SnakeYAML's exception with its position: the
     * scanner alone catches only lexical errors, so the text is first composed in full (with
     * comments off, as the scenario loader reads it).
     */
    static Scan scan(String yaml) {
        new Yaml().compose(new StringReader(yaml));
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        ScannerImpl scanner = new ScannerImpl(new StreamReader(yaml), options);
        List<SourcedValue> values = new ArrayList<>();
        TreeMap<Integer, String> inline = new TreeMap<>();
        TreeMap<Integer, String> block = new TreeMap<>();
        Token previous = null;
        while (!scanner.checkToken(Token.ID.StreamEnd)) {
            Token token = scanner.getToken();
            int line = token.getStartMark().getLine() + 1;
            if (token instanceof CommentToken comment) {
                if (comment.getCommentType() == CommentType.IN_LINE) {
                    inline.merge(line, comment.getValue(), (a, b) -> a + " " + b);
                } else if (comment.getCommentType() == CommentType.BLOCK) {
                    block.put(line, comment.getValue());
                }
                continue;
            }
            boolean isKey = previous != null && previous.getTokenId() == Token.ID.Key;
            if (token instanceof ScalarToken scalar && !isKey && needsSource(scalar)) {
                values.add(new SourcedValue(line, scalar.getValue()));
            }
            previous = token;
        }
        return new Scan(List.copyOf(values), inline, block);
    }

    /**
     * Numbers, dates and booleans need a source, whether written plain or quoted (the loader
     * may read a quoted "0.5" as a number). Block scalars are prose (descriptions).
     */
    private static boolean needsSource(ScalarToken scalar) {
        DumperOptions.ScalarStyle style = scalar.getStyle();
        if (style == DumperOptions.ScalarStyle.FOLDED || style == DumperOptions.ScalarStyle.LITERAL) {
            return false;
        }
        String tag = RESOLVER.resolve(org.yaml.snakeyaml.nodes.NodeId.scalar, scalar.getValue(), true).getValue();
        return tag.endsWith(":int") || tag.endsWith(":float") || tag.endsWith(":bool") || tag.endsWith(":timestamp");
    }
}
