package org.treatysim.report.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import java.util.Map;
import org.treatysim.report.brief.Assumption;
import org.treatysim.report.chart.ScenarioNames;

class BriefContextJsonTest {
    /** The scenario.json of the example results folder committed in the repository. */
    static final Path EXAMPLE = Path.of("results/examples/baseline-2024-09/scenario.json");

    static byte[] write(BriefContextJson.BriefContext context) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BriefContextJson.write(context, bytes);
        return bytes.toByteArray();
    }

    @Test
    void theCommittedExampleReadsBackAndIsWrittenAgainByteForByte() throws IOException {
        byte[] committed = Files.readAllBytes(EXAMPLE);
        BriefContextJson.BriefContext context = BriefContextJson.read(new ByteArrayInputStream(committed));
        assertThat(context.start()).isEqualTo(LocalDate.of(2024, 9, 24));
        assertThat(context.assumptions()).hasSizeGreaterThan(100);
        assertThat(write(context)).isEqualTo(committed);
    }

    @Test
    void readsBackWhatItWrote() throws IOException {
        BriefContextJson.BriefContext context = new BriefContextJson.BriefContext(LocalDate.of(2024, 9, 24),
                LocalDate.of(2026, 12, 31), "Two lines,\n\"quoted\" and ± non-ASCII.", List.of(
                        new Assumption("seed", "7", "assumption: any"), new Assumption("parties.ARM.stance", "0.4", "")),
                new ScenarioNames(Map.of("ARM", "Armenia", "AZE", "Azərbaycan"), Map.of("minsk", "Minsk Group"), Map.of(),
                        Map.of("RUS", "Russia"), Map.of("cop29", "COP29, Baku"), List.of("New US administration")));
        assertThat(BriefContextJson.read(new ByteArrayInputStream(write(context)))).isEqualTo(context);
        BriefContextJson.BriefContext bare = new BriefContextJson.BriefContext(LocalDate.of(2024, 9, 24),
                LocalDate.of(2026, 12, 31), null, List.of(), null);
        assertThat(BriefContextJson.read(new ByteArrayInputStream(write(bare)))).isEqualTo(bare);
    }

    /** A scenario.json written before treatysim kept the scenario's names still reads: its labels fall back to ids. */
    @Test
    void aFileWithoutNamesReadsWithNone() throws IOException {
        String old = "{\"start\": \"2024-09-24\", \"horizon\": \"2026-12-31\", \"description\": \"\", \"assumptions\": []}";
        BriefContextJson.BriefContext context = BriefContextJson.read(new ByteArrayInputStream(
                old.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(context.names()).isEqualTo(ScenarioNames.NONE);
        assertThat(context.names().parameter("parties.ARM.patienceDays")).isEqualTo("ARM's patience (days)");
    }
}
