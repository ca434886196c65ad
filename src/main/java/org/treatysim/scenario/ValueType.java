package org.treatysim.scenario;

import java.util.List;

/**
 * What a scenario key holds, and the bounds that go with it: the type column of the key table
 * ({@link ScenarioKey}).
 *
 * @param kind    the kind of value
 * @param range   for numbers and quantities, the values allowed; else null
 * @param min     for whole numbers the smallest value, for lists the fewest items, for maps by id
 *                the exact number of entries (0: any); else 0
 * @param max     for whole numbers the largest value, for texts the most characters; else 0
 * @param section for lists, maps by id and nested maps, the section of each item or of the map
 * @param words   for a choice of words, the words, the default first; else empty
 */
record ValueType(Kind kind, Range range, long min, long max, Section section, List<String> words) {

    /** Longest title (of the scenario, an issue) or name (of a party, mediator, patron), in characters. */
    static final int TITLE_CHARACTERS = 200;
    /** Longest label of a deadline or event, in characters. */
    static final int LABEL_CHARACTERS = 1_000;
    /** Longest description, in characters. */
    static final int DESCRIPTION_CHARACTERS = 5_000;

    /** The kinds of value a key may hold. */
    enum Kind {
        /** An id: letters, digits, '-' and '_'. */
        ID("id"),
        /** Text of bounded length. */
        TEXT("text"),
        /** A file path. */
        PATH("path"),
        /** An ISO date. */
        DATE("date"),
        /** A whole number within bounds. */
        WHOLE("whole number"),
        /** True or false. */
        BOOLEAN("boolean"),
        /** A plain number in a range, the same in every run. */
        NUMBER("number"),
        /** One of a few words. */
        WORDS(null),
        /** A number or a distribution in a range. */
        QUANTITY("quantity"),
        /** A quantity for all issues, or a map by issue id. */
        PER_ISSUE("per-issue quantity"),
        /** A quantity for both parties, or a map by party id. */
        PER_PARTY("per-party quantity"),
        /** A list of maps of one section. */
        LIST("list"),
        /** A map from ids to maps of one section. */
        MAP_BY_ID("map by id"),
        /** A map of one section. */
        SECTION("map"),
        /** A map from parameter paths to quantities. */
        EFFECTS("map path → quantity");

        private final String documented;

        Kind(String documented) {
            this.documented = documented;
        }
    }

    ValueType {
        words = List.copyOf(words);
    }

    static ValueType id() {
        return new ValueType(Kind.ID, null, 0, 0, null, List.of());
    }

    static ValueType text(int maxCharacters) {
        return new ValueType(Kind.TEXT, null, 0, maxCharacters, null, List.of());
    }

    static ValueType path() {
        return new ValueType(Kind.PATH, null, 0, 0, null, List.of());
    }

    static ValueType date() {
        return new ValueType(Kind.DATE, null, 0, 0, null, List.of());
    }

    static ValueType whole(long min, long max) {
        return new ValueType(Kind.WHOLE, null, min, max, null, List.of());
    }

    static ValueType flag() {
        return new ValueType(Kind.BOOLEAN, null, 0, 0, null, List.of());
    }

    static ValueType number(Range range) {
        return new ValueType(Kind.NUMBER, range, 0, 0, null, List.of());
    }

    static ValueType words(String... words) {
        return new ValueType(Kind.WORDS, null, 0, 0, null, List.of(words));
    }

    static ValueType quantity(Range range) {
        return new ValueType(Kind.QUANTITY, range, 0, 0, null, List.of());
    }

    static ValueType perIssue(Range range) {
        return new ValueType(Kind.PER_ISSUE, range, 0, 0, null, List.of());
    }

    static ValueType perParty(Range range) {
        return new ValueType(Kind.PER_PARTY, range, 0, 0, null, List.of());
    }

    static ValueType listOf(Section items, int minItems) {
        return new ValueType(Kind.LIST, null, minItems, 0, items, List.of());
    }

    static ValueType mapById(Section items, int exactly) {
        return new ValueType(Kind.MAP_BY_ID, null, exactly, exactly, items, List.of());
    }

    static ValueType nested(Section section) {
        return new ValueType(Kind.SECTION, null, 0, 0, section, List.of());
    }

    static ValueType effects() {
        return new ValueType(Kind.EFFECTS, null, 0, 0, null, List.of());
    }

    /** True for a number or distribution read as a {@link org.treatysim.model.spec.Quantity}. */
    boolean isQuantity() {
        return kind == Kind.QUANTITY || kind == Kind.PER_ISSUE || kind == Kind.PER_PARTY;
    }

    /** The type column of docs/scenario-format.md, e.g. "per-issue quantity" or "`midpoint` or `nash`". */
    String documented() {
        if (kind == Kind.WORDS) {
            return "`" + String.join("` or `", words) + "`";
        }
        return kind.documented;
    }

    /** The bounds as docs/scenario-format.md states them, e.g. "[0, 1]", "1–365", "at most 200 characters"; else null. */
    String documentedBounds() {
        return switch (kind) {
            case NUMBER, QUANTITY, PER_ISSUE, PER_PARTY -> range.documented();
            case WHOLE -> min == Long.MIN_VALUE && max == Long.MAX_VALUE ? "any 64-bit integer" : min + "–" + max;
            case TEXT -> String.format(java.util.Locale.ROOT, "at most %,d characters", max);
            default -> null;
        };
    }
}
