package org.treatysim.scenario;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the ids of a scenario, its issues, actors and deadlines: they become folder names, parts
 * of dotted parameter paths and output columns, so their form is restricted and they must be unique.
 */
final class Ids {
    /** Ids of scenarios, issues, actors and deadlines: they become folder names, path segments and CSV columns. */
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]*");
    /** Longest id, in characters. */
    static final int MAX_ID_LENGTH = 100;
    private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3",
            "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7",
            "LPT8", "LPT9");

    private final ValueReader values;

    Ids(ValueReader values) {
        this.values = values;
    }

    /** The scenario's id, checked as the name of its results folder; "scenario" when it is not text. */
    String scenarioId(YamlNode.Entry entry) {
        String id = values.text(entry, "scenario");
        if (id == null) {
            return "scenario";
        }
        Origin at = entry.value().origin();
        if (id.contains("/") || id.contains("\\") || id.contains("..")) {
            values.problem(at, "scenario", "scenario id '" + Excerpt.of(id)
                    + "' would write outside the results folder (expected letters, digits, '-' and '_' only;"
                    + " the id names the folder results/<id>/)");
        } else if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            values.problem(at, "scenario", "scenario id '" + Excerpt.of(id)
                    + "' is not a safe folder name (expected 1 to " + MAX_ID_LENGTH + " letters, digits, '-' and '_',"
                    + " starting with a letter or digit; the id names the folder results/<id>/)");
        } else if (WINDOWS_DEVICES.contains(id.toUpperCase(Locale.ROOT))) {
            values.problem(at, "scenario", "scenario id '" + id + "' is a reserved device name on Windows"
                    + " (expected another id; it names the folder results/<id>/)");
        }
        return id;
    }

    /**
     * The id of a list item (issue, deadline), checked for form and uniqueness; null when unusable.
     *
     * @param idKey the item's id key in the table, which says what a missing id should be
     * @param seen  the ids of the list's earlier items and where they stand
     */
    String itemId(YamlNode.Mapping item, String list, int index, ScenarioKey idKey, Map<String, Origin> seen) {
        String at = list + "." + index;
        String what = idKey.section().schemaName();
        Optional<YamlNode.Entry> idEntry = KeyReader.get(item, idKey);
        if (idEntry.isEmpty()) {
            values.requirePresent(item, at, idKey.key(), idKey.whenMissing(), Keys::misspells);
            return null;
        }
        String id = values.textValue(idEntry.get(), at + ".id");
        if (id == null) {
            return null;
        }
        Origin origin = idEntry.get().value().origin();
        checkForm(id, origin, at + ".id", what);
        if (seen.containsKey(id)) {
            values.problem(origin, at + ".id", "duplicate " + what + " id '" + Excerpt.of(id)
                    + "' (expected unique ids; first at line " + seen.get(id).line() + ")");
            return null;
        }
        seen.put(id, origin);
        return id;
    }

    /** Checks an actor id and that no other party, mediator or patron uses it; false when it cannot be used. */
    boolean registerActor(String id, String role, YamlNode.Entry entry, Map<String, String> actors) {
        String path = role + "." + id;
        checkForm(id, entry.keyOrigin(), path, "actor");
        String other = actors.putIfAbsent(id, path);
        if (other != null) {
            values.problem(entry.keyOrigin(), path, "actor id '" + Excerpt.of(id) + "' is already used by " + other
                    + " (expected ids unique across parties, mediators and patrons)");
            return false;
        }
        return true;
    }

    private void checkForm(String id, Origin origin, String path, String what) {
        if (!ID.matcher(id).matches() || id.length() > MAX_ID_LENGTH) {
            values.problem(origin, path, what + " id '" + Excerpt.of(id)
                    + "' has characters that cannot appear in parameter paths and output columns (expected 1 to "
                    + MAX_ID_LENGTH + " letters, digits, '-' and '_', starting with a letter or digit)");
        } else if (Distribution.byKey(id).isPresent()) {
            values.problem(origin, path, what + " id '" + id + "' is the name of a distribution"
                    + " (expected another id, so that { " + id + ": ... } cannot be misread)");
        }
    }
}
