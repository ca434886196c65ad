package org.treatysim.report.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;

class RunsCsvReaderTest {
    private static final RunsCsv COLUMNS = new RunsCsv(List.of("border", "minsk"), List.of("ARM", "AZE"),
            List.of("parties.ARM.patienceDays"));

    private static byte[] file(List<RunResult> runs) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RunsCsvWriter writer = new RunsCsvWriter(bytes, COLUMNS)) {
            writer.write(COLUMNS.rows(runs));
        }
        return bytes.toByteArray();
    }

    @Test
    void readsBackEveryRunAsItWasWritten() throws IOException {
        List<RunResult> runs = List.of(
                new RunResult(0, -3L, Outcome.SIGNED, LocalDate.of(2025, 2, 25), LocalDate.of(2025, 4, 22),
                        LocalDate.of(2026, 8, 14), true, LocalDate.of(2026, 9, 13), null, 1, 0,
                        new double[] {0.4355811890982514, 1}, new double[] {0.25, 0.78}, new double[] {157.2562357918928}),
                new RunResult(1, 7L, Outcome.COLLAPSED, null, null, null, null, null, LocalDate.of(2025, 1, 3), 2, 1,
                        new double[] {Double.NaN, Double.NaN}, new double[] {0.1, 0.2}, new double[] {400}));

        RunsCsvReader.Contents read = RunsCsvReader.read(new ByteArrayInputStream(file(runs)));

        assertThat(read.columns()).isEqualTo(COLUMNS);
        assertThat(read.runs()).isEqualTo(runs);
    }

    @Test
    void aRowThatIsNotWhatTreatysimWritesIsNamedByItsLine() throws IOException {
        String text = COLUMNS.header() + "0,1,SIGNED,2025-02-30,,,,,0,0,,1,1,0.1,0.2,100\n";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        assertThatThrownBy(() -> RunsCsvReader.read(new ByteArrayInputStream(bytes.toByteArray())))
                .hasMessageStartingWith("runs.csv.gz:2: ").hasMessageContaining("2025-02-30");
    }
}
