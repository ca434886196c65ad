package org.treatysim.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonReportTest {

    @Test
    void saysHowTheRunsWerePairedThenShowsTheTable() {
        List<String> lines = ComparisonReport.lines(ComparisonFixture.comparison(), "toy", true);
        assertThat(lines.subList(0, 3)).containsExactly(
                "Compared 2 scenarios with common random numbers: 100 runs each, seed 5 (toy's, used for all);"
                        + " run i of every scenario is paired with run i of toy.",
                "P: share of runs, 95% Wilson interval. Difference from toy: from the paired runs, 95% Tango score"
                        + " interval.",
                "");
        assertThat(lines.subList(3, lines.size())).isEqualTo(ComparisonTable.lines(ComparisonFixture.comparison(),
                true));
    }

    @Test
    void aSeedFromTheCommandLineIsSaidToBeOne() {
        List<String> lines = ComparisonReport.lines(ComparisonFixture.comparison(), ComparisonReport.SEED_OPTION,
                false);
        assertThat(lines.get(0)).contains("100 runs each, seed 5 (--seed); run i of every scenario");
        assertThat(String.join("\n", lines)).doesNotContain("–");
    }
}
