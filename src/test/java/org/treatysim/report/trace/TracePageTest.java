package org.treatysim.report.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysim.model.IssueStatus;
import org.treatysim.model.NegotiationState;
import org.treatysim.model.Simulation;
import org.treatysim.model.StepRecord;
import org.treatysim.model.spec.Scenario;
import org.treatysim.scenario.ScenarioLoader;

class TracePageTest {
    private static Scenario baseline;
    /** Run 3 of the baseline runs to the horizon: every one of its 120 steps is on the page. */
    private static final int FULL_LENGTH = 120;
    private static TracedRun fullLength;
    private static int fullLengthRun;

    @BeforeAll
    static void traceTheBaseline() throws Exception {
        baseline = new ScenarioLoader().load(Path.of("scenarios/baseline-2024-09.yaml")).scenario();
        // The first run that lasts to the horizon: every step of the 120 is on the page.
        Simulation simulation = new Simulation(baseline);
        int run = 0;
        TracedRun traced = TracedRun.of(simulation, run);
        while (traced.steps().size() < FULL_LENGTH) {
            traced = TracedRun.of(simulation, ++run);
        }
        fullLength = traced;
        fullLengthRun = run;
    }

    @Test
    void thePageOfA120StepRunOfTheBaselineStaysUnderOneMegabyte() {
        assertThat(fullLength.steps()).hasSize(FULL_LENGTH);
        byte[] page = TracePage.render(baseline, List.of(fullLength), "test");
        System.out.printf("trace page of baseline run %d (120 steps): %d bytes%n", fullLengthRun, page.length);
        assertThat(page.length).isLessThan(1_000_000);
    }

    @Test
    void markupInTheScenarioIsWrittenAsText() {
        String markup = "<b>Bold</b> & </script><!-- x";
        Scenario marked = new Scenario(baseline.id(), markup, baseline.description(), baseline.start(),
                baseline.horizon(), baseline.stepDays(), baseline.seed(), baseline.runs(), baseline.issues(),
                baseline.packageDeal(), baseline.tolerance(), baseline.drafting(), baseline.parties(),
                baseline.mediators(), baseline.biasPenalty(), baseline.pressureToBatna(), baseline.patrons(),
                baseline.deadlines(), baseline.events(), baseline.shocks(), baseline.ratification());
        String html = new String(TracePage.render(marked, List.of(TracedRun.of(new Simulation(marked), 0)), "test"),
                StandardCharsets.UTF_8);
        assertThat(html).contains("<h1 id=\"title\">&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;/script&gt;&lt;!-- x</h1>");
        assertThat(html).contains("\"title\":\"\\u003cb\\u003eBold\\u003c/b\\u003e \\u0026 \\u003c/script\\u003e\\u003c!-- x\"");
        assertThat(html).doesNotContain("<b>").doesNotContain("<!-- x");
        // The data's element and the script's close once each: the title closes neither.
        assertThat(html.split("</script>", -1)).hasSize(3);
    }

    @Test
    void theEmbeddedDataHoldTheStepsRoundedAsTraceCsvWritesThem() throws Exception {
        String html = new String(TracePage.render(baseline, List.of(fullLength), "test"), StandardCharsets.UTF_8);
        String open = "<script type=\"application/json\" id=\"trace-data\">";
        String json = html.substring(html.indexOf(open) + open.length(), html.indexOf("</script>", html.indexOf(open)));
        JsonNode run = new ObjectMapper().readTree(json).get("runs").get(0);
        assertThat(run.get("run").asInt()).isEqualTo(fullLengthRun);
        assertThat(run.get("steps")).hasSize(FULL_LENGTH);
        StepRecord record = fullLength.steps().get(40);
        JsonNode step = run.get("steps").get(40);
        assertThat(step.get("date").asText()).isEqualTo(record.date().toString());
        StepRecord.PartyStep second = record.parties().get(1);
        assertThat(step.get("parties").get(1).get("acceptanceFloor").asText())
                .isEqualTo(Double.toString(Double.parseDouble(String.format(java.util.Locale.ROOT, "%.4f",
                        second.acceptanceFloor()))));
        assertThat(step.get("mediators")).hasSize(baseline.mediators().size());
        assertThat(step.get("patrons")).hasSize(baseline.patrons().size());
    }

    @Test
    void roundingIsTheCsvsFourDecimalsAndNaNIsNull() {
        assertThat(TracePage.rounded(0.61234)).isEqualTo(0.6123);
        assertThat(TracePage.rounded(0.61235)).isEqualTo(Double.parseDouble(String.format(java.util.Locale.ROOT,
                "%.4f", 0.61235)));
        assertThat(TracePage.rounded(Double.NaN)).isNull();
    }

    @Test
    void theLogSaysWhyEachPartyAnsweredTheDraftAsItDid() {
        StepRecord.PartyStep armenia = new StepRecord.PartyStep("ARM", 0.5, 0.6, 0.55, 0.3, 0, 0, 0, 0.2, 0.05, 0.52);
        StepRecord.PartyStep azerbaijan = new StepRecord.PartyStep("AZE", 0.3, 0.4, 0.64, 0.2, 0, 0, 0, 0.4, 0, 0.61);
        List<StepRecord.IssueStep> issues = baseline.issues().stream()
                .map(i -> new StepRecord.IssueStep(i.id(), IssueStatus.OPEN, 0.2, 0.8, 0.5, Double.NaN)).toList();
        StepRecord previous = new StepRecord(2, LocalDate.parse("2024-10-08"), NegotiationState.NEGOTIATING, false,
                "USA", List.of(armenia, azerbaijan), issues, List.of(), 0, 0);
        StepRecord step = new StepRecord(3, LocalDate.parse("2024-10-15"), NegotiationState.NEGOTIATING, true, "FRA",
                List.of(armenia, azerbaijan), issues, List.of("clash"), 1, 0);
        List<String> log = new TraceLog(baseline).sentences(previous, step);
        assertThat(log).containsExactly("Clash.", "Talks paused.", "France leads the mediation.",
                "Armenia accepted the draft: 0.57 (0.52 plus 0.05 in side payments) against its floor of 0.55 "
                        + "(its own offer).",
                "Azerbaijan refused the draft: 0.61 against its floor of 0.64 (its own offer).");
    }
}
