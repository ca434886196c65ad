package org.treatysim.report.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.junit.jupiter.api.Test;
import org.treatysim.report.chart.NamedChart;
import org.treatysim.report.files.JsonFiles;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.backtest.Backtest;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseForecast;
import org.treatysim.stats.backtest.CaseHistory;
import org.treatysim.stats.backtest.DatedOutcome;
import org.treatysim.stats.backtest.ForecastCurve;

/** The backtest's charts, summary.json, page and text, on small corpora built in memory. */
class BacktestReportTest {

    private static CaseForecast signedCase(String id, String title, boolean happened, double p) {
        LocalDate start = LocalDate.parse("2024-01-01");
        CaseHistory history = new CaseHistory(id, start, List.of(
                new DatedOutcome("textAgreed", LocalDate.parse("2024-03-31"), false),
                new DatedOutcome("signed", LocalDate.parse("2024-06-30"), happened)));
        List<LocalDate> dates = List.of(start, LocalDate.parse("2024-03-31"), LocalDate.parse("2024-06-30"),
                LocalDate.parse("2024-12-31"));
        List<Estimate> rising = List.of(new Estimate(0, 0, 0.1), new Estimate(0.1, 0.05, 0.2),
                new Estimate(p, p, p), new Estimate(0.9, 0.8, 0.95));
        return new CaseForecast(history, id, title, LocalDate.parse("2024-12-31"), 3, 100,
                List.of(new Estimate(0.1, 0.05, 0.2), new Estimate(p, p, p)),
                List.of(new ForecastCurve("textAgreed", dates, rising), new ForecastCurve("signed", dates, rising)));
    }

    private static BacktestProvenance provenance(List<CaseForecast> cases) {
        return new BacktestProvenance("test", "17", Instant.parse("2026-01-02T03:04:05Z"), "100 per case (--runs)",
                "each case's own seed", cases.stream().map(c -> new BacktestProvenance.CaseSource(c.id(),
                c.id() + "/scenario.yaml", c.id() + "/outcomes.yaml", "ab12")).toList());
    }

    @Test
    void chartNamesAreUniqueFileNamesInCaseOrder() {
        assertThat(BacktestCharts.chartNames(List.of("Dayton_1995", "dayton-1995", "reliability", "Oslo.II", "--")))
                .containsExactly("case-dayton-1995", "case-dayton-1995-2", "case-reliability", "case-oslo-ii", "case");
    }

    @Test
    void eachCaseChartDrawsEveryEventsCurveAndMarksItsOutcomesFilledOrOpen() {
        List<CaseForecast> cases = List.of(signedCase("a", "A talks", true, 0.4), signedCase("b", "B talks", false,
                0.6));
        BacktestResult result = Backtest.score(cases, 10, 1);
        List<NamedChart> charts = BacktestCharts.build(result, provenance(cases));
        assertThat(charts).extracting(NamedChart::name).containsExactly("reliability", "case-a", "case-b");
        assertThat(charts.get(0).title()).isEqualTo("Reliability: how often the forecast outcomes happened");

        XYPlot a = charts.get(1).chart().getXYPlot();
        // Dataset 0: the outcomes on their curves; dataset 1: one curve per event.
        assertThat(a.getDataset(1).getSeriesCount()).isEqualTo(2);
        assertThat(a.getDataset(1).getSeriesKey(1)).isEqualTo("P(signed by date)");
        assertThat(a.getDataset(0).getItemCount(0)).isEqualTo(1);
        assertThat(a.getDataset(0).getYValue(1, 0)).isEqualTo(0.4);
        XYLineAndShapeRenderer marks = (XYLineAndShapeRenderer) a.getRenderer(0);
        assertThat(marks.getItemShapeFilled(0, 0)).as("textAgreed: not yet").isFalse();
        assertThat(marks.getItemShapeFilled(1, 0)).as("signed: happened").isTrue();
        XYLineAndShapeRenderer bMarks = (XYLineAndShapeRenderer) charts.get(2).chart().getXYPlot().getRenderer(0);
        assertThat(bMarks.getItemShapeFilled(1, 0)).as("b signed: not yet").isFalse();
        // The reliability diagram: one point per non-empty bin, with its count beside it.
        XYPlot reliability = charts.get(0).chart().getXYPlot();
        assertThat(reliability.getDataset(0).getItemCount(0)).isEqualTo(result.reliability().size());
        assertThat(reliability.getAnnotations()).hasSize(result.reliability().size());
    }

    @Test
    void aPerfectReferenceGivesASkillOfMinusInfinityWrittenAsAString() throws Exception {
        // Both cases signed: each one's base rate of signed, from the other, is 1, which is perfect on
        // "signed"; textAgreed (not yet in both) has base rate 0, perfect too.
        List<CaseForecast> cases = List.of(signedCase("a", "A", true, 0.4), signedCase("b", "B", true, 0.6));
        BacktestResult result = Backtest.score(cases, 50, 1);
        assertThat(result.pooled("base rate").brier().value()).isZero();
        assertThat(result.skill().get(1).brierSkill().value()).isEqualTo(Double.NEGATIVE_INFINITY);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        BacktestJson.write(result, provenance(cases), out);
        JsonNode json = new ObjectMapper().readTree(out.toByteArray());
        assertThat(json.at("/skill/base rate/brierSkill/value").asText()).isEqualTo("-Infinity");
        assertThat(json.at("/skill/base rate/brierSkill/lo").asText()).isEqualTo("-Infinity");
        assertThat(json.at("/skill/coin flip/brierSkill/value").isNumber()).isTrue();
        assertThat(json.at("/byCase/1/scenarioFile").asText()).isEqualTo("b/scenario.yaml");
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8)).endsWith("}\n");
        assertThat(BacktestText.table(result, provenance(cases), "-")).anyMatch(l -> l.contains("vs base rate -inf"));
    }

    /**
     * Two corpora with their summary.json as the backtest has always written it (the first with a
     * perfect reference, so skill scores of −∞; the second with a title to escape and a forecast
     * of 1e-5).
     */
    private static final List<Path> SUMMARY_FIXTURES = List.of(
            Path.of("src/test/resources/json/backtest-perfect-reference.json"),
            Path.of("src/test/resources/json/backtest-three-cases.json"));

    private static List<List<CaseForecast>> fixtureCorpora() {
        return List.of(List.of(signedCase("a", "A", true, 0.4), signedCase("b", "B", true, 0.6)),
                List.of(signedCase("a", "\"Quoted\" – ü & <b>A</b>", true, 1e-5), signedCase("b", "B", false, 1 / 3.0),
                        signedCase("c", "C", false, 0.7)));
    }

    @Test
    void summaryJsonBytesAreThoseOfTheFixtureFiles() throws Exception {
        for (int i = 0; i < SUMMARY_FIXTURES.size(); i++) {
            List<CaseForecast> cases = fixtureCorpora().get(i);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            BacktestJson.write(Backtest.score(cases, 50, 1), provenance(cases), out);
            assertThat(out.toByteArray()).as("%s", SUMMARY_FIXTURES.get(i))
                    .isEqualTo(Files.readAllBytes(SUMMARY_FIXTURES.get(i)));
        }
    }

    @Test
    void summaryJsonReadsBackKeyByKeyAndIsWrittenAgainByteForByte() throws Exception {
        for (int i = 0; i < SUMMARY_FIXTURES.size(); i++) {
            List<CaseForecast> cases = fixtureCorpora().get(i);
            byte[] bytes = Files.readAllBytes(SUMMARY_FIXTURES.get(i));
            BacktestJson.Contents read = JsonFiles.read(new ByteArrayInputStream(bytes), BacktestJson.Contents.class,
                    "summary.json");
            assertThat(read).isEqualTo(BacktestJson.Contents.of(Backtest.score(cases, 50, 1), provenance(cases)));
            ByteArrayOutputStream again = new ByteArrayOutputStream();
            JsonFiles.write(read, JsonFiles.Layout.RESULTS, again);
            assertThat(again.toByteArray()).as("%s", SUMMARY_FIXTURES.get(i)).isEqualTo(bytes);
        }
        BacktestJson.Contents perfect = JsonFiles.read(new ByteArrayInputStream(Files.readAllBytes(
                SUMMARY_FIXTURES.get(0))), BacktestJson.Contents.class, "summary.json");
        assertThat(perfect.skill().get("base rate").brierSkill().lo()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(perfect.byCase().get(1).id()).isEqualTo("b");
        assertThat(perfect.references().coinFlip()).isEqualTo(BacktestJson.COIN_FLIP);
    }

    @Test
    void thePageEscapesTextAndInlinesEveryChart() {
        List<CaseForecast> cases = List.of(signedCase("a", "<b>A</b> & sons", true, 0.4),
                signedCase("b", "B", false, 0.6));
        BacktestResult result = Backtest.score(cases, 10, 1);
        BacktestProvenance provenance = provenance(cases);
        String html = new String(BacktestPage.render(result, provenance, BacktestCharts.build(result, provenance)),
                StandardCharsets.UTF_8);
        assertThat(html).contains("&lt;b&gt;A&lt;/b&gt; &amp; sons").doesNotContain("<b>A</b>");
        assertThat(html.split("<figure", -1)).hasSize(1 + 3);
        assertThat(html).contains("<meta name=\"generator\" content=\"treatysim test\">", "2 Jan 2026, 03:04 UTC",
                "signed by 30 Jun 2024");
    }
}
