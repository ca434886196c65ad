package org.treatysim.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ComparisonTableTest {

    @Test
    void oneBlockPerKeyDateAndOneForTheTextWithAlignedColumns() {
        List<String> lines = ComparisonTable.lines(ComparisonFixture.comparison(), true);
        assertThat(lines.stream().filter(l -> l.startsWith("P(")).toList()).containsExactly(
                headingOf(lines, "P(signed by 2024-12-31)"), headingOf(lines, "P(signed by 2025-12-31)"),
                headingOf(lines, "P(signed by 2026-12-31)"), headingOf(lines, "P(text agreed by 2026-12-31)"));
        int block = lines.indexOf(headingOf(lines, "P(signed by 2025-12-31)"));
        String heading = lines.get(block);
        String reference = lines.get(block + 1);
        String variant = lines.get(block + 2);
        assertThat(heading).contains("difference from toy").contains("95% CI (paired)");
        assertThat(reference).startsWith("  toy ").contains("0.200  0.133–0.289").doesNotContain("+");
        assertThat(variant).startsWith("  toy-variant").contains("0.350").contains("+0.1500");
        // the P column and the difference column start where their headings do
        assertThat(reference.indexOf("0.200")).isEqualTo(heading.indexOf("P "));
        assertThat(variant.indexOf("+0.1500")).isEqualTo(heading.indexOf("difference"));
        assertThat(variant.indexOf(" to ")).isGreaterThan(heading.indexOf("95% CI (paired)"));
    }

    @Test
    void asciiWhenTheTerminalCannotShowADash() {
        assertThat(String.join("\n", ComparisonTable.lines(ComparisonFixture.comparison(), false))).doesNotContain("–");
    }

    @Test
    void differencesThatRoundToZeroShowNoSign() {
        assertThat(ComparisonTable.signed(-0.00004)).isEqualTo("0.0000");
        assertThat(ComparisonTable.signed(0.00004)).isEqualTo("0.0000");
        assertThat(ComparisonTable.signed(0.0004)).isEqualTo("+0.0004");
        assertThat(ComparisonTable.signed(-0.0123)).isEqualTo("-0.0123");
        assertThat(ComparisonTable.signed(0.15)).isEqualTo("+0.1500");
    }

    private static String headingOf(List<String> lines, String start) {
        return lines.stream().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
    }
}
