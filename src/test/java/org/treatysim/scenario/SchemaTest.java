package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * scenarios/schema.json, the JSON Schema editors use to complete and check scenario files: it
 * accepts every fixture and every committed scenario, refuses typical mistakes, and names exactly
 * the keys the loader knows.
 */
class SchemaTest {
    private static final Path SCHEMA = Path.of("scenarios", "schema.json");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws IOException {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(JSON.readTree(SCHEMA.toFile()), config);
    }

    private static Set<ValidationMessage> validate(String yaml) throws IOException {
        return schema().validate(YAML.readTree(yaml));
    }

    /** The loader's fixtures and every scenario committed in scenarios/. */
    static Stream<Path> scenarioFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String fixture : List.of("scenario-md-example.yaml", "complete.yaml", "complete-variant.yaml",
                "minimal.yaml", "minimal-explicit.yaml")) {
            files.add(Fixtures.path(fixture));
        }
        try (Stream<Path> committed = Files.list(Path.of("scenarios"))) {
            committed.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted()
                    .forEach(files::add);
        }
        return files.stream();
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void everyScenarioFileMatchesTheSchemaAsWritten(Path file) throws IOException {
        assertThat(schema().validate(YAML.readTree(file.toFile()))).as("%s", file).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("scenarioFiles")
    void everyScenarioFileLoads(Path file) throws ScenarioException {
        assertThat(new ScenarioLoader().load(file).scenario().parties()).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "colour: blue",                                                   // unknown key
        "stepDays: 1.5",                                                  // not an integer
        "stepDays: 0",                                                    // out of range
        "tolerance: { uniform: [0, 0.1] }",                               // a distribution where a number belongs
        "biasPenalty: 1.5",                                               // probability above 1
        "biasPenalty: { uniform: [0.1, 0.2], beta: [1, 2] }",             // two distributions at once
        "biasPenalty: { unifrom: [0.1, 0.2] }",                           // unknown distribution
        "biasPenalty: { uniform: [0.1] }",                                // wrong number of parameters
        "drafting: nsh",                                                  // not an option
        "events: [ { date: 2025-01-01, label: nothing } ]",               // an event that changes nothing
        "deadlines: [ { id: d, date: 2025-01-01 } ]",                     // deadline without pressure and lambdaDays
        "shocks: { clashesPerYear: -1 }",                                 // negative rate
    })
    void typicalMistakesAreRefused(String line) throws IOException {
        assertThat(validate(Fixtures.MINIMAL + line + "\n")).as(line).isNotEmpty();
    }

    @Test
    void missingRequiredKeysWrongIdsAndPartyCountsAreRefused() throws IOException {
        assertThat(validate(Fixtures.MINIMAL.replace("start: 2024-09-24\n", ""))).isNotEmpty();
        assertThat(validate(Fixtures.MINIMAL.replace("scenario: minimal", "scenario: ../up"))).isNotEmpty();
        assertThat(validate(Fixtures.MINIMAL.replace("start: 2024-09-24", "start: 2024-02-30"))).isNotEmpty();
        assertThat(validate(Fixtures.MINIMAL.replace(", stance: 1 }\n  P2", " }\n  P2"))).isNotEmpty();
        assertThat(validate(Fixtures.MINIMAL + "  P3: { ideal: 1, reservation: 0.5, salience: 1, patienceDays: 365, stance: 1 }\n"))
                .isNotEmpty();
        assertThat(validate(Fixtures.MINIMAL)).isEmpty();
    }

    @Test
    void aFileThatExtendsAnotherNeedsOnlyWhatItChanges() throws IOException {
        assertThat(validate("extends: base.yaml\nscenario: v\nparties: { AZE: { stance: 2 } }\n")).isEmpty();
        assertThat(validate("extends: base.yaml\nscenario: v\nparties: { AZE: { stanse: 2 } }\n")).isNotEmpty();
    }

    // ---------------------------------------------------------------- no drift between schema and loader

    private static List<String> names(JsonNode properties) {
        List<String> names = new ArrayList<>();
        properties.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    @Test
    void theSchemaNamesExactlyTheKeysTheLoaderKnows() throws IOException {
        JsonNode root = JSON.readTree(SCHEMA.toFile());
        JsonNode defs = root.get("$defs");

        assertThat(names(root.get("properties"))).containsExactlyElementsOf(Section.TOP.names());
        for (Section section : Section.values()) {
            if (section == Section.TOP) continue;
            assertThat(names(defs.at("/" + section.schemaName() + "/properties"))).as(section.schemaName())
                    .containsExactlyElementsOf(section.names());
        }
        List<String> distributions = new ArrayList<>();
        defs.at("/distribution/oneOf").forEach(d -> distributions.add(d.at("/required/0").asText()));
        assertThat(distributions).containsExactlyElementsOf(Distribution.KEYS);
        assertThat(strings(root.at("/properties/drafting/enum"))).containsExactlyElementsOf(ScenarioKey.TOP_DRAFTING.type().words());
        assertThat(strings(defs.at("/party/properties/offers/enum")))
                .containsExactlyElementsOf(ScenarioKey.PARTY_OFFERS.type().words());
    }

    @Test
    void theSchemaRequiresExactlyTheKeysTheLoaderRequires() throws IOException {
        JsonNode root = JSON.readTree(SCHEMA.toFile());
        JsonNode defs = root.get("$defs");
        JsonNode full = root.get("else");

        assertThat(strings(full.get("required"))).containsExactlyElementsOf(Section.TOP.required());
        assertThat(strings(defs.at("/issue/required"))).containsExactlyElementsOf(Section.ISSUE.required());
        assertThat(strings(full.at("/properties/parties/additionalProperties/required")))
                .containsExactlyElementsOf(Section.PARTY.required());
        assertThat(strings(full.at("/properties/mediators/anyOf/0/additionalProperties/required")))
                .containsExactlyElementsOf(Section.MEDIATOR.required());
        assertThat(strings(full.at("/properties/patrons/anyOf/0/additionalProperties/required")))
                .containsExactlyElementsOf(Section.PATRON.required());
        assertThat(strings(defs.at("/deadline/required"))).containsExactlyElementsOf(Section.DEADLINE.required());
        assertThat(strings(defs.at("/event/required"))).containsExactlyElementsOf(Section.EVENT.required());
        assertThat(strings(full.at("/properties/ratification/anyOf/0/properties/referendum/anyOf/0/required")))
                .containsExactlyElementsOf(Section.REFERENDUM.required());
    }
}
