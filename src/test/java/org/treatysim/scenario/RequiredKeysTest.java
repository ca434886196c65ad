package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ties the required keys of each {@link Section} in the key table (which the schema test compares
 * with scenarios/schema.json) to what the binder does: leaving out a key of complete.yaml is
 * reported as a missing required key exactly when the table requires it.
 */
class RequiredKeysTest {

    static Stream<Arguments> sections() {
        return Stream.of(
                Arguments.of(List.of(), Section.TOP),
                Arguments.of(List.of("issues", "0"), Section.ISSUE),
                Arguments.of(List.of("parties", "ARM"), Section.PARTY),
                Arguments.of(List.of("mediators", "USA"), Section.MEDIATOR),
                Arguments.of(List.of("patrons", "RUS"), Section.PATRON),
                Arguments.of(List.of("deadlines", "0"), Section.DEADLINE),
                Arguments.of(List.of("deadlines", "0", "missed"), Section.MISSED),
                Arguments.of(List.of("events", "1"), Section.EVENT),
                Arguments.of(List.of("shocks"), Section.SHOCKS),
                Arguments.of(List.of("ratification"), Section.RATIFICATION),
                Arguments.of(List.of("ratification", "referendum"), Section.REFERENDUM));
    }

    @Test
    void everySectionIsTried() {
        assertThat(sections().map(a -> (Section) a.get()[1])).containsExactlyInAnyOrder(Section.values());
    }

    @ParameterizedTest
    @MethodSource("sections")
    void leavingOutAKeyIsAMissingRequiredKeyExactlyWhenItIsRequired(List<String> section, Section keys) {
        YamlNode complete = YamlReader.read("complete.yaml", Fixtures.text("complete.yaml")).root();
        List<String> required = keys.required();
        for (String key : keys.names()) {
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
