package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import static org.treatysim.cli.CommandRunner.execute;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BriefCommandTest {

    private static final String BASELINE = "scenarios/baseline-2024-09.yaml";
    /** The example results folder committed in the repository. */
    static final Path EXAMPLE = Path.of("results/examples/baseline-2024-09");

    @Test
    void rebuildsTheChartsAndTheBriefFromTheSavedResults(@TempDir Path results) throws Exception {
        assertThat(execute("run", BASELINE, "--runs", "300", "--quiet", "--no-runs-file", "--out",
                results.toString()).status()).isZero();
        Path folder = results.resolve("baseline-2024-09");
        byte[] html = Files.readAllBytes(folder.resolve("brief.html"));
        Files.delete(folder.resolve("brief.html"));
        Files.delete(folder.resolve("charts/signed-by-date.png"));

        CommandRunner.Captured brief = execute("brief", folder.toString());

        assertThat(brief.status()).as(brief.err()).isZero();
        assertThat(folder.resolve("charts/signed-by-date.png")).isNotEmptyFile();
        // The same summary and context give the same brief, byte for byte (its date is the run's).
        assertThat(Files.readAllBytes(folder.resolve("brief.html"))).isEqualTo(html);
        assertThat(Files.readString(folder.resolve("brief.html"))).contains("300 runs");
        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(".brief-"));
        }
    }

    /** A copy of the committed example results folder in {@code dir}. */
    static Path exampleCopy(Path dir) throws IOException {
        Path folder = dir.resolve("baseline-2024-09");
        for (String name : CommandRunner.tree(EXAMPLE)) {
            Path from = EXAMPLE.resolve(name);
            if (Files.isDirectory(from)) {
                Files.createDirectories(folder.resolve(name));
            } else {
                Files.createDirectories(folder.resolve(name).getParent());
                Files.copy(from, folder.resolve(name));
            }
        }
        return folder;
    }

    /**
     * Every chart and the brief are the same bytes each time they are drawn from the same results
     * (no clock in PNG, SVG or PDF, no random ids), and the committed example is exactly what
     * {@code brief} draws from it, so that rendering it again leaves the repository unchanged. When
     * the charts or the brief change on purpose, render the example again and commit it:
     * {@code ./treatysim brief results/examples/baseline-2024-09}.
     */
    @Test
    void drawingTwiceGivesTheSameBytesAndTheCommittedExampleIsWhatBriefDraws(@TempDir Path dir) throws Exception {
        Path first = exampleCopy(dir.resolve("first"));
        Path second = exampleCopy(dir.resolve("second"));
        assertThat(execute("brief", first.toString()).status()).isZero();
        Thread.sleep(1100);  // a clock with one-second resolution would now give other bytes
        assertThat(execute("brief", second.toString()).status()).isZero();

        List<String> files = CommandRunner.tree(EXAMPLE);
        assertThat(CommandRunner.tree(first)).isEqualTo(files);
        assertThat(CommandRunner.tree(second)).isEqualTo(files);
        assertThat(files).contains("brief.html", "brief.pdf", "charts/signed-by-date.png", "charts/signed-by-date.svg",
                "charts/signed-by-date.pdf");
        for (String name : files) {
            if (Files.isDirectory(EXAMPLE.resolve(name))) continue;
            byte[] committed = Files.readAllBytes(EXAMPLE.resolve(name));
            assertThat(Files.readAllBytes(second.resolve(name))).as("drawn twice: " + name)
                    .isEqualTo(Files.readAllBytes(first.resolve(name)));
            assertThat(Files.readAllBytes(first.resolve(name))).as("committed example: " + name).isEqualTo(committed);
        }
    }

    @Test
    void theBaselinesChartsCutNoLabelShort(@TempDir Path dir) throws Exception {
        Path folder = exampleCopy(dir);
        assertThat(execute("brief", folder.toString()).status()).isZero();
        // JFreeChart ends a label it had no room for with "..."; the baseline's long issue titles
        // and their run counts must be drawn whole.
        for (String name : CommandRunner.tree(folder.resolve("charts"))) {
            if (!name.endsWith(".svg")) continue;
            assertThat(Files.readString(folder.resolve("charts").resolve(name))).as(name).doesNotContain("...<");
        }
        // Each issue's run count, "(n = 9,470)", is drawn whole, even where its label wraps.
        String text = Files.readString(folder.resolve("charts/agreed-terms.svg")).replaceAll("(?s)<[^>]*>", "");
        long counts = java.util.regex.Pattern.compile("\\(n = ").matcher(text).results().count();
        assertThat(counts).isEqualTo(8);
        assertThat(java.util.regex.Pattern.compile("\\(n = [0-9,]+\\)").matcher(text.replaceAll("\\s+", " "))
                .results().count()).isEqualTo(counts);
    }

    @Test
    void malformedJsonIsNamedWithItsLineColumnAndWhatWasExpected(@TempDir Path dir) throws IOException {
        Path folder = exampleCopy(dir);
        Path summary = folder.resolve("summary.json");
        List<String> lines = Files.readAllLines(summary);
        int line = 0;
        while (!lines.get(line).startsWith("  \"runs\" : ")) line++;
        lines.set(line, "  \"runs\" 10000,");  // no colon
        Files.write(summary, lines);
        List<String> before = CommandRunner.tree(folder);

        CommandRunner.Captured brief = execute("brief", folder.toString());

        assertThat(brief.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(brief.err()).isEqualTo(summary + ":" + (line + 1) + ":10: Unexpected character ('1' (code 49)):"
                + " was expecting a colon to separate field name and value (expected the JSON that treatysim writes)"
                + System.lineSeparator());
        assertThat(brief.out()).isEmpty();
        assertThat(CommandRunner.tree(folder)).isEqualTo(before);

        // A problem found at the end names where the unclosed part began, without Jackson's "Source: REDACTED".
        Files.writeString(summary, "{\"scenario\": [1,2\n");
        assertThat(execute("brief", folder.toString()).err()).isEqualTo(summary + ":2:1: Unexpected end-of-input:"
                + " expected close marker for Array (start marker at line 1, column 14) (expected the JSON that"
                + " treatysim writes)" + System.lineSeparator());
    }

    @Test
    void aMissingKeyIsNamedWithTheWholePath(@TempDir Path dir) throws IOException {
        Path folder = exampleCopy(dir);
        Path context = folder.resolve("scenario.json");
        Files.writeString(context, "{ }");
        CommandRunner.Captured brief = execute("brief", folder.toString());
        assertThat(brief.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(brief.err()).startsWith(context + ": missing key ");
    }

    @Test
    void aFileThatCannotBeWrittenIsAFailureWithStatusOneAndLeavesTheInputs(@TempDir Path dir) throws IOException {
        Path folder = exampleCopy(dir);
        // A folder with something in it where brief.pdf must go: the new brief cannot be put in place.
        Files.delete(folder.resolve("brief.pdf"));
        Files.createDirectories(folder.resolve("brief.pdf/someone's"));
        byte[] summary = Files.readAllBytes(folder.resolve("summary.json"));

        CommandRunner.Captured brief = execute("brief", folder.toString());

        assertThat(brief.status()).isEqualTo(Main.FAILURE);
        assertThat(brief.err()).startsWith("treatysim brief: the charts and brief in " + folder + " were not rendered"
                + " again: ").contains("brief.pdf");
        assertThat(Files.readAllBytes(folder.resolve("summary.json"))).isEqualTo(summary);
        assertThat(folder.resolve("brief.pdf/someone's")).isDirectory();
        assertThat(CommandRunner.tree(folder)).noneMatch(name -> name.startsWith("."));
        assertThat(CommandRunner.tree(dir)).noneMatch(name -> name.startsWith("."));
    }

    @Test
    void aFullDiskIsOneLineAndStatusOneNotAStackTrace(@TempDir Path dir) throws Exception {
        Path folder = exampleCopy(dir);
        List<String> before = CommandRunner.tree(folder);
        // Files of at most 100 KiB, as on a nearly full disk: the chart fonts, copied into the
        // temporary folder before anything is drawn, do not fit.
        Path stderr = dir.resolve("stderr.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder("bash", "-c", "ulimit -f 100 && exec \"$@\"", "bash", java,
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "brief",
                folder.toString()).redirectError(stderr.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile())
                .start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(process.exitValue()).isEqualTo(Main.FAILURE);
        assertThat(Files.readAllLines(stderr)).singleElement().asString()
                .startsWith("treatysim brief: cannot copy the font DejaVuSans").endsWith(": File too large");
        assertThat(CommandRunner.tree(folder)).isEqualTo(before);
    }

    @Test
    void aFolderThatAnotherJobIsWritingIsRefusedAtOnce(@TempDir Path dir) throws IOException {
        Path folder = exampleCopy(dir);
        List<String> before = CommandRunner.tree(folder);
        try (FolderLock held = FolderLock.acquire(folder)) {
            CommandRunner.Captured brief = execute("brief", folder.toString());
            assertThat(brief.status()).isEqualTo(Main.INVALID_INPUT);
            assertThat(brief.err()).startsWith("treatysim brief: " + folder.toAbsolutePath() + " is being written by"
                    + " another treatysim job (process " + ProcessHandle.current().pid() + ")");
        }
        assertThat(CommandRunner.tree(folder)).isEqualTo(before);
    }

    @Test
    void aFolderWithoutResultsIsRefusedWithItsName(@TempDir Path empty) {
        CommandRunner.Captured brief = execute("brief", empty.toString());
        assertThat(brief.status()).isEqualTo(Main.INVALID_INPUT);
        assertThat(brief.err()).contains("summary.json").contains("treatysim run");
        assertThat(empty.toFile().list()).isEmpty();
    }
}
