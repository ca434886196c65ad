package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * scenarios/schema.json is generated from the key table ({@link SchemaGenerator}); this test keeps
 * the committed file and the table in step. After changing the table, regenerate the file with
 * {@code ./mvnw -B -o test -Dtest=GeneratedSchemaTest -Dregenerate=true} (docs/contributing.md).
 */
class GeneratedSchemaTest {
    private static final Path SCHEMA = Path.of("scenarios", "schema.json");

    @Test
    void theCommittedSchemaIsTheOneGeneratedFromTheKeyTable() throws IOException {
        String generated = SchemaGenerator.text();
        if (Boolean.getBoolean("regenerate")) {
            Files.writeString(SCHEMA, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(SCHEMA, StandardCharsets.UTF_8))
                .as("%s is not the schema generated from the key table (ScenarioKey); regenerate it with"
                        + " ./mvnw -B -o test -Dtest=GeneratedSchemaTest -Dregenerate=true", SCHEMA)
                .isEqualTo(generated);
    }
}
