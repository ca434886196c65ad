package org.treatysim.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Turns the bytes of one file into a {@link YamlNode} tree, refusing what could hurt: files over
 * 1 MiB (refused unread), binary data and invalid UTF-8, nesting deeper than 64 levels, more than
 * a few aliases (the "billion laughs"), more than 100,000 values, several documents, explicit tags.
 *
 * <p>Works on SnakeYAML's event stream rather than its composer or Jackson's binding: events carry
 * the start of every key and value and the comments with their lines, and reading them one by
 * one lets these limits stop a hostile file early with a located message. Scalars stay text; the
 * binder types them by the key that holds them.
 */
final class YamlReader {
    /** Largest file read, in bytes. */
    static final int MAX_BYTES = 1 << 20;
    /** Deepest nesting of maps and lists. */
    static final int MAX_DEPTH = 64;
    /** Most aliases ({@code *name}) in one file. */
    static final int MAX_ALIASES = 10;
    /** Most values (scalars, maps, lists) in one file, counting each alias's expansion. */
    static final int MAX_VALUES = 100_000;

    private YamlReader() { }

    /**
     * What kind of file is read: it words the messages about the file as a whole (empty, too
     * large, several documents), so that an observations file is not called a scenario.
     */
    enum Document {
        /** A scenario file. */
        SCENARIO("a scenario: a map with the keys scenario, start, horizon, issues and parties",
                "one scenario per file", "a scenario is a few kilobytes of text"),
        /** An observations or outcomes file (for update and score). */
        OBSERVATIONS("observations: a map with the key observations, a list of { date, event, happened }",
                "one list of observations per file", "an observations file is a few kilobytes of text");

        private final String whole;
        private final String perFile;
        private final String size;

        Document(String whole, String perFile, String size) {
            this.whole = whole;
            this.perFile = perFile;
            this.size = size;
        }
    }

    /**
     * The tree of one file.
     *
     * @param root     the document's top value; null when the file could not be read into one
     * @param problems what was wrong (the tree may still be usable when only some keys were refused)
     */
    record Result(YamlNode root, List<Problem> problems) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    /** Reads a file's bytes, which must be UTF-8 (a byte-order mark is allowed). */
    static Result read(String file, byte[] bytes) {
        return read(file, bytes, Document.SCENARIO);
    }

    /** Reads a file's bytes of the given kind, which must be UTF-8 (a byte-order mark is allowed). */
    static Result read(String file, byte[] bytes, Document kind) {
        List<Problem> problems = new ArrayList<>();
        if (bytes.length > MAX_BYTES) {
            problems.add(Origin.startOf(file).problem("", tooBig(bytes.length, kind)));
            return new Result(null, problems);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                problems.add(at(file, lenientPrefix(bytes, i)).problem("",
                        "binary data: NUL byte at byte offset " + i + " (expected a UTF-8 text file)"));
                return new Result(null, problems);
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            int offset = in.position();
            out.flip();
            problems.add(at(file, out.toString()).problem("", String.format(Locale.ROOT,
                    "invalid UTF-8: byte 0x%02X at byte offset %d is not part of a valid character"
                            + " (expected a UTF-8 text file)", bytes[offset] & 0xFF, offset)));
            return new Result(null, problems);
        }
        out.flip();
        return parse(file, out.toString(), kind);
    }

    /** Reads text already in memory, with the same limits as for a file's bytes. */
    static Result read(String file, String text) {
        return read(file, text, Document.SCENARIO);
    }

    /** Reads text of the given kind already in memory, with the same limits as for a file's bytes. */
    static Result read(String file, String text, Document kind) {
        if (text.length() > MAX_BYTES || utf8Length(text) > MAX_BYTES) {
            return new Result(null, List.of(Origin.startOf(file).problem("", tooBig(utf8Length(text), kind))));
        }
        int nul = text.indexOf('\0');
        if (nul >= 0) {
            return new Result(null, List.of(at(file, text.substring(0, nul)).problem("",
                    "binary data: NUL character (expected text)")));
        }
        return parse(file, text, kind);
    }

    private static String tooBig(long bytes, Document kind) {
        return String.format(Locale.ROOT, "file is %.1f MiB, too large to read (expected at most 1 MiB;"
                + " %s)", bytes / (double) MAX_BYTES, kind.size);
    }

    private static long utf8Length(String text) {
        long length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) length += 1;
            else if (c < 0x800) length += 2;
            else if (Character.isHighSurrogate(c)) { length += 4; i++; }
            else length += 3;
        }
        return length;
    }

    private static String lenientPrefix(byte[] bytes, int end) {
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }

    /** The origin just after {@code prefix}, i.e. of the character that follows it. */
    private static Origin at(String file, String prefix) {
        return TextPositions.after(file, prefix);
    }

    private static Result parse(String file, String text, Document kind) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        TextPositions positions = new TextPositions(text);
        int control = firstControlCharacter(text);
        if (control >= 0) {
            // SnakeYAML refuses every other control character itself, but takes U+0085 (NEL) for a
            // line break, which no editor shows.
            return new Result(null, List.of(positions.at(file, text.codePointCount(0, control)).problem("",
                    String.format(Locale.ROOT, "control character U+%04X is not allowed (expected printable UTF-8"
                            + " text)", text.codePointAt(control)))));
        }
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        // The limits below are the composer's; this reader does not use the composer but enforces
        // the same limits itself (with positions). Set anyway so the parser never sees more.
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES + 1);
        Parser parser = new ParserImpl(new StreamReader(text), options);

        List<Problem> problems = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        Map<Integer, String> inline = new HashMap<>();
        Map<Integer, String> block = new HashMap<>();
        int depth = 0;
        int aliases = 0;
        int documents = 0;
        try {
            while (true) {
                Event event = parser.getEvent();
                Event.ID id = event.getEventId();
                if (id == Event.ID.Comment) {
                    CommentEvent comment = (CommentEvent) event;
                    int line = positions.at(file, comment.getStartMark().getIndex()).line();
                    if (comment.getCommentType() == CommentType.IN_LINE) {
                        inline.put(line, comment.getValue().trim());
                    } else if (comment.getCommentType() == CommentType.BLOCK) {
                        block.put(line, comment.getValue().trim());
                    }
                    continue;
                }
                if (id == Event.ID.DocumentStart && ++documents > 1) {
                    problems.add(positions.at(file, event.getStartMark().getIndex()).problem("", "a second YAML document"
                            + " (expected " + kind.perFile + "; remove this '---' and what follows)"));
                    return new Result(null, problems);
                }
                if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                    if (++depth > MAX_DEPTH) {
                        problems.add(positions.at(file, event.getStartMark().getIndex()).problem("", "nested more than "
                                + MAX_DEPTH + " levels deep; refused (expected at most " + MAX_DEPTH
                                + " levels of maps and lists)"));
                        return new Result(null, problems);
                    }
                } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                    depth--;
                } else if (id == Event.ID.Alias && ++aliases > MAX_ALIASES) {
                    problems.add(positions.at(file, event.getStartMark().getIndex()).problem("", "more than " + MAX_ALIASES
                            + " aliases (*name); alias expansion is refused beyond this limit to guard against"
                            + " the \"billion laughs\" attack (expected at most " + MAX_ALIASES
                            + " aliases; write the values out or use extends:)"));
                    return new Result(null, problems);
                }
                events.add(event);
                if (id == Event.ID.StreamEnd) {
                    break;
                }
            }
        } catch (MarkedYAMLException e) {
            Optional<Problem> unclosed = unclosedQuote(file, text, positions, e);
            if (unclosed.isPresent()) {
                problems.add(unclosed.get());
                return new Result(null, problems);
            }
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Origin origin = mark == null ? Origin.startOf(file) : positions.at(file, mark.getIndex());
            String context = e.getContext() == null ? "" : ", " + oneLine(e.getContext())
                    + (e.getContextMark() == null ? ""
                    : " started at line " + positions.at(file, e.getContextMark().getIndex()).line());
            problems.add(origin.problem("", "YAML syntax error: " + oneLine(e.getProblem()) + context
                    + " (expected valid YAML: check indentation, ':' after keys, quotes and brackets)"));
            return new Result(null, problems);
        } catch (ReaderException e) {
            int position = Math.min(e.getPosition(), text.codePointCount(0, text.length()));
            problems.add(positions.at(file, position).problem("", String.format(Locale.ROOT,
                    "character U+%04X is not allowed (expected printable UTF-8 text)", e.getCodePoint())));
            return new Result(null, problems);
        } catch (YAMLException e) {
            problems.add(Origin.startOf(file).problem("", "YAML error: " + oneLine(e.getMessage())
                    + " (expected valid YAML)"));
            return new Result(null, problems);
        }
        return new Builder(file, positions, events, inline, block, problems, kind).document();
    }

    /**
     * A quoted value may run over several lines, so SnakeYAML finds an unclosed quote only at the
     * end of the file (or at the next "---"), far from the quote: report it where the quote opens.
     */
    private static Optional<Problem> unclosedQuote(String file, String text, TextPositions positions,
            MarkedYAMLException e) {
        Mark opened = e.getContextMark();
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (opened == null || !"while scanning a quoted scalar".equals(e.getContext())
                || !(problem.contains("end of stream") || problem.contains("document separator"))
                || opened.getIndex() >= text.codePointCount(0, text.length())) {
            return Optional.empty();
        }
        int quote = text.codePointAt(text.offsetByCodePoints(0, opened.getIndex()));
        if (quote != '"' && quote != '\'') {
            return Optional.empty();
        }
        String until = problem.contains("end of stream") ? "the end of the file"
                : e.getProblemMark() == null ? "the next '---'"
                : "the '---' on line " + positions.at(file, e.getProblemMark().getIndex()).line();
        return Optional.of(positions.at(file, opened.getIndex()).problem("", "YAML syntax error: the quote "
                + (char) quote + " opened here is not closed before " + until + " (expected a closing " + (char) quote
                + " at the end of the value)"));
    }

    /** The char index of the first control character other than tab and line breaks, or -1. */
    private static int firstControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
        }
        return -1;
    }

    private static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("\\s+", " ").trim();
    }

    /** Builds the tree from the event list by recursive descent (depth is already bounded). */
    private static final class Builder {
        private final String file;
        private final TextPositions positions;
        private final List<Event> events;
        private final Map<Integer, String> inline;
        private final Map<Integer, String> block;
        private final List<Problem> problems;
        private final Document kind;
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Map<YamlNode, Long> sizes = new IdentityHashMap<>();
        private int next;
        private long values;
        private boolean stopped;

        Builder(String file, TextPositions positions, List<Event> events, Map<Integer, String> inline,
                Map<Integer, String> block, List<Problem> problems, Document kind) {
            this.file = file;
            this.positions = positions;
            this.events = events;
            this.inline = inline;
            this.block = block;
            this.problems = problems;
            this.kind = kind;
        }

        Result document() {
            skip(Event.ID.StreamStart);
            skip(Event.ID.DocumentStart);
            Event first = events.get(next);
            if (first.getEventId() == Event.ID.DocumentEnd || first.getEventId() == Event.ID.StreamEnd
                    || (first instanceof ScalarEvent s && new YamlNode.Scalar(s.getValue(), s.isPlain(), null).isNull())) {
                problems.add(Origin.startOf(file).problem("", "empty file (expected " + kind.whole + ")"));
                return new Result(null, problems);
            }
            YamlNode root = value("", -1);
            if (stopped) {
                return new Result(null, problems);
            }
            return new Result(root, problems);
        }

        private void skip(Event.ID id) {
            if (events.get(next).getEventId() == id) next++;
        }

        private Origin origin(Event event) {
            return positions.at(file, event.getStartMark().getIndex());
        }

        private YamlNode value(String path, int parentKeyLine) {
            Event event = events.get(next++);
            if (stopped) {
                skipRest(event);
                return new YamlNode.Scalar("", true, origin(event));
            }
            if (event instanceof AliasEvent alias) {
                YamlNode target = anchors.get(alias.getAnchor());
                if (target == null) {
                    // A YAML error like a syntax error: the value is unknown, so the rest is not checked.
                    problems.add(origin(event).problem(path, "unknown alias *" + Excerpt.of(alias.getAnchor())
                            + " (expected an anchor &" + Excerpt.of(alias.getAnchor()) + " defined before it)"));
                    stopped = true;
                    return new YamlNode.Scalar("", true, origin(event));
                }
                count(sizes.getOrDefault(target, 1L), event);
                return target;
            }
            checkTag(event, path);
            YamlNode node;
            long size;
            if (event instanceof ScalarEvent scalar) {
                node = new YamlNode.Scalar(scalar.getValue(), scalar.isPlain(), origin(event));
                size = 1;
                count(1, event);
            } else if (event.getEventId() == Event.ID.SequenceStart) {
                count(1, event);
                List<YamlNode> items = new ArrayList<>();
                size = 1;
                while (events.get(next).getEventId() != Event.ID.SequenceEnd) {
                    YamlNode item = value(path.isEmpty() ? Integer.toString(items.size()) : path + "." + items.size(),
                            parentKeyLine);
                    size += sizes.getOrDefault(item, 1L);
                    items.add(item);
                }
                next++;
                node = new YamlNode.Sequence(items, origin(event));
            } else if (event.getEventId() == Event.ID.MappingStart) {
                count(1, event);
                size = 1;
                List<YamlNode.Entry> entries = new ArrayList<>();
                Map<String, Origin> seen = new HashMap<>();
                while (events.get(next).getEventId() != Event.ID.MappingEnd) {
                    Event keyEvent = events.get(next);
                    Origin keyOrigin = origin(keyEvent);
                    String key = keyEvent instanceof ScalarEvent s ? s.getValue() : null;
                    if (key == null) {
                        problems.add(keyOrigin.problem(path, "a key that is not plain text"
                                + " (expected keys such as name: or ARM:)"));
                        value(path, parentKeyLine);
                        value(path, parentKeyLine);
                        continue;
                    }
                    next++;
                    checkTag(keyEvent, path);
                    String keyPath = path.isEmpty() ? key : path + "." + key;
                    YamlNode item = value(keyPath, keyOrigin.line());
                    size += sizes.getOrDefault(item, 1L);
                    if (key.equals("<<")) {
                        problems.add(keyOrigin.problem(keyPath, "YAML merge keys are not supported"
                                + " (expected plain keys; to reuse another scenario use extends: FILE)"));
                    } else if (seen.containsKey(key)) {
                        problems.add(keyOrigin.problem(keyPath, "duplicate key '" + Excerpt.of(key)
                                + "' (expected each key once in a map; first at line " + seen.get(key).line() + ")"));
                    } else {
                        seen.put(key, keyOrigin);
                        entries.add(new YamlNode.Entry(key, keyOrigin, item,
                                comment(keyOrigin.line(), item.origin().line(), parentKeyLine)));
                    }
                }
                next++;
                node = new YamlNode.Mapping(entries, origin(event));
            } else {
                throw new IllegalStateException("unexpected YAML event " + event);
            }
            sizes.put(node, size);
            if (event instanceof NodeEvent withAnchor && withAnchor.getAnchor() != null) {
                anchors.put(withAnchor.getAnchor(), node);
            }
            return node;
        }

        /** Consumes the rest of a collection after the value limit was hit. */
        private void skipRest(Event event) {
            if (event.getEventId() == Event.ID.SequenceStart || event.getEventId() == Event.ID.MappingStart) {
                int depth = 1;
                while (depth > 0) {
                    Event.ID id = events.get(next++).getEventId();
                    if (id == Event.ID.SequenceStart || id == Event.ID.MappingStart) depth++;
                    else if (id == Event.ID.SequenceEnd || id == Event.ID.MappingEnd) depth--;
                }
            }
        }

        private void count(long added, Event event) {
            values += added;
            if (values > MAX_VALUES && !stopped) {
                stopped = true;
                problems.add(origin(event).problem("", "more than " + MAX_VALUES + " values"
                        + (event instanceof AliasEvent ? " once aliases are expanded; alias expansion refused" : "")
                        + " (expected a scenario of at most " + MAX_VALUES + " values)"));
            }
        }

        private void checkTag(Event event, String path) {
            String tag = event instanceof ScalarEvent s ? s.getTag()
                    : event instanceof CollectionStartEvent c ? c.getTag() : null;
            if (tag != null) {
                problems.add(origin(event).problem(path, "explicit YAML tag " + Excerpt.of(tag) + " is not supported"
                        + " (expected plain values without '!' tags)"));
            }
        }

        /**
         * The comment documenting a map entry: on the value's line, else on the key's line, else
         * the block of comment lines just above the key, else the comment on the parent key's
         * line when that line is just above (a comment heading a nested block).
         */
        private String comment(int keyLine, int valueLine, int parentKeyLine) {
            String text = inline.get(valueLine);
            if (text == null) text = inline.get(keyLine);
            if (text != null) return text;
            List<String> above = new ArrayList<>();
            for (int line = keyLine - 1; block.containsKey(line); line--) {
                above.add(0, block.get(line));
            }
            if (!above.isEmpty()) return String.join(" ", above).trim();
            if (parentKeyLine == keyLine - 1 && inline.containsKey(parentKeyLine)) {
                return inline.get(parentKeyLine);
            }
            return "";
        }
    }
}
