package org.treatysim.report.update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.montecarlo.ToySimulator;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.ForecastLayout;
import org.treatysim.stats.ForecastSummaries;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.ToyScenarios;
import org.treatysim.stats.abc.DistributionSummary;
import org.treatysim.stats.abc.ParameterPosterior;

/** The conditional summary.json and posterior.csv. */
class UpdateFilesTest {
    static final Scenario SCENARIO = ToyScenarios.toy(99);
    static final LocalDate AS_OF = LocalDate.of(2025, 3, 13);

    static ForecastSummary summary(int runs) throws InterruptedException {
        ForecastLayout layout = ForecastLayout.of(SCENARIO);
        ForecastAccumulator counts = new MonteCarloEngine(2).run(() -> new ToySimulator(SCENARIO), 0, runs,
                () -> new ForecastAccumulator(layout), null, "runs", ProgressListener.NONE);
        return ForecastSummaries.freeze(counts, new Provenance("toy", "A toy scenario", runs, 99, "ab".repeat(32),
                "0.1.0", "17.0.15", Instant.parse("2026-11-28T12:00:00Z")));
    }

    static Conditioning conditioning(long accepted, LocalDate curveFrom) {
        return new Conditioning(AS_OF, "obs.yaml", List.of(new Conditioning.Observed(LocalDate.of(2024, 11, 22),
                "signed", false), new Conditioning.Observed(AS_OF, "textAgreed", true)), 1, 20_000, accepted, 1000,
                200_000, curveFrom);
    }

    @Test
    void theCurveKeepsTheRowsFromTheAsOfDateOn() throws Exception {
        ForecastSummary whole = summary(500);
        ForecastSummary cut = ConditionalSummaryJson.fromAsOf(whole, AS_OF);

        // Rows are weekly from 2024-10-01 (start 2024-09-24 + 7 days); the first on or after
        // 2025-03-13 is 2025-03-18.
        assertThat(cut.curve().get(0).date()).isEqualTo(LocalDate.of(2025, 3, 18));
        assertThat(cut.curve()).isEqualTo(whole.curve().subList(whole.curve().size() - cut.curve().size(),
                whole.curve().size()));
        assertThat(cut.states()).hasSameSizeAs(cut.curve());
        assertThat(cut.outcomes()).isEqualTo(whole.outcomes());
        assertThatThrownBy(() -> ConditionalSummaryJson.fromAsOf(whole, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConditionalSummaryIsRunsSummaryPlusTheConditioning() throws Exception {
        ForecastSummary cut = ConditionalSummaryJson.fromAsOf(summary(800), AS_OF);
        SampleDesign design = SampleDesign.fixed(800).withAchieved(0.03);
        Conditioning c = conditioning(800, cut.curve().get(0).date());

        ByteArrayOutputStream conditional = new ByteArrayOutputStream();
        ConditionalSummaryJson.write(cut, design, c, conditional);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        SummaryJson.write(cut, design, plain);

        // The brief and anything else that reads run's summary.json read this one too.
        SummaryJson.Saved saved = SummaryJson.read(new ByteArrayInputStream(conditional.toByteArray()));
        assertThat(saved.summary()).isEqualTo(cut);
        assertThat(saved.design()).isEqualTo(design);

        ObjectMapper mapper = new ObjectMapper();
        ObjectNode tree = (ObjectNode) mapper.readTree(conditional.toByteArray());
        List<String> keys = iterate(tree);
        assertThat(keys.subList(0, 10)).containsExactly("scenario", "title", "runs", "seed", "scenarioSha256",
                "version", "java", "createdAt", "conditional", "conditioning");
        assertThat(tree.get("conditional").asBoolean()).isTrue();
        JsonNode info = tree.get("conditioning");
        assertThat(info.get("asOf").asText()).isEqualTo("2025-03-13");
        assertThat(info.get("curveFrom").asText()).isEqualTo("2025-03-18");
        assertThat(info.get("runsMade").asLong()).isEqualTo(20_000);
        assertThat(info.get("accepted").asLong()).isEqualTo(800);
        assertThat(info.get("acceptanceRate").get("p").asDouble()).isEqualTo(0.04);
        assertThat(info.get("acceptanceRate").get("lo").asDouble()).isLessThan(0.04);
        assertThat(info.get("targetMet").asBoolean()).isFalse();
        assertThat(info.get("observations").get(1).get("event").asText()).isEqualTo("textAgreed");
        assertThat(info.get("ignoredAfterAsOf").asInt()).isEqualTo(1);

        tree.remove("conditional");
        tree.remove("conditioning");
        assertThat(tree).isEqualTo(mapper.readTree(plain.toByteArray()));
        assertThat(new String(conditional.toByteArray(), java.nio.charset.StandardCharsets.UTF_8)).endsWith("}\n")
                .contains("\n  \"conditional\" : true,\n");
    }

    /** The conditioning block of {@link #conditioning} (800 of 20,000, curve from 2025-03-18), as always written. */
    static final Path CONDITIONING_FIXTURE = Path.of("src/test/resources/json/conditioning.json");

    @Test
    void theConditionalSummaryIsThePlainOneWithTheConditioningBlockByteForByte() throws Exception {
        ForecastSummary cut = ConditionalSummaryJson.fromAsOf(summary(800), AS_OF);
        SampleDesign design = SampleDesign.fixed(800).withAchieved(0.03);
        ByteArrayOutputStream conditional = new ByteArrayOutputStream();
        ConditionalSummaryJson.write(cut, design, conditioning(800, cut.curve().get(0).date()), conditional);
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        SummaryJson.write(cut, design, plain);

        String plainText = plain.toString(StandardCharsets.UTF_8);
        String createdAt = "  \"createdAt\" : \"2026-11-28T12:00:00Z\",\n";
        assertThat(plainText).contains(createdAt);
        String block = Files.readString(CONDITIONING_FIXTURE, StandardCharsets.UTF_8);
        assertThat(conditional.toString(StandardCharsets.UTF_8))
                .isEqualTo(plainText.replace(createdAt, createdAt + block));
    }

    @Test
    void theAcceptedRunsMustBeTheSummarysRuns() throws Exception {
        ForecastSummary cut = ConditionalSummaryJson.fromAsOf(summary(300), AS_OF);

        assertThatThrownBy(() -> ConditionalSummaryJson.write(cut, SampleDesign.fixed(300),
                conditioning(299, AS_OF), new ByteArrayOutputStream())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> conditioning(20_001, AS_OF)).isInstanceOf(IllegalArgumentException.class);
    }

    static DistributionSummary distribution(double mean, double sd, double q05, double q25, double median, double q75,
                                            double q95) {
        return new DistributionSummary(100, 100, mean, sd, q05 - 1, q05, q25, median, q75, q95, q95 + 1);
    }

    @Test
    void posteriorCsvListsTheParametersThatMovedMostFirst() throws Exception {
        ParameterPosterior small = new ParameterPosterior("parties.ARM.stance", distribution(1.75, 0.43, 1.08, 1.4, 1.75,
                2.1, 2.43), distribution(1.8, 0.4, 1.1, 1.45, 1.8, 2.1, 2.4), 0.116, 0.05);
        ParameterPosterior large = new ParameterPosterior("parties.AZE.patienceDays", distribution(800, 400, 170, 485,
                800, 1115, 1430), distribution(300, 80, 150, 230, 310, 365, 420), -1.25, 0.77);
        StringWriter out = new StringWriter();

        PosteriorCsv.write(List.of(small, large), out);

        assertThat(out.toString().split("\n")).containsExactly(PosteriorCsv.HEADER,
                "parties.AZE.patienceDays,800,400,170,485,800,1115,1430,300,80,150,230,310,365,420,-1.25,0.77",
                "parties.ARM.stance,1.75,0.43,1.08,1.4,1.75,2.1,2.43,1.8,0.4,1.1,1.45,1.8,2.1,2.4,0.116,0.05");
    }

    private static List<String> iterate(ObjectNode tree) {
        List<String> keys = new java.util.ArrayList<>();
        tree.fieldNames().forEachRemaining(keys::add);
        return keys;
    }
}
