package org.treatysim.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Views of the key table ({@link ScenarioKey}) across sections: every key a scenario file may use,
 * to recognise a misspelling, and the range of each numeric parameter by its dotted path. The keys
 * of one section, and those it requires, are its {@link Section#names()} and
 * {@link Section#required()}.
 */
final class Keys {
    private Keys() { }

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
