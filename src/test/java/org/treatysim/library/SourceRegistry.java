package org.treatysim.library;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids defined in docs/sources.md. An id is defined by a table row whose first cell is the
 * id in brackets ({@code | [F-cop29] | ... |}); mentions elsewhere in the page are citations,
 * not definitions. Fact rows have five cells (id, fact, event date, public by, source);
 * literature rows three (id, reference, use). Facts are {@code [F-...]} for the Armenia–Azerbaijan
 * library and {@code [C-<case-id>-...]} for the corpus of past negotiations in scenarios/cases/.
 */
final class SourceRegistry {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*\\[([FLC]-[a-z0-9]+(?:-[a-z0-9]+)*)]\\s*\\|(.*)\\|\\s*$");

    /** One defined id; {@code publicBy} is empty for literature. */
    record Entry(String id, int line, Optional<LocalDate> publicBy) { }

    private final Map<String, Entry> entries;
    private final List<String> duplicates;

    private SourceRegistry(Map<String, Entry> entries, List<String> duplicates) {
        this.entries = Collections.unmodifiableMap(entries);
        this.duplicates = List.copyOf(duplicates);
    }

    static SourceRegistry parse(String markdown) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        List<String> duplicates = new ArrayList<>();
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = ROW.matcher(lines[i]);
            if (!m.matches()) {
                continue;
            }
            String id = m.group(1);
            String[] cells = m.group(2).split("\\|", -1);
            Optional<LocalDate> publicBy = Optional.empty();
            if (!id.startsWith("L-")) {
                if (cells.length != 4) {
                    throw new IllegalArgumentException("sources.md line " + (i + 1) + ": fact row " + id
                            + " needs the cells fact | event date | public by | source, found " + (cells.length + 1));
                }
                publicBy = Optional.of(latestDay(cells[2].trim(), i + 1));
            }
            if (entries.putIfAbsent(id, new Entry(id, i + 1, publicBy)) != null) {
                duplicates.add(id);
            }
        }
        return new SourceRegistry(entries, duplicates);
    }

    /** "2024-09-06" is that day; "2024-08" stands for the last day of the month (conservative). */
    static LocalDate latestDay(String text, int line) {
        if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(text);
        }
        if (text.matches("\\d{4}-\\d{2}")) {
            return YearMonth.parse(text).atEndOfMonth();
        }
        throw new IllegalArgumentException("sources.md line " + line + ": 'public by' must be YYYY-MM-DD or YYYY-MM, not '" + text + "'");
    }

    Map<String, Entry> entries() {
        return entries;
    }

    List<String> duplicates() {
        return duplicates;
    }
}
