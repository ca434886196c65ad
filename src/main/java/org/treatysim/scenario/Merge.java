package org.treatysim.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How a file that {@code extends} another overrides it: maps merge key by key, recursively, the
 * child's value winning; anything else (numbers, text, lists, distributions) is replaced whole;
 * a key given no value in the child ({@code key: ~}) removes the inherited one. Every value keeps
 * the origin of the file it came from, so problems point into the file that holds the bad value.
 */
final class Merge {
    private Merge() { }

    static YamlNode merge(YamlNode parent, YamlNode child) {
        if (!(parent instanceof YamlNode.Mapping p) || !(child instanceof YamlNode.Mapping c)
                || QuantityReader.isDistribution(p) || QuantityReader.isDistribution(c)) {
            return child;
        }
        Map<String, YamlNode.Entry> overrides = c.byKey();
        List<YamlNode.Entry> merged = new ArrayList<>();
        for (YamlNode.Entry inherited : p.entries()) {
            YamlNode.Entry override = overrides.get(inherited.key());
            if (override == null) {
                merged.add(inherited);
            } else if (!ValueReader.isNull(override.value())) {
                merged.add(new YamlNode.Entry(override.key(), override.keyOrigin(),
                        merge(inherited.value(), override.value()), override.comment()));
            }
        }
        Map<String, YamlNode.Entry> inheritedKeys = p.byKey();
        for (YamlNode.Entry added : c.entries()) {
            if (!inheritedKeys.containsKey(added.key()) && !ValueReader.isNull(added.value())) {
                merged.add(added);
            }
        }
        List<String> files = new ArrayList<>(c.files());
        p.files().stream().filter(f -> !files.contains(f)).forEach(files::add);
        return new YamlNode.Mapping(merged, c.origin(), files);
    }

    /** The map without one top-level key. */
    static YamlNode without(YamlNode node, String key) {
        if (!(node instanceof YamlNode.Mapping m)) {
            return node;
        }
        return new YamlNode.Mapping(m.entries().stream().filter(e -> !e.key().equals(key)).toList(), m.origin(),
                m.files());
    }
}
