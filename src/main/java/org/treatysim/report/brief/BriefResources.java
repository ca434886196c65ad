package org.treatysim.report.brief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts the brief ships with, so that a results folder needs nothing from the repository:
 * the model's limits ({@code caveats.md}, the list under README.md's "What the model does not
 * capture") and the sources the scenario library cites ({@code sources.md}, a copy of
 * docs/sources.md). Tests check that both are the repository's text, word for word.
 */
final class BriefResources {
    static final String CAVEATS = "org/treatysim/report/brief/caveats.md";
    static final String SOURCES = "org/treatysim/report/brief/sources.md";

    /** A source tag in a comment: {@code [F-13-of-16]}, {@code [L-nash1950]}, {@code [C-camp-david-1978]}. */
    static final Pattern TAG = Pattern.compile("\\[([FLC]-[A-Za-z0-9-]+)\\]");
    /** A row of a table of sources: {@code | [id] | cell | cell … |}. */
    private static final Pattern ROW = Pattern.compile("^\\| \\[([FLC]-[A-Za-z0-9-]+)\\] \\| (.*) \\|\\s*$");
    /** An address at the start of a source cell, "azatutyun.am/amp/33114723.html". */
    private static final Pattern ADDRESS = Pattern.compile("^((?:[a-z0-9-]+\\.)+[a-z]{2,}(?:/[^\\s,;()]*)?)");
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]]+)\\]\\([^)]*\\)");

    /**
     * One source, fully cited.
     *
     * @param id       its tag without brackets, "F-13-of-16"
     * @param citation what it is, with its dates and where it was published, as one sentence
     * @param link     the address to open it at, when the source names one
     */
    record Source(String id, String citation, Optional<String> link) { }

    private static final Map<String, Source> BY_ID = parseSources(text(SOURCES));

    private BriefResources() { }

    /** The model's limits, one plain sentence each (markdown's links, code marks and bullets removed). */
    static List<String> caveats() {
        List<String> items = new ArrayList<>();
        StringBuilder item = new StringBuilder();
        for (String line : text(CAVEATS).split("\n")) {
            if (line.startsWith("- ") && item.length() > 0) {
                items.add(plain(item.toString()));
                item.setLength(0);
            }
            item.append(line.startsWith("- ") ? line.substring(2) : line.strip()).append(' ');
        }
        if (item.length() > 0) items.add(plain(item.toString()));
        return List.copyOf(items);
    }

    /** The source a tag names, when the shipped list has it. */
    static Optional<Source> source(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    private static String plain(String markdown) {
        String text = MARKDOWN_LINK.matcher(markdown).replaceAll("$1").replace("`", "").replace("*", "").strip();
        if (text.endsWith(";") || text.endsWith(".")) text = text.substring(0, text.length() - 1);
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".";
    }

    private static Map<String, Source> parseSources(String markdown) {
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String line : markdown.split("\n")) {
            Matcher row = ROW.matcher(line);
            if (!row.matches()) continue;
            String[] cells = row.group(2).split(" \\| ", -1);
            String id = row.group(1);
            if (cells.length == 4) {
                // A fact: what happened, its date, when it was public, where it was published.
                String where = cells[3].strip();
                Matcher address = ADDRESS.matcher(where);
                sources.put(id, new Source(id, plain(cells[0]).replaceAll("\\.$", "") + " (" + cells[1].strip()
                        + "; public by " + cells[2].strip() + "). Source: " + where + ".",
                        address.find() ? Optional.of("https://" + address.group(1)) : Optional.empty()));
            } else if (cells.length == 2) {
                // Literature: the reference, then what the model takes from it.
                sources.put(id, new Source(id, plain(cells[0]).replaceAll("\\.$", "") + ". Used for: "
                        + cells[1].replace("`", "").replace("*", "").strip() + ".", Optional.empty()));
            }
        }
        return Map.copyOf(sources);
    }

    private static String text(String resource) {
        try (InputStream in = BriefResources.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
