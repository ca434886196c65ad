package org.treatysim.report.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.stats.sensitivity.SobolResult;

/** The lines {@code treatysim sweep} prints, from the hand-made summaries of {@link SweepFilesTest}. */
class SweepReportTest {

    @Test
    void theDesignTheSpreadTheRankingAndEachBoxInSentences() {
        SweepSummary summary = SweepFilesTest.summary(Optional.empty(), List.of(
                new PrccIndex("parties.AZE.patienceDays", -0.9, -0.95, -0.8, 1e-9),
                new PrccIndex("patrons.RUS.influence", 0.05, -0.1, 0.2, 0.6)), List.of(SweepFilesTest.box()),
                Optional.empty(), Optional.empty());
        assertThat(SweepReport.lines(summary)).containsExactly(
                "Sweep of one-driver: 2 parameters, Latin hypercube of 2 points, 200 runs each",
                "P(signed by 2026-12-31) over the design points: min 0, median 0.25, mean 0.25, max 0.5",
                "",
                "Ranking by partial rank correlation (95% interval; < 0: the parameter lowers the target):",
                "   1. parties.AZE.patienceDays  -0.9 [-0.95, -0.8]",
                "   2. patrons.RUS.influence     0.05 [-0.1, 0.2]",
                "",
                "Scenario discovery (PRIM) for P(signed by 2026-12-31) ≥ 0.5:",
                "  Box 1: P(signed by 2026-12-31) ≥ 0.5 in 77% of cases where parties.AZE.patienceDays ≤ 520.",
                "         These cases hold 100% of all cases where P(signed by 2026-12-31) ≥ 0.5, and 33% of all"
                        + " cases.",
                "         (PRIM's box also restricted 1 more parameter by margins that add nothing significant; with"
                        + " them: density 77%, coverage 100%; see boxes.csv)",
                "");
    }

    @Test
    void sobolIndicesAreRankedByTheTotalIndexWithTheirCaveat() {
        SobolResult sobol = new SobolResult(List.of(new SobolIndex("patrons.RUS.influence", 0, 0, 0, 0.01, 0, 0.02),
                new SobolIndex("parties.AZE.patienceDays", 0.7, 0.6, 0.8, 0.9, 0.85, 0.95)), 64, 0.1, 1000, 0.95);
        List<String> lines = SweepReport.lines(SweepFilesTest.summary(Optional.of(sobol), List.of(), List.of(),
                Optional.of("the dummy is the noise floor"), Optional.of("no design point reaches the threshold")));
        assertThat(lines.subList(3, lines.size())).containsExactly(
                "Ranking by total Sobol index (first-order index; 95% bootstrap intervals):",
                "   1. parties.AZE.patienceDays  total 0.9 [0.85, 0.95]  first 0.7 [0.6, 0.8]",
                "   2. patrons.RUS.influence     total 0.01 [0, 0.02]  first 0 [0, 0]",
                "Note: the dummy is the noise floor.",
                "",
                "Scenario discovery (PRIM) for P(signed by 2026-12-31) ≥ 0.5:",
                "  no design point reaches the threshold",
                "");
    }

    @Test
    void withoutIndicesItSaysWhyAndGivesNoNote() {
        List<String> lines = SweepReport.lines(SweepFilesTest.summary(Optional.empty(), List.of(), List.of(),
                Optional.of("P(signed by 2026-12-31) is 0 at every design point"), Optional.empty()));
        assertThat(lines).contains("No ranking: P(signed by 2026-12-31) is 0 at every design point", "  no box")
                .noneMatch(line -> line.startsWith("Note:"));
    }

    @Test
    void withTheScenariosNamesTheRankingAndTheBoxesReadInWordsAndKeepThePathsForVary() {
        SweepSummary summary = SweepFilesTest.summary(Optional.empty(), List.of(
                new PrccIndex("parties.AZE.patienceDays", -0.9, -0.95, -0.8, 1e-9),
                new PrccIndex("patrons.RUS.influence", 0.05, -0.1, 0.2, 0.6)), List.of(SweepFilesTest.box()),
                Optional.empty(), Optional.empty());
        ScenarioNames names = new ScenarioNames(Map.of("ARM", "Armenia", "AZE", "Azerbaijan"), Map.of(), Map.of(),
                Map.of("RUS", "Russia"), Map.of(), List.of());
        List<String> lines = SweepReport.lines(summary, names);
        assertThat(lines).contains(
                "   1. Azerbaijan's patience (days) (parties.AZE.patienceDays)  -0.9 [-0.95, -0.8]",
                "   2. Russia's influence (patrons.RUS.influence)               0.05 [-0.1, 0.2]",
                "  Box 1: P(signed by 2026-12-31) ≥ 0.5 in 77% of cases where Azerbaijan's patience (days) ≤ 520.");
    }
}
