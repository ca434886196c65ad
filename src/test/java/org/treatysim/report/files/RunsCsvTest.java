package org.treatysim.report.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.treatysim.model.RunResult;
import org.treatysim.montecarlo.ToySimulator;

class RunsCsvTest {
    static final RunsCsv COLUMNS = new RunsCsv(List.of("constitution", "transit"), List.of("ARM", "AZE"),
            ToySimulator.PARAMETERS);

    static byte[] write(List<RunResult> runs, int chunk) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RunsCsvWriter writer = new RunsCsvWriter(bytes, COLUMNS)) {
            for (int from = 0; from < runs.size(); from += chunk) {
                writer.write(COLUMNS.rows(runs.subList(from, Math.min(runs.size(), from + chunk))));
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void theHeaderStartsWithTheContractColumns() {
        assertThat(COLUMNS.header()).isEqualTo("run,seed,state,textAgreed,initialed,referendum,referendumPassed,"
                + "signed,clashes,spoilers,collapsed,issue.constitution,issue.transit,concession.ARM,concession.AZE,"
                + "param.parties.ARM.patienceDays,param.parties.AZE.stance\n");
    }

    @Test
    void everyRunReadsBackEqual() throws IOException {
        List<RunResult> runs = ResultFilesFixture.runs(2000);
        byte[] file = write(runs, 256);
        List<RunResult> read = new ArrayList<>();
        try (RunsCsvReader reader = new RunsCsvReader(new ByteArrayInputStream(file))) {
            assertThat(reader.columns()).isEqualTo(COLUMNS);
            reader.forEachRemaining(read::add);
        }
        assertThat(read).isEqualTo(runs);
        // The toy exercises every kind of value: dates, empty dates, true/false/empty votes, NaN values.
        assertThat(runs).anyMatch(r -> Boolean.FALSE.equals(r.referendumPassed()))
                .anyMatch(r -> r.collapsed() != null).anyMatch(r -> Double.isNaN(r.agreedValues()[0]));
    }

    @Test
    void theFileIsReproducibleAndItsGzipHeaderHasNoTimestamp() throws IOException {
        List<RunResult> runs = ResultFilesFixture.runs(500);
        byte[] first = write(runs, 64);
        assertThat(write(runs, 64)).isEqualTo(first);
        // RFC 1952: bytes 4..7 are MTIME, 0 = none.
        assertThat(new byte[] {first[4], first[5], first[6], first[7]}).containsOnly(0);
        String text = new String(new GZIPInputStream(new ByteArrayInputStream(first)).readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(text.lines().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactlyElementsOf(runs.stream().map(r -> Integer.toString(r.run())).toList());
    }

    @Test
    void runsOfAnotherShapeAndBadRowsAreRefused() throws IOException {
        RunsCsv fewer = new RunsCsv(List.of("constitution"), List.of("ARM", "AZE"), ToySimulator.PARAMETERS);
        assertThatThrownBy(() -> fewer.rows(ResultFilesFixture.runs(1))).isInstanceOf(IllegalArgumentException.class);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (RunsCsvWriter writer = new RunsCsvWriter(bytes, COLUMNS)) {
            writer.write("0,1,SIGNED,not-a-date,,,,,0,0,,,,,,,\n".getBytes(StandardCharsets.UTF_8));
        }
        try (RunsCsvReader reader = new RunsCsvReader(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThatThrownBy(reader::next).isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("runs.csv.gz:2");
        }
    }
}
