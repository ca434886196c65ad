package org.treatysim.scenario;

import java.util.List;
import java.util.Locale;

/**
 * The maps of a scenario file: the top level and the maps nested in it, each with its keys in
 * {@link ScenarioKey}.
 */
enum Section {
    TOP("### Top level", null),
    ISSUE("### `issues:` (each item)",
            "One issue of the treaty, valued on [0, 1]: 0 is the first party's ideal, 1 the second's."),
    PARTY("### `parties:` (each party, by id)", "A principal (docs/model.md, section 3)."),
    MEDIATOR("### `mediators:` (each mediator, by id)", "A mediator (docs/model.md, section 5)."),
    PATRON("### `patrons:` (each patron, by id)",
            "An outside power that may spoil a deal (docs/model.md, section 6)."),
    DEADLINE("### `deadlines:` (each item)",
            "A focal date that presses the parties (docs/model.md, section 7)."),
    MISSED("### `deadlines: missed:`",
            "What missing the deadline costs, once at the end of its window when no text is agreed by then"
                    + " (docs/model.md, section 7). Default: nothing."),
    EVENT("### `events:` (each item, in date order)",
            "A scheduled change of parameters (docs/model.md, section 8); events are listed in date order."),
    SHOCKS("### `shocks:`", "Border clashes (docs/model.md, section 8). Default: no clashes."),
    REFERENDUM("### `ratification: referendum:`",
            "The first party's constitutional referendum (docs/model.md, section 9)."),
    RATIFICATION("### `ratification:`", "From agreed text to signature (docs/model.md, section 9).");

    private final String heading;
    private final String description;

    Section(String heading, String description) {
        this.heading = heading;
        this.description = description;
    }

    /** The name of its definition in scenarios/schema.json, e.g. "party"; null for the top level. */
    String schemaName() {
        return this == TOP ? null : name().toLowerCase(Locale.ROOT);
    }

    /** The heading of its key table in docs/scenario-format.md. */
    String heading() {
        return heading;
    }

    /**
     * True for the items of a list (issues, deadlines, events): {@code extends} replaces a list
     * whole, so an item must be complete in every file, while a map by id or a nested map may be
     * completed by the file it extends.
     */
    boolean listItem() {
        return java.util.Arrays.stream(ScenarioKey.values())
                .anyMatch(k -> k.type().kind() == ValueType.Kind.LIST && k.type().section() == this);
    }

    /** What the section is, for the schema. */
    String description() {
        return description;
    }

    /** Its keys, in the order the table (and so the schema and the docs) lists them. */
    List<ScenarioKey> keys() {
        return ScenarioKey.of(this);
    }

    /** The names of its keys, in table order. */
    List<String> names() {
        return keys().stream().map(ScenarioKey::key).toList();
    }

    /** The names of its required keys, in table order. */
    List<String> required() {
        return keys().stream().filter(ScenarioKey::isRequired).map(ScenarioKey::key).toList();
    }
}
