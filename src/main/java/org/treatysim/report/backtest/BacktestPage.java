package org.treatysim.report.backtest;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheFactory;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.treatysim.report.chart.ChartExport;
import org.treatysim.report.chart.NamedChart;
import org.treatysim.report.chart.ReportText;
import org.treatysim.stats.backtest.Backtest;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseForecast;
import org.treatysim.stats.backtest.CaseScore;
import org.treatysim.stats.backtest.PooledScore;
import org.treatysim.stats.backtest.ReferenceForecast;
import org.treatysim.stats.backtest.ReferenceForecasters;
import org.treatysim.stats.backtest.ScorecardRow;
import org.treatysim.stats.backtest.Skill;
import org.treatysim.stats.scoring.BrierDecomposition;

/**
 * backtest.html: one self-contained page in the brief's style (the brief's stylesheet, charts
 * inline as SVG, no scripts, nothing fetched), from {@code backtest.html.mustache}. Text values
 * are HTML-escaped by mustache; only the SVG the charts produce is inserted as markup.
 */
public final class BacktestPage {
    private static final MustacheFactory TEMPLATES = new DefaultMustacheFactory("org/treatysim/report");
    private static final DateTimeFormatter CREATED = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH);

    private BacktestPage() { }

    /** What the page shows; every number already formatted. */
    record View(String title, String kicker, String headline, String lead, List<ScoreRow> scores, String scoresNote,
                List<Entry> decomposition, String decompositionNote, List<Figure> figures, List<CaseRow> cases,
                List<OutcomeRow> outcomes, String outcomesNote, List<String> method, List<Entry> provenance,
                String created) { }

    /** A forecaster over all outcomes. */
    record ScoreRow(String forecaster, String brier, String logScore, String skill, boolean ours) { }

    /** A named value. */
    record Entry(String name, String value) { }

    /** A chart inline, with its caption. */
    record Figure(String id, int number, String svg, String caption) { }

    /** A case's means. */
    record CaseRow(String id, String title, String window, int outcomes, String runs, String brier, String logScore,
                   String coinFlip, String baseRate, String duration) { }

    /** One outcome of one case. */
    record OutcomeRow(String caseId, String outcome, String happened, String forecast, String brier, String logScore,
                      String coinFlip, String baseRate, String duration) { }

    /**
     * The page.
     *
     * @param charts the charts of {@link BacktestCharts#build}: the reliability diagram, then one per case
     */
    public static byte[] render(BacktestResult result, BacktestProvenance provenance, List<NamedChart> charts) {
        Mustache page = TEMPLATES.compile("backtest/backtest.html.mustache");
        StringWriter out = new StringWriter();
        page.execute(out, Map.of("view", view(result, provenance, charts), "version", provenance.version()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static View view(BacktestResult result, BacktestProvenance provenance, List<NamedChart> charts) {
        if (charts.size() != result.cases().size() + 1) {
            throw new IllegalArgumentException(charts.size() + " charts for " + result.cases().size()
                    + " cases (expected the reliability diagram and one per case)");
        }
        String dash = "–";
        int cases = result.cases().size();
        PooledScore ours = result.pooled(Backtest.TREATYSIM);
        String title = "Backtest: treatysim's forecasts of " + cases + " past negotiation" + (cases == 1 ? "" : "s");
        String kicker = "Backtest · " + cases + " case" + (cases == 1 ? "" : "s") + " · " + result.outcomes()
                + " dated outcomes";
        List<String> references = new ArrayList<>();
        for (String name : ReferenceForecasters.NAMES) {
            references.add(name + " " + BacktestText.score(result.pooled(name).brier().value()));
        }
        String headline = "treatysim's mean Brier score over " + result.outcomes() + " outcomes: "
                + BacktestText.interval(ours.brier(), dash) + "; " + String.join(", ", references) + ".";
        String lead = "Each case is a past negotiation written as a scenario as of its forecast date, and the dated"
                + " outcomes that followed. Each scenario was run as written; the probability of each outcome is the"
                + " share of its runs in which the event happened by the outcome's date. Lower scores are better;"
                + " intervals are 95% bootstrap intervals from resampling whole cases.";

        List<ScoreRow> scores = new ArrayList<>();
        for (PooledScore p : result.pooled()) {
            Skill skill = result.skill().stream().filter(s -> s.reference().equals(p.forecaster())).findFirst()
                    .orElse(null);
            scores.add(new ScoreRow(p.forecaster(), BacktestText.interval(p.brier(), dash),
                    BacktestText.interval(p.logScore(), dash),
                    skill == null ? "" : BacktestText.interval(skill.brierSkill(), dash).replace("-inf", "−∞"),
                    p.forecaster().equals(Backtest.TREATYSIM)));
        }
        String scoresNote = "Brier score: mean of (p − o)², 0 is perfect and always saying 0.5 scores 0.25. Log score:"
                + " mean of −ln of the probability given to what happened, in nats, probabilities clipped to ["
                + result.logClip() + ", " + (1 - result.logClip()) + "]. Brier skill of treatysim against a"
                + " reference: 1 − BS / BS(reference); above 0 beats it. " + result.bootstrap().replicates()
                + " bootstrap resamples of the cases, seed " + result.bootstrap().seed() + ".";

        BrierDecomposition d = result.decomposition();
        BrierDecomposition byValue = result.byValue();
        List<Entry> decomposition = List.of(
                new Entry("Reliability (lower is better)", BacktestText.score(d.reliability())),
                new Entry("Resolution (higher is better)", BacktestText.score(d.resolution())),
                new Entry("Uncertainty (of the outcomes alone)", BacktestText.score(d.uncertainty())),
                new Entry("Within-bin variance", BacktestText.score(d.withinBinVariance())),
                new Entry("Within-bin covariance", BacktestText.score(d.withinBinCovariance())),
                new Entry("Mean Brier score", BacktestText.score(d.brier())));
        String decompositionNote = "Over " + d.binning() + " (" + d.bins() + " non-empty): Brier = reliability −"
                + " resolution + uncertainty + within-bin variance − within-bin covariance. With one bin per distinct"
                + " forecast value (" + byValue.bins() + " bins) the within-bin terms vanish: reliability "
                + BacktestText.score(byValue.reliability()) + ", resolution " + BacktestText.score(byValue.resolution())
                + ".";

        List<Figure> figures = new ArrayList<>();
        NamedChart reliability = charts.get(0);
        figures.add(new Figure(reliability.name(), 1, ChartExport.svgElement(reliability.chart(), reliability.name()),
                "Reliability diagram of treatysim's forecasts: in each bin of forecast probability, the share of the"
                        + " outcomes that happened (with its 95% Wilson interval and the number of outcomes) against"
                        + " the mean forecast. Points on the diagonal are reliable; with few outcomes per bin the"
                        + " intervals are wide."));
        List<CaseRow> caseRows = new ArrayList<>();
        for (int i = 0; i < cases; i++) {
            CaseForecast c = result.cases().get(i);
            CaseScore s = result.byCase().get(i);
            NamedChart chart = charts.get(i + 1);
            figures.add(new Figure(chart.name(), i + 2, ChartExport.svgElement(chart.chart(), chart.name()),
                    "Case " + c.id() + " (" + c.title() + "): the probability, as forecast on "
                            + ReportText.date(c.history().forecastDate()) + ", that each event happens by each date;"
                            + " filled dots: outcomes that had happened by their date, open dots: not yet."));
            caseRows.add(new CaseRow(c.id(), c.title(), ReportText.dateRange(c.history().forecastDate(), c.horizon()),
                    s.outcomes(), ReportText.count(c.runs()), BacktestText.score(s.of(Backtest.TREATYSIM).brier()),
                    BacktestText.score(s.of(Backtest.TREATYSIM).logScore()),
                    BacktestText.score(s.of(ReferenceForecasters.COIN_FLIP).brier()),
                    BacktestText.score(s.of(ReferenceForecasters.BASE_RATE).brier()),
                    BacktestText.score(s.of(ReferenceForecasters.DURATION).brier())));
        }
        List<OutcomeRow> outcomes = new ArrayList<>();
        for (ScorecardRow r : result.rows()) {
            outcomes.add(new OutcomeRow(r.caseId(), r.event() + " by " + ReportText.date(r.date()),
                    r.happened() ? "yes" : "not yet", ReportText.value(r.forecast()) + " ("
                    + ReportText.interval(r.forecast()) + ")", BacktestText.score(r.brier()),
                    BacktestText.score(r.logScore()), reference(r.reference(ReferenceForecasters.COIN_FLIP)),
                    reference(r.reference(ReferenceForecasters.BASE_RATE)),
                    reference(r.reference(ReferenceForecasters.DURATION))));
        }
        String outcomesNote = "treatysim's probability with its 95% Wilson interval over the case's runs; each"
                + " reference's probability (* marks the fallback, used when no other case has an outcome of the"
                + " event).";
        List<String> method = List.of(
                "Coin flip: 0.5 for every outcome.",
                "Base rate: " + BacktestJson.BASE_RATE + ".",
                "Duration model: " + BacktestJson.DURATION + ".",
                "Fallback, for the base rate and the duration model, " + BacktestJson.FALLBACK + ".",
                "Leave one case out: each case's reference forecasts are built from the other cases only, never from"
                        + " its own outcomes.",
                "The means are over every outcome of every case, so a case with more outcomes weighs more; the"
                        + " outcomes of one case are views of one history and are not independent, which is why the"
                        + " bootstrap resamples whole cases.");
        List<Entry> facts = new ArrayList<>();
        facts.add(new Entry("Runs per case", provenance.runs()));
        facts.add(new Entry("Seeds", provenance.seeds()));
        for (BacktestProvenance.CaseSource source : provenance.sources()) {
            facts.add(new Entry("Case " + source.caseId(), source.scenarioFile() + ", " + source.outcomesFile()
                    + "; scenario SHA-256 " + source.scenarioSha256()));
        }
        facts.add(new Entry("Version", "treatysim " + provenance.version() + ", Java " + provenance.java()));
        String created = CREATED.format(LocalDateTime.ofInstant(provenance.createdAt(), ZoneOffset.UTC));
        facts.add(new Entry("Created", created));
        return new View(title, kicker, headline, lead, scores, scoresNote, decomposition, decompositionNote,
                figures, caseRows, outcomes, outcomesNote, method, facts, created);
    }

    private static String reference(ReferenceForecast r) {
        return ReportText.probability(r.probability()) + (r.fallback() ? "*" : "");
    }
}
