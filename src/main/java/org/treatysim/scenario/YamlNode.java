package org.treatysim.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value as read from one file, keeping the position of every value and key and the
 * comment beside every map entry. Immutable; values taken from a parent file by {@code extends}
 * keep their parent's origin, so problems point into the file that holds the bad value.
 */
sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Sequence, YamlNode.Mapping {

    /** Where the value starts. */
    Origin origin();

    /** A single-line flow rendering with scalars as written, e.g. {@code { uniform: [0.6, 1.0] }}. */
    String render();

    /**
     * A scalar as written. Its type is decided by the key that holds it, not by YAML 1.1's
     * implicit rules (which would turn {@code NO} into false and {@code 010} into 8).
     *
     * @param text  the value, without quotes
     * @param plain true when written without quotes or block indicators
     */
    record Scalar(String text, boolean plain, Origin origin) implements YamlNode {
        /** An empty plain value, {@code ~} or {@code null}: the key is given no value. */
        boolean isNull() {
            return plain && (text.isEmpty() || text.equals("~") || text.equals("null") || text.equals("Null")
                    || text.equals("NULL"));
        }

        @Override
        public String render() {
            return text;
        }
    }

    /** A list. */
    record Sequence(List<YamlNode> items, Origin origin) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String render() {
            List<String> parts = new ArrayList<>();
            for (YamlNode item : items) {
                parts.add(item.render());
            }
            return "[" + String.join(", ", parts) + "]";
        }
    }

    /**
     * A map with unique text keys, in file order.
     *
     * @param files the files whose maps at this place were merged into this one by {@code extends},
     *              the extending file first; only the map's own file when nothing was merged
     */
    record Mapping(List<Entry> entries, Origin origin, List<String> files) implements YamlNode {
        public Mapping {
            entries = List.copyOf(entries);
            files = List.copyOf(files);
        }

        /** A map read from one file. */
        Mapping(List<Entry> entries, Origin origin) {
            this(entries, origin, List.of(origin.file()));
        }

        /** The entry with this key, if present. */
        Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.key().equals(key)) return Optional.of(e);
            }
            return Optional.empty();
        }

        /** Entries by key (for lookups in maps with many keys). */
        Map<String, Entry> byKey() {
            Map<String, Entry> map = new LinkedHashMap<>();
            for (Entry e : entries) {
                map.put(e.key(), e);
            }
            return map;
        }

        @Override
        public String render() {
            List<String> parts = new ArrayList<>();
            for (Entry e : entries) {
                parts.add(e.key() + ": " + e.value().render());
            }
            return "{ " + String.join(", ", parts) + " }";
        }
    }

    /**
     * One key and its value.
     *
     * @param key       the key text
     * @param keyOrigin where the key stands
     * @param value     its value (a null {@link Scalar} when the key is given no value)
     * @param comment   the comment that documents the value (see {@link ParameterSource#comment()}); empty if none
     */
    record Entry(String key, Origin keyOrigin, YamlNode value, String comment) { }
}
