package org.treatysim.scenario;

import java.util.Arrays;

/**
 * Line and column of a character of a text as an editor shows them: only {@code \n}, {@code \r\n}
 * and {@code \r} end a line. SnakeYAML's own marks also end lines at U+0085, U+2028 and U+2029
 * (YAML 1.1 line breaks), which editors show within a line; its marks' character index is used
 * instead, so that a problem after such a character keeps the line the user sees.
 */
final class TextPositions {
    /** Code point index of the first character of each line; line i (0-based) starts at starts[i]. */
    private final int[] starts;

    TextPositions(String text) {
        int[] found = new int[16];
        int lines = 1;
        int index = 0;
        for (int i = 0; i < text.length(); index++) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
            if (crlf) {
                i++;
                index++;
            }
            if (c == '\n' || c == '\r') {
                if (lines == found.length) found = Arrays.copyOf(found, lines * 2);
                found[lines++] = index + 1;
            }
        }
        this.starts = Arrays.copyOf(found, lines);
    }

    /** The position of the character at {@code codePointIndex} (a text's length gives its end). */
    Origin at(String file, int codePointIndex) {
        int line = Arrays.binarySearch(starts, codePointIndex);
        if (line < 0) line = -line - 2;
        return new Origin(file, line + 1, codePointIndex - starts[line] + 1);
    }

    /** The position just after {@code prefix}, i.e. of the character that follows it. */
    static Origin after(String file, String prefix) {
        return new TextPositions(prefix).at(file, prefix.codePointCount(0, prefix.length()));
    }
}
