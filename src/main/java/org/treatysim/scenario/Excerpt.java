package org.treatysim.scenario;

/**
 * Text from a file as a message quotes it: on one line and at most {@value #MAX_CHARACTERS}
 * characters, so that a huge one-line value is named, not echoed whole.
 */
final class Excerpt {
    /** Most characters (code points) of a value a message shows; longer values end in "...". */
    static final int MAX_CHARACTERS = 80;

    private Excerpt() { }

    /** The text, its line breaks and tabs written as escapes, cut to {@value #MAX_CHARACTERS} characters. */
    static String of(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_CHARACTERS + 8));
        int shown = 0;
        int i = 0;
        while (i < text.length() && shown < MAX_CHARACTERS) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            shown++;
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.appendCodePoint(c);
            }
        }
        return i < text.length() ? out.append("...").toString() : out.toString();
    }

    /** A dotted key path with each key cut as by {@link #of}. */
    static String ofPath(String path) {
        String[] keys = path.split("\\.", -1);
        for (int k = 0; k < keys.length; k++) {
            keys[k] = of(keys[k]);
        }
        return String.join(".", keys);
    }
}
