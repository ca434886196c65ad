package org.treatysim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Views of the key table ({@link ScenarioKey}) by section: the keys a scenario file may use and the
 * keys it must, the distributions and drafting methods it may name, and the range of each numeric
 * parameter by its dotted path. A test checks that {@code scenarios/schema.json} is the schema
 * generated from the same table, so the two cannot drift apart.
 */
final class Keys {
    private Keys() { }

    static final List<String> TOP = Section.TOP.names();
    static final List<String> ISSUE = Section.ISSUE.names();
    static final List<String> PARTY = Section.PARTY.names();
    static final List<String> MEDIATOR = Section.MEDIATOR.names();
    static final List<String> PATRON = Section.PATRON.names();
    static final List<String> DEADLINE = Section.DEADLINE.names();
    static final List<String> MISSED = Section.MISSED.names();
    static final List<String> EVENT = Section.EVENT.names();
    static final List<String> SHOCKS = Section.SHOCKS.names();
    static final List<String> RATIFICATION = Section.RATIFICATION.names();
    static final List<String> REFERENDUM = Section.REFERENDUM.names();
    static final List<String> DISTRIBUTIONS = Distribution.KEYS;
    static final List<String> DRAFTING = ScenarioKey.TOP_DRAFTING.type().words();

    /** Keys without a default. The schema's "required" lists and a test of the binder hold to these. */
    static final List<String> TOP_REQUIRED = Section.TOP.required();
    static final List<String> ISSUE_REQUIRED = Section.ISSUE.required();
    static final List<String> PARTY_REQUIRED = Section.PARTY.required();
    static final List<String> MEDIATOR_REQUIRED = Section.MEDIATOR.required();
    static final List<String> PATRON_REQUIRED = Section.PATRON.required();
    static final List<String> DEADLINE_REQUIRED = Section.DEADLINE.required();
    static final List<String> EVENT_REQUIRED = Section.EVENT.required();
    static final List<String> REFERENDUM_REQUIRED = Section.REFERENDUM.required();

    /** Every key of every section, to recognise a misspelt key in any map. */
    static final Set<String> ALL = Arrays.stream(ScenarioKey.values()).map(ScenarioKey::key)
            .collect(Collectors.toUnmodifiableSet());

    /**
     * True when {@code written}, a key no section knows, is close enough to {@code required} to be
     * its misspelling, whose "did you mean" then reports the missing key.
     */
    static boolean misspells(String written, String required) {
        return !ALL.contains(written) && Suggestions.closest(written, List.of(required)).isPresent();
    }

    /**
     * The range of the parameter at a dotted path of {@link org.treatysim.model.spec.ScenarioParameters},
     * e.g. {@code parties.ARM.reservation.transit} → [0, 1]; {@link Range#ANY} for paths it does not know.
     * Paths follow the file: the id of a list item or map entry follows its section's key. Below the
     * second level a key's range also covers the paths under it (its per-issue and per-party values).
     */
    static Range rangeOf(String parameterPath) {
        String[] at = parameterPath.split("\\.");
        Section section = Section.TOP;
        int i = 0;
        while (i < at.length) {
            ScenarioKey key = ScenarioKey.find(section, at[i]).orElse(null);
            if (key == null) {
                return Range.ANY;
            }
            ValueType type = key.type();
            if (type.isQuantity()) {
                return i == at.length - 1 || i >= 2 ? type.range() : Range.ANY;
            }
            if (type.section() == null) {
                return Range.ANY;
            }
            section = type.section();
            i += type.kind() == ValueType.Kind.SECTION ? 1 : 2;
        }
        return Range.ANY;
    }
}
