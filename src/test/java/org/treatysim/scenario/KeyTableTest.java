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

    /** How the paths of a section's keys begin, e.g. {@code parties\.[^.]+\.} for a party's keys. */
    private static String prefix(Section section) {
        if (section == Section.TOP) {
            return "";
        }
        ScenarioKey holder = Arrays.stream(ScenarioKey.values()).filter(k -> k.type().section() == section)
                .findFirst().orElseThrow();
        boolean byId = holder.type().kind() != ValueType.Kind.SECTION;
        return prefix(holder.section()) + Pattern.quote(holder.key()) + (byId ? "\\.[^.]+" : "") + "\\.";
    }

    /** The paths of a key's values: the key itself, and one per issue or party for per-issue and per-party keys. */
    private static Pattern paths(ScenarioKey key) {
        boolean perId = key.type().kind() == ValueType.Kind.PER_ISSUE || key.type().kind() == ValueType.Kind.PER_PARTY;
        return Pattern.compile(prefix(key.section()) + Pattern.quote(key.key()) + (perId ? "\\.[^.]+" : ""));
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
        assertThat(complete().sources()).as("a source for %s (%s)", key, paths)
                .anyMatch(source -> paths.matcher(source.path()).matches());
    }

    @ParameterizedTest
    @MethodSource("quantityKeys")
    void everyNumberOrDistributionOfTheTableIsAParameter(ScenarioKey key) throws ScenarioException {
        Pattern paths = paths(key);
        List<String> parameters = ScenarioParameters.paths(complete().scenario());
        assertThat(parameters).as("a parameter for %s (%s)", key, paths)
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
