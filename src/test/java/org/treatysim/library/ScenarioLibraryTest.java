package org.treatysim.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The library's shape: every file is well-formed YAML whose {@code scenario} id is its file name;
 * every variant extends the baseline, says what it changes, and restates the baseline's lists
 * (deadlines, events) entry for entry, since lists are replaced whole by inheritance and a
 * dropped entry would silently change a second lever.
 */
class ScenarioLibraryTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final String BASELINE_FILE = "baseline-2024-09.yaml";

    static Stream<Path> scenarioFiles() throws IOException {
        return ScenarioSourcesTest.scenarioFiles();
    }

    static Stream<Path> variantFiles() throws IOException {
        return scenarioFiles().filter(p -> !p.getFileName().toString().equals(BASELINE_FILE));
    }

    private static JsonNode read(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarioFiles")
    void theScenarioIdIsTheFileNameAndTheFileSaysWhatItIs(Path file) throws IOException {
        JsonNode tree = read(file);
        String name = file.getFileName().toString();
        assertThat(tree.path("scenario").asText()).isEqualTo(name.substring(0, name.length() - ".yaml".length()));
        assertThat(tree.path("title").asText()).isNotBlank();
        assertThat(tree.path("description").asText()).as("description").hasSizeGreaterThan(100);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variantFiles")
    void aVariantExtendsTheBaselineAndRestatesItsListsEntryForEntry(Path file) throws IOException {
        JsonNode variant = read(file);
        JsonNode baseline = read(ScenarioSourcesTest.BASELINE);
        assertThat(variant.path("extends").asText()).isEqualTo(BASELINE_FILE);
        assertThat(variant.path("description").asText()).containsIgnoringCase("one lever");
        assertThat(variant.has("issues")).as("variants keep the baseline's issues").isFalse();
        if (variant.has("deadlines")) {
            assertThat(fields(variant.get("deadlines"), "id")).isEqualTo(fields(baseline.get("deadlines"), "id"));
        }
        if (variant.has("events")) {
            assertThat(fields(variant.get("events"), "date")).isEqualTo(fields(baseline.get("events"), "date"));
        }
    }

    @Test
    void theBaselineModelsEveryIssueOfTheCase() throws IOException {
        JsonNode baseline = read(ScenarioSourcesTest.BASELINE);
        assertThat(fields(baseline.get("issues"), "id")).containsExactly(
                "constitution", "transit", "border", "claims", "minsk", "forces", "detainees", "agreed-articles");
        assertThat(baseline.get("start").asText()).isEqualTo(ScenarioSourcesTest.FORECAST_DATE.toString());
        List<String> parties = new ArrayList<>();
        baseline.get("parties").fieldNames().forEachRemaining(parties::add);
        assertThat(parties).containsExactly("ARM", "AZE");
    }

    private static List<String> fields(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.forEach(entry -> values.add(entry.path(field).asText()));
        return values;
    }
}
