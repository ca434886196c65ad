package org.treatysim.scenario;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
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
                "one list of observations per file", "an observations file is a few kilobytes of text"),
        /** A calibration file (global hyperparameters, see docs/calibration.md). */
        CALIBRATION("a calibration: a map with the key hyperparameters, e.g. hyperparameters: { patience: { value:"
                + " 1.2 } }", "one calibration per file", "a calibration file is a few hundred bytes of text");

        private final String whole;
        private final String perFile;
        private final String size;

        Document(String whole, String perFile, String size) {
            this.whole = whole;
            this.perFile = perFile;
            this.size = size;
        }

        /** What a file of this kind holds, for the message about an empty file. */
        String whole() {
            return whole;
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
        EventLog log = new EventLog(file, positions, kind);
        Problem refused;
        try {
            refused = log.read(parser(text));
        } catch (MarkedYAMLException e) {
            refused = unclosedQuote(file, text, positions, e).orElseGet(() -> syntaxError(file, positions, e));
        } catch (ReaderException e) {
            int position = Math.min(e.getPosition(), text.codePointCount(0, text.length()));
            refused = positions.at(file, position).problem("", String.format(Locale.ROOT,
                    "character U+%04X is not allowed (expected printable UTF-8 text)", e.getCodePoint()));
        } catch (YAMLException e) {
            refused = Origin.startOf(file).problem("", "YAML error: " + oneLine(e.getMessage())
                    + " (expected valid YAML)");
        }
        if (refused != null) {
            return new Result(null, List.of(refused));
        }
        return new YamlTreeBuilder(file, positions, log.events, log.inline, log.block, kind).document();
    }

    private static Parser parser(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        // The limits below are the composer's; this reader does not use the composer but enforces
        // the same limits itself (with positions). Set anyway so the parser never sees more.
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES + 1);
        return new ParserImpl(new StreamReader(text), options);
    }

    private static Problem syntaxError(String file, TextPositions positions, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Origin origin = mark == null ? Origin.startOf(file) : positions.at(file, mark.getIndex());
        String context = e.getContext() == null ? "" : ", " + oneLine(e.getContext())
                + (e.getContextMark() == null ? ""
                : " started at line " + positions.at(file, e.getContextMark().getIndex()).line());
        return origin.problem("", "YAML syntax error: " + oneLine(e.getProblem()) + context
                + " (expected valid YAML: check indentation, ':' after keys, quotes and brackets)");
    }

    /**
     * The events of one file, with its comments by line, read one by one so that the limits on
     * documents, nesting and aliases stop a hostile file early, where it breaks them.
     */
    private static final class EventLog {
        private final String file;
        private final TextPositions positions;
        private final Document kind;
        private final List<Event> events = new ArrayList<>();
        private final Map<Integer, String> inline = new HashMap<>();
        private final Map<Integer, String> block = new HashMap<>();

        EventLog(String file, TextPositions positions, Document kind) {
            this.file = file;
            this.positions = positions;
            this.kind = kind;
        }

        /** Reads every event; the problem that stopped reading, or null when the stream ended. */
        Problem read(Parser parser) {
            int depth = 0;
            int aliases = 0;
            int documents = 0;
            while (true) {
                Event event = parser.getEvent();
                Event.ID id = event.getEventId();
                if (id == Event.ID.Comment) {
                    comment((CommentEvent) event, at(event).line());
                    continue;
                }
                if (id == Event.ID.DocumentStart && ++documents > 1) {
                    return at(event).problem("", "a second YAML document (expected " + kind.perFile
                            + "; remove this '---' and what follows)");
                }
                if (id == Event.ID.MappingStart || id == Event.ID.SequenceStart) {
                    if (++depth > MAX_DEPTH) {
                        return at(event).problem("", "nested more than " + MAX_DEPTH + " levels deep; refused (expected at"
                                + " most " + MAX_DEPTH + " levels of maps and lists)");
                    }
                } else if (id == Event.ID.MappingEnd || id == Event.ID.SequenceEnd) {
                    depth--;
                } else if (id == Event.ID.Alias && ++aliases > MAX_ALIASES) {
                    return at(event).problem("", "more than " + MAX_ALIASES + " aliases (*name); alias expansion is refused"
                            + " beyond this limit to guard against the \"billion laughs\" attack (expected at most "
                            + MAX_ALIASES + " aliases; write the values out or use extends:)");
                }
                events.add(event);
                if (id == Event.ID.StreamEnd) {
                    return null;
                }
            }
        }

        private Origin at(Event event) {
            return positions.at(file, event.getStartMark().getIndex());
        }

        private void comment(CommentEvent comment, int line) {
            if (comment.getCommentType() == CommentType.IN_LINE) {
                inline.put(line, comment.getValue().trim());
            } else if (comment.getCommentType() == CommentType.BLOCK) {
                block.put(line, comment.getValue().trim());
            }
        }
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
}
