package org.treatysim.report.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.ForecastSummary;

class CsvFilesTest {
    static final ForecastSummary SUMMARY = ResultFilesFixture.summary(3000);

    @Test
    void curveCsvHasExactlyTheContractColumnsAndReadsBack() throws IOException {
        StringWriter text = new StringWriter();
        CurveCsv.write(SUMMARY.curve(), text);
        List<String> lines = text.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("date,signed,signed_lo,signed_hi,textAgreed,textAgreed_lo,textAgreed_hi,"
                + "initialed,initialed_lo,initialed_hi,collapsed,collapsed_lo,collapsed_hi");
        assertThat(lines).hasSize(SUMMARY.curve().size() + 1);
        assertThat(lines.get(lines.size() - 1)).startsWith("2026-12-31,");
        assertThat(CurveCsv.read(new StringReader(text.toString()))).isEqualTo(SUMMARY.curve());
    }

    @Test
    void statesCsvReadsBack() throws IOException {
        StringWriter text = new StringWriter();
        StatesCsv.write(SUMMARY.states(), text);
        assertThat(text.toString()).startsWith(StatesCsv.HEADER + "\n2024-10-01,");
        assertThat(StatesCsv.read(new StringReader(text.toString()))).isEqualTo(SUMMARY.states());
    }

    @Test
    void theSharedFieldHelpersSpellAnEstimateAndGuardNamesAsEveryWriterNeeds() {
        assertThat(Csv.estimate(new StringBuilder("x"), new org.treatysim.stats.Estimate(0.25, 0.125, 0.5)))
                .hasToString("x,0.25,0.125,0.5");
        assertThat(Csv.plain("parties.AZE.patienceDays")).isEqualTo("parties.AZE.patienceDays");
        assertThatThrownBy(() -> Csv.plain("a,b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a plain CSV field: a,b");
        assertThat(Csv.quote("Market, Inc.")).isEqualTo("\"Market, Inc.\"");
    }

    @Test
    void aWrongHeaderOrRowIsNamed() {
        assertThatThrownBy(() -> CurveCsv.read(new StringReader("date,signed\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("unexpected header");
        assertThatThrownBy(() -> StatesCsv.read(new StringReader(StatesCsv.HEADER + "\n2024-10-01,1,0\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("states.csv:2: 3 fields");
    }
}
