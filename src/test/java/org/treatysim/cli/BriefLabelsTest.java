package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.cli.CommandRunner.execute;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.treatysim.report.brief.Assumption;
import org.treatysim.report.chart.ScenarioNames;
import org.treatysim.report.files.BriefContextJson;

/**
 * What a reader sees names things as the scenario does: no dotted parameter path and no bare id
 * (a party's, mediator's, patron's or deadline's code, an issue's key) in the brief's text, in
 * any of its charts (inline SVG) or in the chart files, with a sweep's finding and tornado chart in it.
 */
class BriefLabelsTest {
    private static final String BASELINE = "scenarios/baseline-2024-09.yaml";
    /** A path under one of the scenario's sections, e.g. {@code parties.AZE.patienceDays}. */
    private static final Pattern PATH = Pattern.compile(
            "\\b(?:parties|mediators|patrons|deadlines|issues|shocks|ratification|events)\\.[\\w.-]+");

    @TempDir
    static Path out;
    private static Path folder;
    private static BriefContextJson.BriefContext context;

    @BeforeAll
    static void forecastAndSweep() throws Exception {
        assertThat(execute("run", BASELINE, "--runs", "300", "--quiet", "--no-runs-file", "--out", out.toString())
                .status()).isZero();
        CommandRunner.Captured sweep = execute("sweep", BASELINE, "--vary",
                "parties.AZE.patienceDays={ uniform: [200, 1400] }", "--vary", "ratification.referendum.prepDays={ uniform: [100, 900] }",
                "--vary-only", "--samples", "12", "--runs-per-sample", "25", "--quiet", "--out", out.toString());
        assertThat(sweep.status()).as(sweep.err()).isZero();
        folder = out.resolve("baseline-2024-09");
        context = BriefContextJson.read(new ByteArrayInputStream(Files.readAllBytes(folder.resolve("scenario.json"))));
    }

    /** Every id of the scenario that is a code rather than a word: actors' and deadlines' ids, issue keys with a dash or digit. */
    private static List<String> codes() {
        ScenarioNames names = context.names();
        List<String> ids = new ArrayList<>();
        ids.addAll(names.parties().keySet());
        ids.addAll(names.mediators().keySet());
        ids.addAll(names.patrons().keySet());
        ids.addAll(names.deadlines().keySet());
        names.issues().keySet().stream().filter(id -> id.matches(".*[-\\d].*")).forEach(ids::add);
        return ids;
    }

    private static void readsWithoutPathsOrIds(String what, String text) {
        Matcher path = PATH.matcher(text);
        assertThat(path.find()).as("%s names a parameter by its path: %s", what, path.find(0) ? path.group() : "").isFalse();
        for (Assumption a : context.assumptions()) {
            if (a.path().contains(".")) assertThat(text).as(what).doesNotContain(a.path());
        }
        for (String id : codes()) {
            Matcher bare = Pattern.compile("(?<![\\w-])" + Pattern.quote(id) + "(?![\\w-])").matcher(text);
            assertThat(bare.find()).as("%s shows the bare id %s: …%s…", what, id,
                    bare.find(0) ? text.substring(Math.max(0, bare.start() - 60), Math.min(text.length(), bare.end() + 20)) : "")
                    .isFalse();
        }
    }

    /** The text of HTML or SVG markup: tags out (each leaves a space), the usual entities decoded. */
    private static String text(String markup) {
        String plain = markup.replaceAll("(?s)<style.*?</style>", " ").replaceAll("<[^>]+>", " ");
        plain = plain.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
        return plain.replaceAll("\\s+", " ");
    }

    @Test
    void theBriefsTextAndInlineChartsNameEverythingInWords() throws Exception {
        String html = Files.readString(folder.resolve("brief.html"));
        assertThat(html).contains("fig-sweep-tornado").contains("Azerbaijan's patience (days)");
        // Text as a reader sees it: tags out, the SVG charts' text elements in.
        String text = text(html);
        readsWithoutPathsOrIds("brief.html", text);
    }

    @Test
    void thePdfNamesEverythingInWords() throws Exception {
        try (PDDocument document = Loader.loadPDF(folder.resolve("brief.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Azerbaijan's patience (days)");
            readsWithoutPathsOrIds("brief.pdf", text);
        }
    }

    @Test
    void everyChartFileNamesEverythingInWords() throws Exception {
        try (var files = Files.list(folder.resolve("charts"))) {
            for (Path svg : files.filter(p -> p.toString().endsWith(".svg")).toList()) {
                String text = text(Files.readString(svg));
                readsWithoutPathsOrIds(svg.getFileName().toString(), text);
            }
        }
    }
}
