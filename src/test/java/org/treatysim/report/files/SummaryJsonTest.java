package org.treatysim.report.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.SampleDesign;

class SummaryJsonTest {
    /** The summary.json of the example results folder committed in the repository. */
    static final Path EXAMPLE = Path.of("results/examples/baseline-2024-09/summary.json");
    static final ForecastSummary SUMMARY = ResultFilesFixture.summary(2000);

    static byte[] write(ForecastSummary summary, SampleDesign design) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SummaryJson.write(summary, design, bytes);
        return bytes.toByteArray();
    }

    @Test
    void hasTheDocumentedKeys() throws IOException {
        JsonNode root = new ObjectMapper().readTree(write(SUMMARY, ResultFilesFixture.design(2000)));
        for (String key : new String[] {"scenario", "runs", "seed", "scenarioSha256", "version", "java", "createdAt"}) {
            assertThat(root.has(key)).as(key).isTrue();
        }
        assertThat(root.get("runs").asLong()).isEqualTo(2000);
        for (String outcome : new String[] {"signed", "textAgreed", "initialed", "collapsed", "stalled"}) {
            JsonNode e = root.get("outcomes").get(outcome);
            assertThat(e.get("lo").asDouble()).isLessThanOrEqualTo(e.get("p").asDouble())
                    .isLessThanOrEqualTo(e.get("hi").asDouble());
        }
        assertThat(root.get("deadlines").get("cop29").get("signed").has("p")).isTrue();
        assertThat(root.get("deadlines").get("cop29").get("textAgreed").has("hi")).isTrue();
        assertThat(root.get("intervals").get("pointwise").asText()).isEqualTo("Wilson 95%");
        // DKW for 2000 runs: sqrt(ln 40 / 4000) = 0.030368.
        assertThat(root.get("intervals").get("band").asText())
                .isEqualTo("DKW 95% simultaneous, half-width 0.0304");
        assertThat(root.get("design").get("method").asText()).isEqualTo("fixed");
        assertThat(root.get("design").get("targetHalfWidth").isNull()).isTrue();
    }

    @Test
    void readsBackTheSameSummaryAndDesign() throws IOException {
        SampleDesign design = new SampleDesign(SampleDesign.Method.TWO_STAGE, 2000, 0.025, 1000,
                Integer.MAX_VALUE - 999, 0.2475, 0.0219);
        SummaryJson.Saved saved = SummaryJson.read(new ByteArrayInputStream(write(SUMMARY, design)));
        assertThat(saved.summary()).isEqualTo(SUMMARY);
        assertThat(saved.design()).isEqualTo(design);
        SummaryJson.Saved fixed = SummaryJson.read(new ByteArrayInputStream(
                write(SUMMARY, ResultFilesFixture.design(2000))));
        assertThat(fixed.design().targetHalfWidth()).isNaN();
    }

    @Test
    void referendumCountsAreWrittenAndOptionalWhenRead() throws IOException {
        byte[] written = write(SUMMARY, ResultFilesFixture.design(2000));
        com.fasterxml.jackson.databind.node.ObjectNode root = (com.fasterxml.jackson.databind.node.ObjectNode)
                new com.fasterxml.jackson.databind.ObjectMapper().readTree(written);
        assertThat(root.get("referendums").get("held").get("p").asDouble())
                .isEqualTo(SUMMARY.referendums().orElseThrow().held().p());
        // A summary.json from before the counts: everything else reads back, the counts are absent.
        root.remove("referendums");
        SummaryJson.Saved older = SummaryJson.read(new ByteArrayInputStream(
                new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(root)));
        assertThat(older.summary().referendums()).isEmpty();
        assertThat(older.summary().outcomes()).isEqualTo(SUMMARY.outcomes());
    }

    @Test
    void theBytesAreReproducibleWithUnixLineEnds() throws IOException {
        byte[] first = write(SUMMARY, ResultFilesFixture.design(2000));
        assertThat(write(SUMMARY, ResultFilesFixture.design(2000))).isEqualTo(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContain("\r").endsWith("}\n");
    }

    @Test
    void theCommittedExampleReadsBackAndIsWrittenAgainByteForByte() throws IOException {
        byte[] committed = Files.readAllBytes(EXAMPLE);
        SummaryJson.Saved saved = SummaryJson.read(new ByteArrayInputStream(committed));
        assertThat(saved.summary().provenance().runs()).isEqualTo(10_000);
        assertThat(saved.summary().referendums()).isPresent();
        assertThat(saved.summary().markers()).isNotEmpty();
        assertThat(write(saved.summary(), saved.design())).isEqualTo(committed);
    }

    @Test
    void aMissingKeyIsNamed() {
        String broken = "{\"scenario\": \"toy\", \"title\": \"t\", \"runs\": 1}";
        assertThatThrownBy(() -> SummaryJson.read(new ByteArrayInputStream(broken.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessage("summary.json: missing key seed (line 1, column 44)");
    }

    @Test
    void aWrongValueIsNamedWithItsPathAndPlace() throws IOException {
        String written = new String(write(SUMMARY, ResultFilesFixture.design(2000)), StandardCharsets.UTF_8);
        String badKind = written.replaceFirst("\"kind\" : \"[A-Z]+\"", "\"kind\" : \"MEETING\"");
        assertThatThrownBy(() -> SummaryJson.read(new ByteArrayInputStream(badKind.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class).hasMessageStartingWith("summary.json: markers[0].kind: expected one of"
                        + " DEADLINE, EVENT, REFERENDUM, not \"MEETING\" (line ");
        String badMethod = written.replace("\"method\" : \"fixed\"", "\"method\" : \"lucky\"");
        assertThatThrownBy(() -> SummaryJson.read(new ByteArrayInputStream(badMethod.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(IOException.class)
                .hasMessage("summary.json: design.method: expected fixed, worst-case or two-stage, not \"lucky\"");
    }
}
