package org.treatysim.report.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.PairedComparison;

class ComparisonCsvTest {

    @Test
    void oneLinePerScenarioEventAndDateWithTheDocumentedColumns() throws Exception {
        PairedComparison comparison = ComparisonFixture.comparison();
        StringWriter out = new StringWriter();
        ComparisonCsv.write(comparison, out);
        List<String> lines = out.toString().lines().toList();
        assertThat(out.toString()).endsWith("\n").doesNotContain("\r");
        assertThat(lines.get(0)).isEqualTo(
                "scenario,event,date,runs,p,p_lo,p_hi,diff,diff_lo,diff_hi,onlyReference,onlyThis");
        // 2 scenarios × (3 key dates + text agreed by the horizon)
        assertThat(lines).hasSize(1 + 2 * 4);
        assertThat(lines.get(1)).isEqualTo("toy,signed,2024-12-31,100,0,0,"
                + Numbers.format(comparison.rows().get(0).probability().hi()) + ",0,0,0,0,0");
        assertThat(lines.get(4)).startsWith("toy,textAgreed,2026-12-31,100,0.6,");

        String[] variant = lines.get(6).split(",", -1);
        assertThat(variant).hasSize(12);
        assertThat(variant[0]).isEqualTo("toy-variant");
        assertThat(variant[2]).isEqualTo("2025-12-31");
        assertThat(Double.parseDouble(variant[4])).isEqualTo(0.35);
        // difference (15 − 0)/100, inside its interval; the discordant runs
        assertThat(Double.parseDouble(variant[7])).isEqualTo(0.15);
        assertThat(Double.parseDouble(variant[8])).isLessThan(0.15).isPositive();
        assertThat(Double.parseDouble(variant[9])).isGreaterThan(0.15);
        assertThat(variant[10]).isEqualTo("0");
        assertThat(variant[11]).isEqualTo("15");
        for (String line : lines.subList(1, lines.size())) {
            assertThat(line.split(",", -1)).hasSize(12);
        }
    }
}
