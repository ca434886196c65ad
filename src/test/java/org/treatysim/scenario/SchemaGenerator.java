package org.treatysim.scenario;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Generates scenarios/schema.json, the JSON Schema editors use to complete and check scenario
 * files, from the key table ({@link ScenarioKey}), the ranges ({@link Range}) and the
 * distributions ({@link Distribution}). {@link GeneratedSchemaTest} checks that the committed
 * file is this output and rewrites it on request (see docs/contributing.md).
 */
final class SchemaGenerator {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private SchemaGenerator() { }

    /** The schema as the committed file holds it: two-space indentation, a final line break. */
    static String text() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return new ObjectMapper().writer(printer).writeValueAsString(schema()) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always prints", e);
        }
    }

    static ObjectNode schema() {
        ObjectNode root = JSON.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("title", "treatysim scenario");
        root.put("description", "A treatysim scenario file (see docs/scenario-format.md). Required keys are enforced"
                + " only in files without extends; the loader checks what a schema cannot (ranges of distributions,"
                + " ids referenced across sections, date order).");
        root.put("type", "object");
        root.put("additionalProperties", false);
        root.set("properties", properties(Section.TOP));
        root.putObject("if").set("required", strings(List.of(ScenarioKey.TOP_EXTENDS.key())));
        root.set("else", completeFile());
        root.set("$defs", definitions());
        return root;
    }

    // ---------------------------------------------------------------- keys

    private static ObjectNode properties(Section section) {
        ObjectNode properties = JSON.objectNode();
        for (ScenarioKey key : section.keys()) {
            properties.set(key.key(), property(key));
        }
        return properties;
    }

    private static ObjectNode property(ScenarioKey key) {
        ValueType type = key.type();
        ValueType.Kind kind = type.kind();
        // Numbers and quantities lead with what they mean; the others with their type.
        boolean describedFirst = kind == ValueType.Kind.NUMBER || type.isQuantity();
        boolean defaultLast = describedFirst || kind == ValueType.Kind.TEXT;
        ObjectNode p = JSON.objectNode();
        if (describedFirst) p.put("description", key.description());
        switch (kind) {
            case PATH -> p.put("type", "string");
            case ID -> p.put("$ref", "#/$defs/id");
            case DATE -> p.put("$ref", "#/$defs/date");
            case TEXT -> p.put("type", "string").put("maxLength", type.max());
            case WHOLE -> wholeNumber(p, type);
            case BOOLEAN -> p.put("type", "boolean");
            case WORDS -> p.set("enum", strings(type.words()));
            case NUMBER -> number(p, type.range());
            case QUANTITY, PER_ISSUE, PER_PARTY -> p.put("$ref", "#/$defs/" + quantityDefinition(type));
            case LIST, MAP_BY_ID, SECTION -> nested(p, key);
            case EFFECTS -> p.put("$ref", "#/$defs/effects");
            default -> throw new IllegalStateException("no schema for " + kind);
        }
        Object byDefault = key.presence().value();
        if (byDefault != null && !defaultLast) p.set("default", value(byDefault));
        if (!describedFirst) p.put("description", key.description());
        if (byDefault != null && defaultLast) p.set("default", value(byDefault));
        return p;
    }

    private static void wholeNumber(ObjectNode p, ValueType type) {
        p.put("type", "integer");
        if (type.min() != Long.MIN_VALUE || type.max() != Long.MAX_VALUE) {
            p.put("minimum", type.min()).put("maximum", type.max());
        }
    }

    /** A list, map by id or nested map: null removes an inherited one, unless the key is required. */
    private static void nested(ObjectNode p, ScenarioKey key) {
        ValueType type = key.type();
        ObjectNode holder = key.isRequired() ? p : JSON.objectNode();
        String ref = "#/$defs/" + type.section().schemaName();
        switch (type.kind()) {
            case LIST -> {
                holder.put("type", "array");
                if (type.min() > 0) holder.put("minItems", type.min());
                holder.putObject("items").put("$ref", ref);
            }
            case MAP_BY_ID -> {
                holder.put("type", "object");
                holder.putObject("propertyNames").put("$ref", "#/$defs/id");
                holder.putObject("additionalProperties").set("anyOf", JSON.arrayNode()
                        .add(JSON.objectNode().put("$ref", ref)).add(JSON.objectNode().put("type", "null")));
            }
            default -> holder.put("$ref", ref);
        }
        if (!key.isRequired()) {
            p.set("anyOf", JSON.arrayNode().add(holder).add(JSON.objectNode().put("type", "null")));
        }
    }

    /**
     * The keys a file without {@code extends} must write: the top level's, and those of the maps
     * that a file may complete from the file it extends (parties, mediators, patrons, the
     * referendum). A list item states its required keys in its own definition.
     */
    private static ObjectNode completeFile() {
        ObjectNode complete = JSON.objectNode();
        complete.set("required", strings(Section.TOP.required()));
        complete.set("properties", requiredBelow(Section.TOP));
        return complete;
    }

    private static ObjectNode requiredBelow(Section section) {
        ObjectNode properties = JSON.objectNode();
        for (ScenarioKey key : section.keys()) {
            Section nested = key.type().section();
            if (nested == null || nested.listItem() || !needsRequired(nested)) continue;
            ObjectNode inner = JSON.objectNode();
            if (!key.isRequired()) inner.put("type", "object");
            if (key.type().kind() == ValueType.Kind.MAP_BY_ID) {
                if (key.type().min() > 0) inner.put("minProperties", key.type().min()).put("maxProperties", key.type().max());
                inner.set("additionalProperties", requiredOf(nested));
            } else {
                requiredOf(nested).fields().forEachRemaining(f -> {
                    if (!f.getKey().equals("type")) inner.set(f.getKey(), f.getValue());
                });
            }
            properties.set(key.key(), key.isRequired() ? inner
                    : JSON.objectNode().set("anyOf", JSON.arrayNode().add(inner).add(JSON.objectNode().put("type", "null"))));
        }
        return properties;
    }

    private static ObjectNode requiredOf(Section section) {
        ObjectNode node = JSON.objectNode().put("type", "object");
        if (!section.required().isEmpty()) node.set("required", strings(section.required()));
        ObjectNode below = requiredBelow(section);
        if (!below.isEmpty()) node.set("properties", below);
        return node;
    }

    private static boolean needsRequired(Section section) {
        return !section.required().isEmpty()
                || section.keys().stream().anyMatch(k -> k.type().section() != null && needsRequired(k.type().section()));
    }

    // ---------------------------------------------------------------- definitions

    private static ObjectNode definitions() {
        ObjectNode defs = JSON.objectNode();
        defs.putObject("id").put("type", "string").put("pattern", "^" + Ids.ID.pattern() + "$")
                .put("maxLength", Ids.MAX_ID_LENGTH)
                .put("description", "An id: letters, digits, '-' and '_', starting with a letter or digit (ids are"
                        + " parts of dotted parameter paths, output columns and folder names).");
        defs.putObject("date").put("type", "string").put("format", "date").put("pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
                .put("description", "An ISO date, YYYY-MM-DD.");
        defs.set("distribution", distributions());
        for (Range range : Range.values()) {
            defs.set(range.schemaName(), range(range));
        }
        for (String name : perIdDefinitions()) {
            defs.set(name, perId(name));
        }
        for (Section section : Section.values()) {
            if (section == Section.EVENT) defs.set("effects", effects());
            if (section != Section.TOP) defs.set(section.schemaName(), section(section));
        }
        return defs;
    }

    private static ObjectNode distributions() {
        ArrayNode oneOf = JSON.arrayNode();
        for (Distribution d : Distribution.values()) {
            ObjectNode parameters = JSON.objectNode().put("type", "array");
            if (d == Distribution.CHOICE) {
                parameters.put("minItems", 1).put("description", d.rules());
                ObjectNode pair = parameters.putObject("items").put("type", "array");
                pair.putArray("prefixItems").add(JSON.objectNode().put("type", "number"))
                        .add(JSON.objectNode().put("type", "number").put("minimum", 0));
                pair.put("minItems", 2).put("maxItems", 2);
            } else {
                parameters.put("minItems", d.arity()).put("maxItems", d.arity());
                ObjectNode items = parameters.putObject("items").put("type", "number");
                if (d.allPositive()) items.put("exclusiveMinimum", 0);
                parameters.put("description", d.rules());
            }
            ObjectNode one = JSON.objectNode().put("type", "object");
            one.putObject("properties").set(d.key(), parameters);
            one.set("required", strings(List.of(d.key())));
            one.put("additionalProperties", false);
            oneOf.add(one);
        }
        ObjectNode distribution = JSON.objectNode()
                .put("description", "A distribution: one value is drawn per Monte Carlo run. Exactly one key.");
        distribution.set("oneOf", oneOf);
        return distribution;
    }

    private static ObjectNode range(Range range) {
        ObjectNode node = JSON.objectNode();
        if (range == Range.ANY) {
            node.put("description", "A number, or a distribution drawn once per run.");
        } else {
            String bound = range.expected().substring("a value ".length());
            node.put("description", "A number " + bound + ", or a distribution whose draws "
                    + (bound.startsWith("in ") ? "stay " : "are ") + bound + ".");
        }
        node.set("anyOf", JSON.arrayNode().add(number(JSON.objectNode(), range))
                .add(JSON.objectNode().put("$ref", "#/$defs/distribution")));
        return node;
    }

    private static ObjectNode number(ObjectNode node, Range range) {
        node.put("type", "number");
        if (range.lowExclusive()) {
            node.set("exclusiveMinimum", value(range.low()));
        } else if (Double.isFinite(range.low())) {
            node.set("minimum", value(range.low()));
        }
        if (Double.isFinite(range.high())) {
            node.set("maximum", value(range.high()));
        }
        return node;
    }

    private static String quantityDefinition(ValueType type) {
        String name = type.range().schemaName();
        String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
        return switch (type.kind()) {
            case PER_ISSUE -> "perIssue" + capitalised;
            case PER_PARTY -> "perParty" + capitalised;
            default -> name;
        };
    }

    /** The per-issue and per-party definitions the keys use, in table order. */
    private static Set<String> perIdDefinitions() {
        Set<String> names = new LinkedHashSet<>();
        for (ScenarioKey key : ScenarioKey.values()) {
            ValueType.Kind kind = key.type().kind();
            if (kind == ValueType.Kind.PER_ISSUE || kind == ValueType.Kind.PER_PARTY) {
                names.add(quantityDefinition(key.type()));
            }
        }
        return names;
    }

    private static ObjectNode perId(String name) {
        boolean issues = name.startsWith("perIssue");
        String range = Character.toLowerCase(name.charAt(8)) + name.substring(9);
        String each = "#/$defs/" + range;
        // Non-negative values per issue are the parties' weights (salience).
        String what = range.equals(Range.NON_NEGATIVE.schemaName()) ? "weight" : "value";
        ObjectNode node = JSON.objectNode().put("description", issues
                ? "One " + what + " for every issue, or a map naming every issue id."
                : "One value for both parties, or a map by party id; parties not named get 0.");
        ObjectNode byId = JSON.objectNode().put("type", "object");
        byId.putObject("propertyNames").put("$ref", "#/$defs/id");
        byId.putObject("additionalProperties").put("$ref", each);
        byId.put("minProperties", 1);
        node.set("anyOf", JSON.arrayNode().add(JSON.objectNode().put("$ref", each)).add(byId));
        return node;
    }

    private static ObjectNode effects() {
        ObjectNode effects = JSON.objectNode().put("type", "object").put("minProperties", 1);
        effects.putObject("propertyNames").put("type", "string").put("pattern", "^[A-Za-z0-9_.-]+$");
        effects.putObject("additionalProperties").put("$ref", "#/$defs/quantity");
        effects.put("description", "Map from the dotted path of a parameter (e.g. mediators.USA.engagement) to a"
                + " number or distribution.");
        return effects;
    }

    private static ObjectNode section(Section section) {
        ObjectNode node = JSON.objectNode().put("type", "object").put("additionalProperties", false);
        if (section.listItem() && !section.required().isEmpty()) {
            node.set("required", strings(section.required()));
        }
        List<ScenarioKey> operations = section.keys().stream()
                .filter(k -> k.type().kind() == ValueType.Kind.EFFECTS).toList();
        if (!operations.isEmpty()) {
            ArrayNode anyOf = node.putArray("anyOf");
            operations.forEach(k -> anyOf.add(JSON.objectNode().set("required", strings(List.of(k.key())))));
        }
        node.put("description", section.description());
        node.set("properties", properties(section));
        return node;
    }

    // ---------------------------------------------------------------- values

    private static ArrayNode strings(List<String> values) {
        ArrayNode array = JSON.arrayNode();
        values.forEach(array::add);
        return array;
    }

    /** A number as JSON writes it (whole numbers without a fraction), a boolean or a text. */
    private static com.fasterxml.jackson.databind.JsonNode value(Object value) {
        if (value instanceof Boolean b) return JSON.booleanNode(b);
        if (value instanceof String s) return JSON.textNode(s);
        double d = ((Number) value).doubleValue();
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? JSON.numberNode((long) d) : JSON.numberNode(d);
    }
}
