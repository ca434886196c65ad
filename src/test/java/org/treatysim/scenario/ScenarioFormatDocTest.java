package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The key tables of docs/scenario-format.md state what the key table ({@link ScenarioKey}) says:
 * each section's table lists exactly its keys, in table order, each row with the key's type,
 * default (or "required") and unit and range. The meaning column is the docs' own. A failure
 * shows the row the table expects.
 */
class ScenarioFormatDocTest {
    private static final Path DOC = Path.of("docs", "scenario-format.md");

    /** The rows of the first table after {@code heading}, each split into its cells. */
    private static List<List<String>> rows(String heading) throws IOException {
        List<String> lines = Files.readAllLines(DOC, StandardCharsets.UTF_8);
        int at = lines.indexOf(heading);
        assertThat(at).as("heading %s in %s", heading, DOC).isNotNegative();
        while (!lines.get(at).startsWith("|")) at++;
        List<List<String>> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String line = lines.get(i);
            rows.add(Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::trim).toList());
        }
        return rows;
    }

    /** The default column: "**required**", the default value, or what leaving the key out means. */
    static String documentedDefault(ScenarioKey key) {
        if (key.isRequired()) return "**required**";
        Object value = key.presence().value();
        if (value == null) return key.presence().absent();
        if (value instanceof String text) {
            return text.isEmpty() ? "empty" : "`" + text + "`";
        }
        if (value instanceof Number number) {
            return org.treatysim.model.spec.Quantity.of(number.doubleValue()).describe();
        }
        return value.toString();
    }

    /** The unit and range column: the unit, the type's bounds and further constraints, as far as there are any. */
    static String documentedBounds(ScenarioKey key) {
        return Stream.of(key.unit(), key.type().documentedBounds(), key.constraint()).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
    }

    @ParameterizedTest
    @EnumSource(Section.class)
    void eachSectionsTableStatesItsKeysAsTheKeyTableDoes(Section section) throws IOException {
        List<List<String>> rows = rows(section.heading());
        String expectedRows = section.keys().stream().map(k -> "| `" + k.key() + "` | " + k.type().documented() + " | "
                + documentedDefault(k) + " | " + documentedBounds(k) + " | (meaning) |").collect(Collectors.joining("\n"));
        assertThat(rows.stream().map(r -> r.get(0)).toList())
                .as("keys of the table under %s; expected rows:%n%s", section.heading(), expectedRows)
                .containsExactlyElementsOf(section.keys().stream().map(k -> "`" + k.key() + "`").toList());
        for (int i = 0; i < rows.size(); i++) {
            ScenarioKey key = section.keys().get(i);
            List<String> row = rows.get(i);
            String type = key.type().documented();
            String byDefault = documentedDefault(key);
            String bounds = documentedBounds(key);
            String expected = "| `" + key.key() + "` | " + type + " | " + byDefault + " | "
                    + (row.size() == 5 ? bounds + " | " : "") + "(meaning) |";
            assertThat(row.get(1)).as("type of %s; expected the row %s", key, expected).isEqualTo(type);
            assertThat(row.get(2)).as("default of %s; expected the row %s", key, expected).isEqualTo(byDefault);
            if (row.size() == 5) {
                assertThat(row.get(3)).as("unit and range of %s; expected the row %s", key, expected).isEqualTo(bounds);
            } else {
                assertThat(String.join(" | ", row)).as("unit and range of %s", key).contains(bounds);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Distribution.class)
    void theDistributionsTableWritesEachDistributionAsTheLoaderReadsIt(Distribution distribution) throws IOException {
        String written = "`{ " + distribution.key() + ": " + distribution.usage() + " }`";
        assertThat(Files.readAllLines(DOC, StandardCharsets.UTF_8))
                .anyMatch(line -> line.trim().startsWith("| " + written + " |"));
    }
}
