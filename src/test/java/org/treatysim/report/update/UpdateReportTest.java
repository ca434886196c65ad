package org.treatysim.report.update;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.report.chart.ReportText;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.abc.ParameterPosterior;

/** The lines {@code treatysim update} prints. */
class UpdateReportTest {

    @Test
    void whatWasConditionedOnHowManyRunsWereKeptAndEachOutcomeAfterAndBefore() throws Exception {
        ForecastSummary prior = UpdateFilesTest.summary(400);
        ForecastSummary conditional = ConditionalSummaryJson.fromAsOf(UpdateFilesTest.summary(300),
                UpdateFilesTest.AS_OF);
        List<String> lines = UpdateReport.lines(prior, conditional, List.of(),
                UpdateFilesTest.conditioning(2_000, UpdateFilesTest.AS_OF), true);

        assertThat(lines).hasSize(6);
        assertThat(lines.get(0)).isEqualTo("Conditioned on 2 observations to 2025-03-13 (obs.yaml; 1 later one not"
                + " used):");
        // Wilson interval of 2,000 of 20,000: 0.1 (0.0959–0.1042).
        assertThat(lines.get(1)).isEqualTo("  2000 of 20000 runs accepted (acceptance 10.00%, 95% CI 9.59–10.42%).");
        String horizon = conditional.curve().get(conditional.curve().size() - 1).date().toString();
        assertThat(lines.get(3)).isEqualTo("P(text agreed by " + horizon + " | observations) = "
                + ReportText.value(conditional.outcomes().get("textAgreed"), 3) + " (95% CI "
                + ReportText.interval(conditional.outcomes().get("textAgreed"), 3, "–") + ", 2000 runs); before: "
                + ReportText.value(prior.outcomes().get("textAgreed"), 3) + " ("
                + ReportText.interval(prior.outcomes().get("textAgreed"), 3, "–") + ", 20000 runs)");
        assertThat(lines.subList(2, 6)).extracting(line -> line.substring(0, line.indexOf(" by ")))
                .containsExactly("P(signed", "P(text agreed", "P(initialed", "P(collapsed");
        assertThat(String.join("\n", UpdateReport.lines(prior, conditional, List.of(),
                UpdateFilesTest.conditioning(2_000, UpdateFilesTest.AS_OF), false))).doesNotContain("–");
    }

    @Test
    void theParametersThatMovedMostComeLastAndAShortfallIsSaidOnItsOwn() throws Exception {
        ParameterPosterior small = new ParameterPosterior("parties.ARM.stance", UpdateFilesTest.distribution(1.75, 0.43,
                1.08, 1.4, 1.75, 2.1, 2.43), UpdateFilesTest.distribution(1.8, 0.4, 1.1, 1.45, 1.8, 2.1, 2.4), 0.116,
                0.05);
        ParameterPosterior large = new ParameterPosterior("parties.AZE.patienceDays", UpdateFilesTest.distribution(800,
                400, 170, 485, 800, 1115, 1430), UpdateFilesTest.distribution(300, 80, 150, 230, 310, 365, 420), -1.25,
                0.77);
        ForecastSummary summary = UpdateFilesTest.summary(200);
        Conditioning few = UpdateFilesTest.conditioning(300, UpdateFilesTest.AS_OF);
        ForecastSummary conditional = ConditionalSummaryJson.fromAsOf(summary, UpdateFilesTest.AS_OF);
        List<String> lines = UpdateReport.lines(summary, conditional, List.of(small, large), few, true);

        assertThat(lines.get(lines.size() - 1)).isEqualTo("Moved most: parties.AZE.patienceDays -1.25 sd (KS 0.77);"
                + " parties.ARM.stance +0.12 sd (KS 0.05).");
        assertThat(UpdateReport.shortfall(few)).contains("update: only 300 runs accepted, fewer than --min-accepted"
                + " 1000, within --max-runs 200000: the intervals are wide; raise --max-runs for more.");
        assertThat(UpdateReport.shortfall(UpdateFilesTest.conditioning(1000, UpdateFilesTest.AS_OF))).isEmpty();
    }
}
