package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.HeadlessChromium;

/**
 * The page of {@code trace --html} as a reader's browser shows it: headless Chromium opens it from
 * disk at a step given in the link (the page moves its slider there) and the numbers it shows for
 * that step must be those of {@code trace --csv}, column by column, for every run side by side;
 * the page's script must log nothing (no error, no blocked request) and markup in the scenario's
 * title must show as text. Skipped without Chromium on a workstation, failed without it on CI.
 */
class TraceHtmlBrowserTest {
    private static final String BASELINE = "scenarios/baseline-2024-09.yaml";
    private static final Pattern CELL = Pattern.compile(
            "<(?:td|span)[^>]*? data-col=\"([^\"]+)\"[^>]*? data-value=\"([^\"]*)\"[^>]*>([^<]*)<");

    @TempDir
    static Path temp;

    private static Optional<HeadlessChromium> chromium;

    @BeforeAll
    static void findChromium() {
        chromium = HeadlessChromium.find(temp);
    }

    @Test
    void atTheLinkedStepEveryRunShowsTheNumbersOfTraceCsv() throws Exception {
        HeadlessChromium browser = HeadlessChromium.require(chromium, "the trace page");
        Path page = temp.resolve("trace.html");
        CommandRunner.Captured written = execute("trace", BASELINE, "--runs", "3,7", "--html", "--out", page.toString());
        assertThat(written.status()).as(written.err()).isZero();
        assertThat(written.out()).contains("Wrote " + page);
        int step = 40;
        HeadlessChromium.Output shown = browser.run("--dump-dom", page.toUri() + "#step=" + step);
        assertThat(shown.console()).as("console messages of the page").isEmpty();
        String dom = shown.out();
        for (String run : List.of("3", "7")) {
            List<String> csv = execute("trace", BASELINE, "--run", run, "--csv").out().lines().toList();
            String[] columns = csv.get(0).split(",", -1);
            String[] row = csv.get(step + 1).split(",", -1);
            assertThat(row).as("a row without quoted fields").hasSameSizeAs(columns);
            Map<String, String[]> cells = cells(section(dom, run));
            for (int c = 0; c < columns.length; c++) {
                if (columns[c].equals("events")) continue;
                assertThat(cells).as("run %s shows column %s", run, columns[c]).containsKey(columns[c]);
                String[] cell = cells.get(columns[c]);
                assertThat(cell[0]).as("run %s step %d %s", run, step, columns[c]).isEqualTo(row[c]);
                if (row[c].matches("-?\\d+\\.\\d{4}")) {
                    assertThat(cell[1]).as("the number shown for %s", columns[c]).isEqualTo(row[c]);
                }
            }
        }
        keep(page, "trace.html");
    }

    @Test
    void aTitleWithMarkupShowsAsTextAndTheScriptStillRuns() throws Exception {
        HeadlessChromium browser = HeadlessChromium.require(chromium, "the trace page");
        String title = "<b>Bold</b> & </script><script>document.title='hijacked'</script>";
        String yaml = Files.readString(Path.of(BASELINE), StandardCharsets.UTF_8).replaceFirst("(?m)^title: .*$",
                "title: \"" + title.replace("\"", "\\\"") + "\"")
                // A party's name reaches the page through the script, which must set it as text too.
                .replaceFirst("(?m)^    name: Armenia$", "    name: \"<i>Armenia</i>\"");
        Path scenario = temp.resolve("markup.yaml");
        Files.writeString(scenario, yaml, StandardCharsets.UTF_8);
        Path page = temp.resolve("markup.html");
        assertThat(execute("trace", scenario.toString(), "--html", "--out", page.toString()).status()).isZero();
        HeadlessChromium.Output shown = browser.run("--dump-dom", page.toUri().toString());
        assertThat(shown.console()).isEmpty();
        String dom = shown.out();
        assertThat(dom).contains("<h1 id=\"title\">&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;/script&gt;&lt;script&gt;");
        assertThat(dom).doesNotContain("<b>").doesNotContain("<i>").doesNotContain("hijacked</title>");
        assertThat(dom).contains("<h4>&lt;i&gt;Armenia&lt;/i&gt;</h4>");
        // The script ran past the data: the run's panel and its cells are there.
        assertThat(dom).contains("data-run=\"0\"").contains("data-col=\"ARM.clock\"");
    }

    /**
     * The keys work as the page says: → one step on, End the last step, Home the first, Space plays
     * (the run moves on by itself) and Space again pauses. A harness page beside the trace page
     * frames it, presses the keys on it and writes what the page then shows.
     */
    @Test
    void theKeyboardMovesThroughThePlaysAndPausesTheRun() throws Exception {
        HeadlessChromium browser = HeadlessChromium.require(chromium, "the trace page");
        Path page = temp.resolve("keys.html");
        assertThat(execute("trace", BASELINE, "--run", "3", "--html", "--out", page.toString()).status()).isZero();
        List<String> dates = execute("trace", BASELINE, "--run", "3", "--csv").out().lines().skip(1)
                .map(row -> row.split(",", -1)[1]).toList();
        Path harness = temp.resolve("keys-harness.html");
        Files.writeString(harness, """
                <!DOCTYPE html><html><body><pre id="out">not run</pre>
                <iframe id="f" src="keys.html" width="1200" height="800"></iframe>
                <script>
                var f = document.getElementById('f');
                f.onload = function () {
                  var d = f.contentDocument, w = f.contentWindow, out = [];
                  function key(k) {
                    d.body.dispatchEvent(new w.KeyboardEvent('keydown', {key: k, bubbles: true, cancelable: true}));
                  }
                  function at() {
                    return d.getElementById('slider').value + ' '
                        + d.querySelector('[data-col=date]').getAttribute('data-value');
                  }
                  function playing() { return d.getElementById('play').getAttribute('aria-pressed'); }
                  out.push('start ' + at());
                  key('ArrowRight'); out.push('right ' + at());
                  key('End'); out.push('end ' + at());
                  key('Home'); out.push('home ' + at());
                  key(' '); out.push('play ' + playing());
                  setTimeout(function () {
                    out.push('later ' + d.getElementById('slider').value);
                    key(' '); out.push('pause ' + playing());
                    document.getElementById('out').textContent = out.join('|');
                  }, 1000);
                };
                </script></body></html>
                """, StandardCharsets.UTF_8);
        HeadlessChromium.Output shown = browser.run("--allow-file-access-from-files", "--virtual-time-budget=5000",
                "--dump-dom", harness.toUri().toString());
        assertThat(shown.console()).isEmpty();
        Matcher out = Pattern.compile("<pre id=\"out\">([^<]*)</pre>").matcher(shown.out());
        assertThat(out.find()).as(shown.out()).isTrue();
        List<String> seen = List.of(out.group(1).split("\\|"));
        int last = dates.size() - 1;
        assertThat(seen.subList(0, 5)).containsExactly("start 0 " + dates.get(0), "right 1 " + dates.get(1),
                "end " + last + " " + dates.get(last), "home 0 " + dates.get(0), "play true");
        assertThat(Integer.parseInt(seen.get(5).substring("later ".length()))).as("steps played in a second")
                .isBetween(2, 4);
        assertThat(seen.get(6)).isEqualTo("pause false");
    }

    @Test
    void thePageAsksForNothingOutsideItself() throws IOException {
        Path page = temp.resolve("alone.html");
        assertThat(execute("trace", BASELINE, "--html", "--out", page.toString()).status()).isZero();
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none';");
        // The only address in the page is the SVG namespace, which the script names and never fetches.
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http:").doesNotContain("https:")
                .doesNotContain(" src=").doesNotContain(" href=").doesNotContain("url(").doesNotContain("@import");
    }

    /** The panel of one run: from its section's start to the next section or the end of the runs. */
    private static String section(String dom, String run) {
        int start = dom.indexOf("data-run=\"" + run + "\"");
        assertThat(start).as("the panel of run " + run).isNotNegative();
        int end = dom.indexOf("<section", start);
        return dom.substring(start, end < 0 ? dom.length() : end);
    }

    /** Per column, the value the cell holds and the text it shows. */
    private static Map<String, String[]> cells(String html) {
        Map<String, String[]> cells = new LinkedHashMap<>();
        Matcher matcher = CELL.matcher(html);
        while (matcher.find()) {
            cells.put(matcher.group(1), new String[] {matcher.group(2), matcher.group(3)});
        }
        return cells;
    }

    private static void keep(Path file, String name) throws IOException {
        Path dir = Path.of("target", "trace-check");
        Files.createDirectories(dir);
        Files.copy(file, dir.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
