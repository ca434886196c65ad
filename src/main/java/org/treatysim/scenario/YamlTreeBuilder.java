package org.treatysim.scenario;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Builds the {@link YamlNode} tree of one file from its SnakeYAML events by recursive descent (the
 * {@link YamlReader} has bounded the depth already), with the position of every key and value and
 * the comment of every map entry; counts values as aliases expand and stops at
 * {@link YamlReader#MAX_VALUES}.
 */
final class YamlTreeBuilder {
    private final String file;
    private final TextPositions positions;
    private final List<Event> events;
    private final Map<Integer, String> inline;
    private final Map<Integer, String> block;
    private final List<Problem> problems = new ArrayList<>();
    private final YamlReader.Document kind;
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Long> sizes = new IdentityHashMap<>();
    private int next;
    private long values;
    private boolean stopped;

    YamlTreeBuilder(String file, TextPositions positions, List<Event> events, Map<Integer, String> inline,
                    Map<Integer, String> block, YamlReader.Document kind) {
        this.file = file;
        this.positions = positions;
        this.events = events;
        this.inline = inline;
        this.block = block;
        this.kind = kind;
    }

    YamlReader.Result document() {
        skip(Event.ID.StreamStart);
        skip(Event.ID.DocumentStart);
        Event first = events.get(next);
        if (first.getEventId() == Event.ID.DocumentEnd || first.getEventId() == Event.ID.StreamEnd
                || (first instanceof ScalarEvent s && new YamlNode.Scalar(s.getValue(), s.isPlain(), null).isNull())) {
            problems.add(Origin.startOf(file).problem("", "empty file (expected " + kind.whole() + ")"));
            return new YamlReader.Result(null, problems);
        }
        YamlNode root = value("", -1);
        if (stopped) {
            return new YamlReader.Result(null, problems);
        }
        return new YamlReader.Result(root, problems);
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
            return alias(alias, path);
        }
        checkTag(event, path);
        YamlNode node;
        if (event instanceof ScalarEvent scalar) {
            node = new YamlNode.Scalar(scalar.getValue(), scalar.isPlain(), origin(event));
            count(1, event);
            sizes.put(node, 1L);
        } else if (event.getEventId() == Event.ID.SequenceStart) {
            node = sequence(event, path, parentKeyLine);
        } else if (event.getEventId() == Event.ID.MappingStart) {
            node = mapping(event, path, parentKeyLine);
        } else {
            throw new IllegalStateException("unexpected YAML event " + event);
        }
        if (event instanceof NodeEvent withAnchor && withAnchor.getAnchor() != null) {
            anchors.put(withAnchor.getAnchor(), node);
        }
        return node;
    }

    private YamlNode alias(AliasEvent alias, String path) {
        YamlNode target = anchors.get(alias.getAnchor());
        if (target == null) {
            // A YAML error like a syntax error: the value is unknown, so the rest is not checked.
            problems.add(origin(alias).problem(path, "unknown alias *" + Excerpt.of(alias.getAnchor())
                    + " (expected an anchor &" + Excerpt.of(alias.getAnchor()) + " defined before it)"));
            stopped = true;
            return new YamlNode.Scalar("", true, origin(alias));
        }
        count(sizes.getOrDefault(target, 1L), alias);
        return target;
    }

    private YamlNode sequence(Event start, String path, int parentKeyLine) {
        count(1, start);
        List<YamlNode> items = new ArrayList<>();
        long size = 1;
        while (events.get(next).getEventId() != Event.ID.SequenceEnd) {
            YamlNode item = value(path.isEmpty() ? Integer.toString(items.size()) : path + "." + items.size(),
                    parentKeyLine);
            size += sizes.getOrDefault(item, 1L);
            items.add(item);
        }
        next++;
        YamlNode node = new YamlNode.Sequence(items, origin(start));
        sizes.put(node, size);
        return node;
    }

    private YamlNode mapping(Event start, String path, int parentKeyLine) {
        count(1, start);
        long size = 1;
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
        YamlNode node = new YamlNode.Mapping(entries, origin(start));
        sizes.put(node, size);
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
        if (values > YamlReader.MAX_VALUES && !stopped) {
            stopped = true;
            problems.add(origin(event).problem("", "more than " + YamlReader.MAX_VALUES + " values"
                    + (event instanceof AliasEvent ? " once aliases are expanded; alias expansion refused" : "")
                    + " (expected a scenario of at most " + YamlReader.MAX_VALUES + " values)"));
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
