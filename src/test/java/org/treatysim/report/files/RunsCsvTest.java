package org.treatysim.report.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
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

    /** The file as text: gunzipped, its lines. */
    static List<String> lines(byte[] file) throws IOException {
        return new String(new GZIPInputStream(new ByteArrayInputStream(file)).readAllBytes(), StandardCharsets.UTF_8)
                .lines().toList();
    }

    @Test
    void everyKindOfValueIsWrittenAsTheHeaderSays() throws IOException {
        RunResult signed = new RunResult(3, -1L, Outcome.SIGNED, LocalDate.of(2024, 11, 1), null,
                LocalDate.of(2025, 3, 1), Boolean.FALSE, LocalDate.of(2025, 6, 1), null, 2, 1,
                new double[] {0.25, Double.NaN}, new double[] {0.5, 1}, new double[] {540.5, 1.25});
        RunResult collapsed = new RunResult(4, 7L, Outcome.COLLAPSED, null, null, null, null, null,
                LocalDate.of(2024, 12, 1), 0, 0, new double[] {Double.NaN, Double.NaN}, new double[] {0, 0},
                new double[] {1, 2});
        // Dates ISO or empty, the seed unsigned, a vote true/false/empty, an issue not agreed empty.
        assertThat(lines(write(List.of(signed, collapsed), 1))).containsExactly(COLUMNS.header().strip(),
                "3,18446744073709551615,SIGNED,2024-11-01,,2025-03-01,false,2025-06-01,2,1,,0.25,,0.5,1,540.5,1.25",
                "4,7,COLLAPSED,,,,,,0,0,2024-12-01,,,0,0,1,2");
        // The same file whatever the chunks the workers format.
        List<RunResult> runs = ResultFilesFixture.runs(2000);
        assertThat(write(runs, 256)).isEqualTo(write(runs, 2000));
    }

    @Test
    void theFileIsReproducibleAndItsGzipHeaderHasNoTimestamp() throws IOException {
        List<RunResult> runs = ResultFilesFixture.runs(500);
        byte[] first = write(runs, 64);
        assertThat(write(runs, 64)).isEqualTo(first);
        // RFC 1952: bytes 4..7 are MTIME, 0 = none.
        assertThat(new byte[] {first[4], first[5], first[6], first[7]}).containsOnly(0);
        assertThat(lines(first).stream().skip(1).map(line -> line.substring(0, line.indexOf(','))))
                .containsExactlyElementsOf(runs.stream().map(r -> Integer.toString(r.run())).toList());
    }

    @Test
    void runsOfAnotherShapeAreRefused() {
        RunsCsv fewer = new RunsCsv(List.of("constitution"), List.of("ARM", "AZE"), ToySimulator.PARAMETERS);
        assertThatThrownBy(() -> fewer.rows(ResultFilesFixture.runs(1))).isInstanceOf(IllegalArgumentException.class);
    }
}
