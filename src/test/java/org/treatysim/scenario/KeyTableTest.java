package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.ScenarioParameters;

/**
 * The key table ({@link ScenarioKey}) is what the loader reads: binding complete.yaml, which writes
 * every key, reads each key of the table where the table puts it; every number or distribution of
 * the table is a parameter of {@link ScenarioParameters} (so events and sweeps can name it); and the
 * range the loader checks a parameter against is its row's.
 */
class KeyTableTest {
    private static final Set<ValueType.Kind> VALUES = EnumSet.of(ValueType.Kind.TEXT, ValueType.Kind.DATE,
            ValueType.Kind.WHOLE, ValueType.Kind.BOOLEAN, ValueType.Kind.NUMBER, ValueType.Kind.WORDS,
            ValueType.Kind.QUANTITY, ValueType.Kind.PER_ISSUE, ValueType.Kind.PER_PARTY);

    private static LoadedScenario complete() throws ScenarioException {
        return new ScenarioLoader().load(Fixtures.path("complete.yaml"));
    }

    /**
     * How the paths of a key's values read, with {@code <id>} for an id, e.g.
     * {@code parties.<id>.ideal.<id>}: the key after its section's path, and for per-issue and
     * per-party keys one path per issue or party.
     */
    static String path(ScenarioKey key) {
        ValueType.Kind kind = key.type().kind();
        boolean perId = kind == ValueType.Kind.PER_ISSUE || kind == ValueType.Kind.PER_PARTY;
        return prefix(key.section()) + key.key() + (perId ? ".<id>" : "");
    }

    private static String prefix(Section section) {
        if (section == Section.TOP) {
            return "";
        }
        ScenarioKey holder = Arrays.stream(ScenarioKey.values()).filter(k -> k.type().section() == section)
                .findFirst().orElseThrow();
        boolean byId = holder.type().kind() != ValueType.Kind.SECTION;
        return prefix(holder.section()) + holder.key() + (byId ? ".<id>" : "") + ".";
    }

    private static Pattern paths(ScenarioKey key) {
        return Pattern.compile(Arrays.stream(path(key).split("<id>", -1)).map(Pattern::quote)
                .collect(java.util.stream.Collectors.joining("[^.]+")));
    }

    static Stream<ScenarioKey> valueKeys() {
        return Arrays.stream(ScenarioKey.values()).filter(k -> VALUES.contains(k.type().kind()));
    }

    static Stream<ScenarioKey> quantityKeys() {
        return Arrays.stream(ScenarioKey.values()).filter(k -> k.type().isQuantity());
    }

    @ParameterizedTest
    @MethodSource("valueKeys")
    void theLoaderReadsEveryKeyOfTheTable(ScenarioKey key) throws ScenarioException {
        Pattern paths = paths(key);
        assertThat(complete().sources()).as("complete.yaml writes %s and the loader records its source (%s)",
                key, path(key))
                .anyMatch(source -> paths.matcher(source.path()).matches());
    }

    @ParameterizedTest
    @MethodSource("quantityKeys")
    void everyNumberOrDistributionOfTheTableIsAParameter(ScenarioKey key) throws ScenarioException {
        Pattern paths = paths(key);
        List<String> parameters = ScenarioParameters.paths(complete().scenario());
        assertThat(parameters).as("ScenarioParameters has a parameter %s for %s", path(key), key)
                .anyMatch(path -> paths.matcher(path).matches());
    }

    @Test
    void everyParameterIsCheckedAgainstTheRangeOfItsRow() throws ScenarioException {
        List<String> parameters = ScenarioParameters.eventTargets(complete().scenario());
        assertThat(parameters).isNotEmpty();
        for (String path : parameters) {
            List<ScenarioKey> rows = quantityKeys().filter(k -> paths(k).matcher(path).matches()).toList();
            assertThat(rows).as(path).hasSize(1);
            assertThat(Keys.rangeOf(path)).as(path).isEqualTo(rows.get(0).range());
        }
    }

    @Test
    void everyRequiredKeyHasWordsForWhatIsMissing() {
        Arrays.stream(ScenarioKey.values()).filter(ScenarioKey::isRequired)
                .forEach(key -> assertThat(key.whenMissing()).as("%s", key).isNotBlank());
    }
}
