package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ties the lists of required keys in {@link Keys} (which the schema test compares with
 * scenarios/schema.json) to what the binder does: leaving out a key of complete.yaml is reported
 * as a missing required key exactly when the list names it.
 */
class RequiredKeysTest {

    static Stream<Arguments> sections() {
        return Stream.of(
                Arguments.of(List.of(), Keys.TOP, Keys.TOP_REQUIRED),
                Arguments.of(List.of("issues", "0"), Keys.ISSUE, Keys.ISSUE_REQUIRED),
                Arguments.of(List.of("parties", "ARM"), Keys.PARTY, Keys.PARTY_REQUIRED),
                Arguments.of(List.of("mediators", "USA"), Keys.MEDIATOR, Keys.MEDIATOR_REQUIRED),
                Arguments.of(List.of("patrons", "RUS"), Keys.PATRON, Keys.PATRON_REQUIRED),
                Arguments.of(List.of("deadlines", "0"), Keys.DEADLINE, Keys.DEADLINE_REQUIRED),
                Arguments.of(List.of("deadlines", "0", "missed"), Keys.MISSED, List.of()),
                Arguments.of(List.of("events", "1"), Keys.EVENT, Keys.EVENT_REQUIRED),
                Arguments.of(List.of("shocks"), Keys.SHOCKS, List.of()),
                Arguments.of(List.of("ratification"), Keys.RATIFICATION, List.of()),
                Arguments.of(List.of("ratification", "referendum"), Keys.REFERENDUM, Keys.REFERENDUM_REQUIRED));
    }

    @ParameterizedTest
    @MethodSource("sections")
    void leavingOutAKeyIsAMissingRequiredKeyExactlyWhenItIsRequired(List<String> section, List<String> keys,
                                                                     List<String> required) {
        YamlNode complete = YamlReader.read("complete.yaml", Fixtures.text("complete.yaml")).root();
        for (String key : keys) {
            ScenarioBinder binder = new ScenarioBinder();
            binder.bind(without(complete, section, 0, key));
            boolean reportedMissing = binder.problems().stream().anyMatch(p ->
                    p.message().startsWith("missing required key " + key + " ") && p.path().endsWith(key));
            assertThat(reportedMissing).as("%s in %s", key, section).isEqualTo(required.contains(key));
        }
    }

    /** The tree with {@code key} removed from the map found by following {@code section} from {@code node}. */
    private static YamlNode without(YamlNode node, List<String> section, int depth, String key) {
        if (depth == section.size()) {
            YamlNode.Mapping map = (YamlNode.Mapping) node;
            return new YamlNode.Mapping(map.entries().stream().filter(e -> !e.key().equals(key)).toList(), map.origin());
        }
        String step = section.get(depth);
        if (node instanceof YamlNode.Sequence list) {
            List<YamlNode> items = new ArrayList<>(list.items());
            int index = Integer.parseInt(step);
            items.set(index, without(items.get(index), section, depth + 1, key));
            return new YamlNode.Sequence(items, list.origin());
        }
        YamlNode.Mapping map = (YamlNode.Mapping) node;
        List<YamlNode.Entry> entries = new ArrayList<>();
        for (YamlNode.Entry e : map.entries()) {
            entries.add(e.key().equals(step)
                    ? new YamlNode.Entry(e.key(), e.keyOrigin(), without(e.value(), section, depth + 1, key), e.comment())
                    : e);
        }
        return new YamlNode.Mapping(entries, map.origin());
    }
}
