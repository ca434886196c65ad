package org.treatysim.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatysim.report.files.JsonFiles;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.sensitivity.Design;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.PrimBox;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.PrimResult;
import org.treatysim.stats.sensitivity.Restriction;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.stats.sensitivity.SobolResult;

/** design.csv, indices.csv, boxes.csv and sweep.json, from hand-made records. */
class SweepFilesTest {
    private static final List<String> FACTORS = List.of("parties.AZE.patienceDays", "patrons.RUS.influence");
    private static final Design DESIGN = new Design(Design.Method.LATIN_HYPERCUBE, FACTORS,
            new double[][] {{300, 0.25}, {1234.5, 0.75}}, 2);

    /** A box restricting the patience from above only, and its two-step trajectory. */
    static PrimResult box() {
        PrimBox whole = new PrimBox(List.of(), 40, 10, 1, 0.25, 1);
        PrimBox peeled = new PrimBox(List.of(new Restriction("parties.AZE.patienceDays", Double.NEGATIVE_INFINITY,
                500)), 12, 9, 0.9, 0.75, 0.3);
        PrimBox pasted = new PrimBox(List.of(new Restriction("parties.AZE.patienceDays", Double.NEGATIVE_INFINITY,
                520)), 13, 10, 1, 10 / 13.0, 0.325);
        return new PrimResult(0.5, 40, 10, List.of(whole, peeled), 1, pasted);
    }

    /** The box above with a restriction on the influence dropped as insignificant. */
    static PrimPruning.Pruned simplified() {
        PrimBox kept = new PrimBox(List.of(new Restriction("parties.AZE.patienceDays", Double.NEGATIVE_INFINITY, 520)),
                13, 10, 1, 10 / 13.0, 0.325);
        return new PrimPruning.Pruned(kept, List.of(1e-5), List.of(new Restriction("patrons.RUS.influence", 0.1,
                Double.POSITIVE_INFINITY)));
    }

    @Test
    void designCsvHasOneRowPerPointWithTheTargetAndItsInterval() throws Exception {
        StringWriter out = new StringWriter();
        DesignCsv.write(DESIGN, List.of(new Estimate(0.5, 0.4, 0.6), new Estimate(0, 0, 0.0184)), out);
        assertThat(out.toString()).isEqualTo("point,parties.AZE.patienceDays,patrons.RUS.influence,p,lo,hi\n"
                + "0,300,0.25,0.5,0.4,0.6\n"
                + "1,1234.5,0.75,0,0,0.0184\n");
        assertThatThrownBy(() -> DesignCsv.write(DESIGN, List.of(new Estimate(0.5, 0.4, 0.6)), new StringWriter()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void indicesCsvHasTheContractsColumns() throws Exception {
        StringWriter prcc = new StringWriter();
        IndicesCsv.writePrcc(List.of(new PrccIndex("parties.AZE.patienceDays", -0.9, -0.95, -0.8, 1e-9),
                new PrccIndex("patrons.RUS.influence", 0.05, -0.1, 0.2, 0.6)), prcc);
        assertThat(prcc.toString()).isEqualTo("parameter,prcc,prcc_lo,prcc_hi\n"
                + "parties.AZE.patienceDays,-0.9,-0.95,-0.8\n"
                + "patrons.RUS.influence,0.05,-0.1,0.2\n");
        StringWriter sobol = new StringWriter();
        IndicesCsv.writeSobol(List.of(new SobolIndex("parties.AZE.patienceDays", 0.7, 0.6, 0.8, 0.9, 0.85, 0.95)),
                sobol);
        assertThat(sobol.toString()).isEqualTo("parameter,first,first_lo,first_hi,total,total_lo,total_hi\n"
                + "parties.AZE.patienceDays,0.7,0.6,0.8,0.9,0.85,0.95\n");
    }

    @Test
    void boxesCsvHasTheTrajectoryAndTheChosenBoxWithEmptyUnboundedSides() throws Exception {
        StringWriter out = new StringWriter();
        BoxesCsv.write(FACTORS, List.of(box()), List.of(simplified()), out);
        assertThat(out.toString()).isEqualTo("box,kind,step,cases,positives,coverage,density,support,"
                + "lower.parties.AZE.patienceDays,upper.parties.AZE.patienceDays,lower.patrons.RUS.influence,"
                + "upper.patrons.RUS.influence\n"
                + "1,trajectory,0,40,10,1,0.25,1,,,,\n"
                + "1,trajectory,1,12,9,0.9,0.75,0.3,,500,,\n"
                + "1,chosen,1,13,10,1," + (10 / 13.0) + ",0.325,,520,,\n"
                + "1,simplified,1,13,10,1," + (10 / 13.0) + ",0.325,,520,,\n");
        StringWriter none = new StringWriter();
        BoxesCsv.write(FACTORS, List.of(), List.of(), none);
        assertThat(none.toString()).isEqualTo(BoxesCsv.header(FACTORS) + "\n");
    }

    static SweepSummary summary(Optional<SobolResult> sobol, List<PrccIndex> prcc, List<PrimResult> boxes,
                                        Optional<String> indicesNote, Optional<String> boxesNote) {
        Provenance provenance = new Provenance("one-driver", "Toy", 400, 7, "ab".repeat(32), "0.1.0", "17",
                Instant.parse("2025-01-02T03:04:05Z"));
        return new SweepSummary(provenance, "signed", LocalDate.of(2026, 12, 31), "P(signed by 2026-12-31)", 0.5,
                "P(signed by 2026-12-31) ≥ 0.5", "lhs", 2, 0, 2, 200,
                List.of(new SweepSummary.FactorEntry("parties.AZE.patienceDays", "{ uniform: [200, 1400] }", "scenario"),
                        new SweepSummary.FactorEntry("patrons.RUS.influence", "{ uniform: [0.1, 0.9] }", "--vary")),
                SweepSummary.Spread.of(new double[] {0.5, 0}), sobol, prcc, boxes,
                boxes.isEmpty() ? List.of() : List.of(simplified()), indicesNote, boxesNote,
                sobol.isPresent() || !prcc.isEmpty());
    }

    /** The PRCC sweep with a box (a NaN p-value, unbounded sides), the Sobol sweep, and the sweep with neither. */
    private static List<SweepSummary> fixtureSummaries() {
        SobolResult sobol = new SobolResult(List.of(new SobolIndex("patrons.RUS.influence", 0, 0, 0, 0.01, 0, 0.02),
                new SobolIndex("parties.AZE.patienceDays", 0.7, 0.6, 0.8, 0.9, 0.85, 0.95)), 64, 0.1, 1000, 0.95);
        return List.of(summary(Optional.empty(), List.of(new PrccIndex("parties.AZE.patienceDays", -0.9, -0.95, -0.8,
                        Double.NaN), new PrccIndex("patrons.RUS.influence", 0.05, -0.1, 0.2, 0.6)), List.of(box()),
                        Optional.of("a caveat"), Optional.empty()),
                summary(Optional.of(sobol), List.of(), List.of(), Optional.empty(), Optional.of("no box")),
                summary(Optional.empty(), List.of(), List.of(), Optional.of("the target never happened"),
                        Optional.of("no positive point")));
    }

    /** sweep.json of each of {@link #fixtureSummaries()}, as the writer has always written it. */
    private static final List<Path> FIXTURES = List.of(Path.of("src/test/resources/json/sweep-prcc.json"),
            Path.of("src/test/resources/json/sweep-sobol.json"), Path.of("src/test/resources/json/sweep-none.json"));

    private static byte[] bytes(SweepSummary summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SweepJson.write(summary, out);
        return out.toByteArray();
    }

    @Test
    void sweepJsonBytesAreThoseOfTheFixtureFiles() throws Exception {
        List<SweepSummary> summaries = fixtureSummaries();
        for (int i = 0; i < summaries.size(); i++) {
            assertThat(bytes(summaries.get(i))).as("%s", FIXTURES.get(i)).isEqualTo(Files.readAllBytes(FIXTURES.get(i)));
        }
    }

    @Test
    void sweepJsonReadsBackKeyByKeyAndIsWrittenAgainByteForByte() throws Exception {
        for (Path fixture : FIXTURES) {
            byte[] bytes = Files.readAllBytes(fixture);
            SweepJson.Contents read = SweepJson.read(new java.io.ByteArrayInputStream(bytes));
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            JsonFiles.write(read, JsonFiles.Layout.RESULTS, again);
            assertThat(again.toByteArray()).as("%s", fixture).isEqualTo(bytes);
        }
        assertThat(SweepJson.read(new java.io.ByteArrayInputStream(Files.readAllBytes(FIXTURES.get(0)))))
                .isEqualTo(SweepJson.Contents.of(fixtureSummaries().get(0)));
    }

    @Test
    void anUnknownKindOfIndicesIsNamedWithTheKindsThereAre() throws Exception {
        String text = Files.readString(FIXTURES.get(0)).replace("\"kind\" : \"prcc\"", "\"kind\" : \"morris\"");
        assertThatThrownBy(() -> SweepFinding.read(new java.io.ByteArrayInputStream(
                text.getBytes(java.nio.charset.StandardCharsets.UTF_8)))).isInstanceOf(java.io.IOException.class)
                .hasMessage("sweep.json: indices.kind: expected prcc or sobol, not \"morris\" (line 40, column 14)");
        String noKind = Files.readString(FIXTURES.get(0)).replace("\"kind\" : \"prcc\",", "");
        assertThatThrownBy(() -> SweepFinding.read(new java.io.ByteArrayInputStream(
                noKind.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .hasMessageStartingWith("sweep.json: missing key indices.kind (line ");
    }

    private static JsonNode json(SweepSummary summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SweepJson.write(summary, out);
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).endsWith("}\n");
        return new ObjectMapper().readTree(out.toByteArray());
    }

    @Test
    void sweepJsonNamesTheTargetThePlanTheRankingAndThePrimSentence() throws Exception {
        JsonNode json = json(summary(Optional.empty(), List.of(new PrccIndex("parties.AZE.patienceDays", -0.9, -0.95,
                -0.8, 1e-9)), List.of(box()), Optional.empty(), Optional.empty()));
        assertThat(json.get("scenario").asText()).isEqualTo("one-driver");
        assertThat(json.get("scenarioSha256").asText()).hasSize(64);
        assertThat(json.get("target").get("text").asText()).isEqualTo("P(signed by 2026-12-31)");
        assertThat(json.get("target").get("date").asText()).isEqualTo("2026-12-31");
        assertThat(json.get("threshold").asDouble()).isEqualTo(0.5);
        assertThat(json.get("method").asText()).isEqualTo("lhs");
        assertThat(json.get("samples").asInt()).isEqualTo(2);
        assertThat(json.get("levels").isNull()).isTrue();
        assertThat(json.get("runsPerPoint").asInt()).isEqualTo(200);
        assertThat(json.get("runs").asLong()).isEqualTo(400);
        assertThat(json.get("seed").asLong()).isEqualTo(7);
        assertThat(json.get("factors").get(1).get("from").asText()).isEqualTo("--vary");
        assertThat(json.get("targetAcrossPoints").get("median").asDouble()).isEqualTo(0.25);
        assertThat(json.get("indices").get("kind").asText()).isEqualTo("prcc");
        assertThat(json.get("indices").get("ranking").get(0).get("prcc").asDouble()).isEqualTo(-0.9);
        assertThat(json.get("primSentence").asText())
                .isEqualTo("P(signed by 2026-12-31) ≥ 0.5 in 77% of cases where parties.AZE.patienceDays ≤ 520");
        assertThat(json.get("primCoverageSentence").asText()).isEqualTo("These cases hold 100% of all cases where"
                + " P(signed by 2026-12-31) ≥ 0.5, and 33% of all cases.");
        JsonNode first = json.get("prim").get("boxes").get(0);
        JsonNode restriction = first.get("restrictions").get(0);
        assertThat(restriction.get("lower").isNull()).isTrue();
        assertThat(restriction.get("upper").asDouble()).isEqualTo(520);
        assertThat(restriction.get("quasiP").asDouble()).isEqualTo(1e-5);
        assertThat(first.get("dropped").get(0).get("parameter").asText()).isEqualTo("patrons.RUS.influence");
        assertThat(first.get("dropped").get(0).get("upper").isNull()).isTrue();
        assertThat(first.get("beforeDropping").get("restricted").asInt()).isEqualTo(1);
        assertThat(json.get("primNote").isNull()).isTrue();
        assertThat(json.get("files").get("tornado").get("png").asText()).isEqualTo("charts/tornado.png");
        assertThat(json.get("files").get("scatter").get("svg").asText()).isEqualTo("charts/scatter.svg");
        assertThat(json.get("files").get("scatter").get("pdf").asText()).isEqualTo("charts/scatter.pdf");
    }

    @Test
    void sweepJsonWithoutIndicesOrBoxesCarriesTheNotes() throws Exception {
        JsonNode json = json(summary(Optional.empty(), List.of(), List.of(),
                Optional.of("P(signed by 2026-12-31) is 0 at every design point: ..."), Optional.of("no box")));
        assertThat(json.get("indices").isNull()).isTrue();
        assertThat(json.get("indicesNote").asText()).startsWith("P(signed by 2026-12-31) is 0 at every design point");
        assertThat(json.get("prim").isNull()).isTrue();
        assertThat(json.get("primSentence").isNull()).isTrue();
        assertThat(json.get("primNote").asText()).isEqualTo("no box");
        assertThat(json.get("files").get("tornado").isNull()).isTrue();
    }

    @Test
    void sweepJsonWithSobolIndices() throws Exception {
        SobolResult sobol = new SobolResult(List.of(new SobolIndex("patrons.RUS.influence", 0, 0, 0, 0.01, 0, 0.02),
                new SobolIndex("parties.AZE.patienceDays", 0.7, 0.6, 0.8, 0.9, 0.85, 0.95)), 64, 0.1, 1000, 0.95);
        JsonNode json = json(summary(Optional.of(sobol), List.of(), List.of(), Optional.empty(), Optional.of("none")));
        JsonNode indices = json.get("indices");
        assertThat(indices.get("kind").asText()).isEqualTo("sobol");
        assertThat(indices.get("baseSamples").asInt()).isEqualTo(64);
        // Ranked by total index, not in column order.
        assertThat(indices.get("ranking").get(0).get("parameter").asText()).isEqualTo("parties.AZE.patienceDays");
        assertThat(indices.get("ranking").get(0).get("totalHi").asDouble()).isEqualTo(0.95);
    }

    private static SweepFinding readBack(SweepSummary summary) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SweepJson.write(summary, out);
        return SweepFinding.read(new java.io.ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theBriefReadsBackTheRankingAndPrimsFindingFromSweepJson() throws Exception {
        PrccIndex driver = new PrccIndex("parties.AZE.patienceDays", -0.9, -0.95, -0.8, Double.NaN);
        SweepFinding finding = readBack(summary(Optional.empty(), List.of(driver,
                new PrccIndex("patrons.RUS.influence", 0.05, -0.1, 0.2, 0.6)), List.of(box()), Optional.empty(),
                Optional.empty()));

        assertThat(finding.scenarioSha256()).isEqualTo("ab".repeat(32));
        assertThat(finding.targetText()).isEqualTo("P(signed by 2026-12-31)");
        assertThat(finding.design()).isEqualTo("Latin hypercube of 2 points × 200 runs");
        assertThat(finding.parameters()).isEqualTo(2);
        // A NaN p-value (written quoted by Jackson) reads back as NaN.
        assertThat(finding.prcc()).containsExactly(driver, new PrccIndex("patrons.RUS.influence", 0.05, -0.1, 0.2, 0.6));
        assertThat(finding.sobol()).isEmpty();
        assertThat(finding.sentence()).isEqualTo("A sweep of 2 parameters (Latin hypercube of 2 points × 200 runs)"
                + " finds that parties.AZE.patienceDays moves P(signed by 2026-12-31) most: the higher it is, the lower"
                + " P(signed by 2026-12-31) (partial rank correlation -0.9, 95% interval -0.95 to -0.8). "
                + simplified().box().sentence("P(signed by 2026-12-31) ≥ 0.5") + " (10 of the 13 design points in the box). "
                + simplified().box().coverageSentence("P(signed by 2026-12-31) ≥ 0.5"));
        assertThat(finding.tornado()).get().extracting(chart -> chart.getTitle().getText())
                .isEqualTo("What moves P(signed by 2026-12-31)");
    }

    @Test
    void aSobolFindingWithoutABoxSaysWhyPrimFoundNone() throws Exception {
        SobolResult sobol = new SobolResult(List.of(new SobolIndex("patrons.RUS.influence", 0, 0, 0, 0.01, 0, 0.02),
                new SobolIndex("parties.AZE.patienceDays", 0.7, 0.6, 0.8, 0.9, 0.85, 0.95)), 2, 0.04, 500, 0.95);
        SweepFinding finding = readBack(summary(Optional.of(sobol), List.of(), List.of(), Optional.empty(),
                Optional.of("no design point reaches P(signed by 2026-12-31) ≥ 0.5")));

        assertThat(finding.sobol()).extracting(SobolIndex::parameter)
                .containsExactly("parties.AZE.patienceDays", "patrons.RUS.influence");
        assertThat(finding.sentence()).contains("parties.AZE.patienceDays moves P(signed by 2026-12-31) most: its total"
                + " Sobol index is 0.9 (95% interval 0.85 to 0.95).")
                .endsWith("Scenario discovery (PRIM): no design point reaches P(signed by 2026-12-31) ≥ 0.5.");
        assertThat(finding.primSentence()).isEmpty();
        assertThat(finding.primCases()).isEmpty();
        assertThat(finding.tornado()).isPresent();
    }

    @Test
    void theBriefNamesTheStrongestParameterNotTheDummyAndGivesTheNoiseFloor() throws Exception {
        SobolResult sobol = new SobolResult(List.of(new SobolIndex("patrons.RUS.influence", 0, 0, 0, 0.01, 0, 0.02),
                new SobolIndex(Factor.DUMMY, 0.01, -0.02, 0.04, 0.03, 0.01, 0.05),
                new SobolIndex("parties.AZE.patienceDays", 0.7, 0.6, 0.8, 0.9, 0.85, 0.95)), 16, 0.04, 500, 0.95);
        Optional<String> note = Optional.of("no design point reaches P(signed by 2026-12-31) ≥ 0.5");
        assertThat(readBack(summary(Optional.of(sobol), List.of(), List.of(), Optional.empty(), note)).sentence())
                .contains("finds that parties.AZE.patienceDays moves P(signed by 2026-12-31) most: its total Sobol"
                        + " index is 0.9 (95% interval 0.85 to 0.95; a dummy parameter the model never reads gets"
                        + " 0.03, the noise floor).");
        // All noise: the dummy's total index is the largest, yet it is no parameter to name.
        SobolResult noise = new SobolResult(sobol.indices().subList(0, 2), 16, 0.04, 500, 0.95);
        assertThat(readBack(summary(Optional.of(noise), List.of(), List.of(), Optional.empty(), note)).sentence())
                .contains("finds no parameter that moves P(signed by 2026-12-31) more than noise does: the largest"
                        + " total Sobol index, patrons.RUS.influence's, is 0.01 (95% interval 0 to 0.02), no more"
                        + " than the 0.03 of a dummy parameter the model never reads.");
    }

    @Test
    void aSweepWithoutIndicesHasNoTornadoAndSaysSo() throws Exception {
        SweepFinding finding = readBack(summary(Optional.empty(), List.of(), List.of(),
                Optional.of("the target never happened"), Optional.of("no positive point")));
        assertThat(finding.prcc()).isEmpty();
        assertThat(finding.sobol()).isEmpty();
        assertThat(finding.tornado()).isEmpty();
        assertThat(finding.sentence()).startsWith("A sweep of 2 parameters").contains("could not rank the parameters");
    }
}
