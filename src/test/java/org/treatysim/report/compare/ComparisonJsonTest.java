package org.treatysim.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.report.files.JsonFiles;
import org.treatysim.stats.PairedComparison;

class ComparisonJsonTest {
    /** compare.json of {@link ComparisonFixture} with {@link #SETUP}, as the writer has always written it. */
    static final Path FIXTURE = Path.of("src/test/resources/json/compare.json");
    static final ComparisonJson.Setup SETUP = new ComparisonJson.Setup(List.of(
            new ComparisonJson.Source("a/toy.yaml", 5, 10000), new ComparisonJson.Source("a/toy-variant.yaml", 9, 2000)),
            "toy", "default");

    static byte[] write(PairedComparison comparison, ComparisonJson.Setup setup) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ComparisonJson.write(comparison, setup, bytes);
        return bytes.toByteArray();
    }

    @Test
    void theBytesAreThoseOfTheFixtureFile() throws Exception {
        assertThat(write(ComparisonFixture.comparison(), SETUP)).isEqualTo(Files.readAllBytes(FIXTURE));
    }

    @Test
    void theFixtureReadsBackKeyByKeyAndIsWrittenAgainByteForByte() throws Exception {
        byte[] bytes = Files.readAllBytes(FIXTURE);
        ComparisonJson.Contents read = JsonFiles.read(new ByteArrayInputStream(bytes), ComparisonJson.Contents.class,
                "compare.json");
        assertThat(read).isEqualTo(ComparisonJson.Contents.of(ComparisonFixture.comparison(), SETUP));
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        JsonFiles.write(read, JsonFiles.Layout.RESULTS, again);
        assertThat(again.toByteArray()).isEqualTo(bytes);
    }

    @Test
    void recordsProvenanceAndCurves() throws Exception {
        PairedComparison comparison = ComparisonFixture.comparison();
        String text = new String(write(comparison, SETUP), StandardCharsets.UTF_8);
        assertThat(text).endsWith("}\n").doesNotContain("\r");
        JsonNode json = new ObjectMapper().readTree(text);
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("command", "reference", "runs", "seed", "seedFrom", "version", "java",
                "createdAt", "keyDates", "keyDatesFrom", "horizon", "intervals", "pairing", "scenarios", "curves");
        assertThat(json.get("reference").asText()).isEqualTo("toy");
        assertThat(json.get("runs").asLong()).isEqualTo(100);
        assertThat(json.get("seed").asLong()).isEqualTo(5);
        assertThat(json.get("createdAt").asText()).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(json.get("keyDates").toString()).isEqualTo("[\"2024-12-31\",\"2025-12-31\",\"2026-12-31\"]");
        assertThat(json.get("intervals").get("difference").asText()).contains("Tango");
        JsonNode variant = json.get("scenarios").get(1);
        assertThat(variant.get("scenario").asText()).isEqualTo("toy-variant");
        assertThat(variant.get("file").asText()).isEqualTo("a/toy-variant.yaml");
        assertThat(variant.get("scenarioSha256").asText()).isEqualTo("ab".repeat(32));
        assertThat(variant.get("ownSeed").asLong()).isEqualTo(9);
        assertThat(variant.get("ownRuns").asInt()).isEqualTo(2000);
        JsonNode curve = json.get("curves").get("toy-variant");
        assertThat(curve.size()).isEqualTo(comparison.scenarios().get(1).curve().size());
        JsonNode last = curve.get(curve.size() - 1);
        assertThat(last.get("date").asText()).isEqualTo("2026-12-31");
        assertThat(last.get("p").asDouble()).isEqualTo(0.35);
    }
}
