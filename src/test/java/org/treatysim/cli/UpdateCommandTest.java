package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;
import static org.treatysim.cli.CommandRunner.resource;
import static org.treatysim.cli.CommandRunner.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.report.files.CurveCsv;
import org.treatysim.report.files.SummaryJson;
import org.treatysim.report.update.PosteriorCsv;

/**
 * {@code treatysim update} through the command line: the folder it writes, its exit statuses and
 * messages. On the small scenarios of src/test/resources/update with few runs, to stay fast.
 */
class UpdateCommandTest {
    static final String SYNTHETIC = resource("synthetic.yaml");
    static final String OBSERVED = resource("synthetic-observations.yaml");

    /** update on synthetic.yaml with small defaults; {@code more} adds options or replaces the defaults. */
    static CommandRunner.Captured update(Path out, String... more) {
        java.util.Map<String, String> options = new java.util.LinkedHashMap<>();
        options.put("--min-accepted", "100");
        options.put("--max-runs", "3000");
        options.put("--threads", "2");
        options.put("--out", out.toString());
        List<String> flags = new java.util.ArrayList<>(List.of("--quiet"));
        for (int i = 0; i < more.length; i++) {
            if (more[i].equals("--force")) flags.add(more[i]);
            else options.put(more[i], more[++i]);
        }
        List<String> args = new java.util.ArrayList<>(List.of("update", SYNTHETIC, "--observed", OBSERVED));
        options.forEach((k, v) -> args.addAll(List.of(k, v)));
        args.addAll(flags);
        return execute(args.toArray(String[]::new));
    }

    @Test
    void writesTheConditionalResultsFolder(@TempDir Path out) throws Exception {
        CommandRunner.Captured result = update(out, "--as-of", "2024-12-31");

        assertThat(result.status()).as(result.err()).isZero();
        Path folder = out.resolve("synthetic/update");
        assertThat(tree(out)).containsExactly("synthetic", "synthetic/update", "synthetic/update/charts",
                "synthetic/update/charts/parameter-shifts.pdf", "synthetic/update/charts/parameter-shifts.png",
                "synthetic/update/charts/parameter-shifts.svg", "synthetic/update/charts/prior-vs-conditional.pdf",
                "synthetic/update/charts/prior-vs-conditional.png", "synthetic/update/charts/prior-vs-conditional.svg",
                "synthetic/update/curve.csv", "synthetic/update/posterior.csv", "synthetic/update/states.csv",
                "synthetic/update/summary.json");

        JsonNode summary = new ObjectMapper().readTree(folder.resolve("summary.json").toFile());
        assertThat(summary.get("conditional").asBoolean()).isTrue();
        JsonNode conditioning = summary.get("conditioning");
        assertThat(conditioning.get("asOf").asText()).isEqualTo("2024-12-31");
        assertThat(conditioning.get("observations")).hasSize(2);
        assertThat(conditioning.get("ignoredAfterAsOf").asInt()).isEqualTo(1);
        long accepted = conditioning.get("accepted").asLong();
        assertThat(accepted).isGreaterThanOrEqualTo(100);
        assertThat(summary.get("runs").asLong()).isEqualTo(accepted);
        assertThat(conditioning.get("runsMade").asLong()).isBetween(1000L, 3000L);
        try (InputStream in = Files.newInputStream(folder.resolve("summary.json"))) {
            SummaryJson.Saved saved = SummaryJson.read(in);
            assertThat(saved.summary().provenance().runs()).isEqualTo(accepted);
            // Given that the text was agreed by 2024-12-31, it was agreed by the horizon.
            assertThat(saved.summary().outcomes().get("textAgreed").p()).isEqualTo(1.0);
        }
        try (var in = Files.newBufferedReader(folder.resolve("curve.csv"))) {
            var curve = CurveCsv.read(in);
            // Fortnightly rows from 2024-01-15; the first on or after 2024-12-31 is 2025-01-13.
            assertThat(curve.get(0).date()).isEqualTo(LocalDate.of(2025, 1, 13));
            assertThat(curve.get(curve.size() - 1).date()).isEqualTo(LocalDate.of(2026, 6, 30));
        }
        List<String> posterior = Files.readAllLines(folder.resolve("posterior.csv"));
        assertThat(posterior.get(0)).isEqualTo(PosteriorCsv.HEADER);
        assertThat(posterior).hasSize(5).anyMatch(l -> l.startsWith("parties.A.patienceDays,"));
        assertThat(ImageIO.read(folder.resolve("charts/prior-vs-conditional.png").toFile()).getWidth()).isEqualTo(1800);

        assertThat(result.out()).startsWith("Conditioned on 2 observations to 2024-12-31 (" + OBSERVED
                + "; 1 later one not used):\n  " + accepted + " of ")
                .contains("P(signed by 2026-06-30 | observations) = ")
                .contains("P(text agreed by 2026-06-30 | observations) = 1.000")
                .contains("P(initialed by 2026-06-30 | observations) = ")
                .contains("P(collapsed by 2026-06-30 | observations) = ")
                .contains("Moved most: ").doesNotContain("parties.A.")
                .contains("Wrote " + folder.toAbsolutePath());
        // The shifts chart names parameters by their labels, as the scenario names the parties.
        String shifts = Files.readString(folder.resolve("charts/parameter-shifts.svg"));
        assertThat(shifts).doesNotContain("parties.A.").containsPattern("'s (patience \\(days\\)|bargaining stance)");
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theAsOfDateDefaultsToTheLatestObservation(@TempDir Path out) throws Exception {
        CommandRunner.Captured result = update(out, "--max-runs", "1500", "--min-accepted", "20");

        assertThat(result.status()).as(result.err()).isZero();
        JsonNode conditioning = new ObjectMapper().readTree(out.resolve("synthetic/update/summary.json").toFile())
                .get("conditioning");
        assertThat(conditioning.get("asOf").asText()).isEqualTo("2025-06-30");
        assertThat(conditioning.get("observations")).hasSize(3);
        assertThat(result.out()).startsWith("Conditioned on 3 observations to 2025-06-30 (" + OBSERVED + "):");
    }

    @Test
    void oneAndTwoThreadsWriteIdenticalFiles(@TempDir Path out) throws Exception {
        assertThat(update(out.resolve("one"), "--as-of", "2024-12-31", "--threads", "1").status()).isZero();
        assertThat(update(out.resolve("two"), "--as-of", "2024-12-31", "--threads", "2").status()).isZero();

        for (String file : List.of("curve.csv", "states.csv", "posterior.csv")) {
            assertThat(Files.readAllBytes(out.resolve("two/synthetic/update").resolve(file))).as(file)
                    .isEqualTo(Files.readAllBytes(out.resolve("one/synthetic/update").resolve(file)));
        }
    }

    @Test
    void fewerAcceptedRunsThanAskedForIsAWarning(@TempDir Path out) {
        CommandRunner.Captured result = update(out, "--as-of", "2024-12-31", "--min-accepted", "2900");

        assertThat(result.status()).isZero();
        assertThat(result.err()).startsWith("update: only ").contains("fewer than --min-accepted 2900, within"
                + " --max-runs 3000");
    }

    @Test
    void observationsNoRunReproducesExitWithStatus1AndNameTheObservation(@TempDir Path out) {
        CommandRunner.Captured result = execute("update", resource("deterministic.yaml"), "--observed",
                resource("impossible-observations.yaml"), "--max-runs", "300", "--min-accepted", "10", "--quiet",
                "--out", out.toString());

        assertThat(result.status()).isEqualTo(Main.FAILURE);
        assertThat(result.err()).startsWith("update: no run reproduces the observations: none of 300 runs has\n  "
                + resource("impossible-observations.yaml") + ":5:5: textAgreed by 2024-09-08: happened\n")
                .contains("no step falls after 2024-09-03 and on or before 2024-09-08")
                .contains("textAgreed by 2024-09-03: did not happen: 300 / 300 of 300")
                .contains("the cap was 300")
                .endsWith("update: nothing written.\n")
                .doesNotContain("Exception");
        assertThat(tree(out)).isEmpty();
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aScenarioWithoutUncertainParametersHasNoShiftChart(@TempDir Path out) throws Exception {
        Path observed = Files.writeString(out.resolve("obs.yaml"),
                "observations:\n  - { date: 2024-09-09, event: textAgreed, happened: true }\n");
        CommandRunner.Captured result = execute("update", resource("deterministic.yaml"), "--observed",
                observed.toString(), "--max-runs", "300", "--min-accepted", "10", "--quiet", "--out",
                out.resolve("results").toString());

        assertThat(result.status()).as(result.err()).isZero();
        assertThat(tree(out.resolve("results/deterministic/update/charts"))).containsExactly("prior-vs-conditional.pdf",
                "prior-vs-conditional.png", "prior-vs-conditional.svg");
        assertThat(Files.readAllLines(out.resolve("results/deterministic/update/posterior.csv")))
                .containsExactly(PosteriorCsv.HEADER);
        assertThat(result.out()).contains("300 of 300 runs accepted (acceptance 100.00%");
    }

    @Test
    void invalidFilesAreRefusedWithEveryProblemOfBothAndStatus2(@TempDir Path out) throws Exception {
        Path scenario = Files.writeString(out.resolve("bad.yaml"), Files.readString(Path.of(SYNTHETIC))
                .replace("stepDays: 14", "stepDays: fortnightly"));
        CommandRunner.Captured result = execute("update", scenario.toString(), "--observed",
                resource("invalid-observations.yaml"), "--out", out.resolve("results").toString());

        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).contains("bad.yaml:").contains("stepDays: found 'fortnightly'")
                .contains("invalid-observations.yaml:2:32: observations.0.event: unknown event 'textAgred';"
                        + " did you mean 'textAgreed'?")
                .contains("observations.1.date: date 2024-06-30 comes before the previous observation's 2024-12-31")
                .contains("forecasts.0.p: 1.2 is out of range");
        assertThat(tree(out.resolve("results"))).isEmpty();
    }

    @Test
    void observationsOutsideTheScenarioWindowAreInvalid(@TempDir Path out) throws Exception {
        Path observed = Files.writeString(out.resolve("obs.yaml"),
                "observations:\n  - { date: 2027-01-01, event: signed, happened: false }\n");
        CommandRunner.Captured result = execute("update", SYNTHETIC, "--observed", observed.toString(), "--out",
                out.resolve("results").toString());

        assertThat(result.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(result.err()).contains("obs.yaml:2:13: observations.0.date: date 2027-01-01 is after the"
                + " scenario's horizon 2026-06-30");
    }

    @Test
    void badOptionsAreUsageErrors(@TempDir Path out) {
        assertThat(update(out, "--min-accepted", "0").err()).contains("--min-accepted must be at least 1");
        assertThat(update(out, "--min-accepted", "0").status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(update(out, "--max-runs", "50").err()).contains("--max-runs 50 is less than --min-accepted 100");
        CommandRunner.Captured early = update(out, "--as-of", "2024-03-01");
        assertThat(early.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(early.err()).contains("--as-of 2024-03-01 is before the first observation (2024-06-30): there is"
                + " nothing to condition on");
        assertThat(update(out, "--as-of", "2023-12-31").err()).contains("is outside the scenario's window");
        assertThat(update(out, "--as-of", "31/12/2024").status()).isEqualTo(Main.INVALID_INPUT);
        CommandRunner.Captured missing = execute("update", SYNTHETIC);
        assertThat(missing.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(missing.err()).contains("Missing required option: '--observed=FILE'");
        assertThat(tree(out)).isEmpty();
    }

    @Test
    void anExistingFolderIsKeptUnlessForced(@TempDir Path out) throws Exception {
        Path folder = Files.createDirectories(out.resolve("synthetic/update"));
        Files.writeString(folder.resolve("notes.txt"), "mine");

        CommandRunner.Captured kept = update(out, "--as-of", "2024-12-31");
        // Like run, compare and sweep: an existing folder is invalid input (status 2), not a failure.
        assertThat(kept.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(kept.err()).contains("already exists: pass --force to replace it");
        assertThat(tree(folder)).containsExactly("notes.txt");

        assertThat(update(out, "--as-of", "2024-12-31", "--force").status()).isZero();
        assertThat(tree(folder)).contains("summary.json").doesNotContain("notes.txt");
        assertThat(tree(out.resolve("synthetic"))).allMatch(p -> p.startsWith("update"));
    }

    @Test
    void helpListsTheOptions() {
        CommandRunner.Captured help = execute("update", "--help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--observed=FILE").contains("--as-of=DATE").contains("--min-accepted=N")
                .contains("--max-runs=M").contains("--seed=S").contains("--threads=T").contains("--out=DIR")
                .contains("--force").contains("--quiet");
        assertThat(execute("--help").out()).contains("update").contains("score");
    }
}
