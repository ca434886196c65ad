package org.treatysim.report.backtest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import org.treatysim.stats.backtest.BacktestResult;
import org.treatysim.stats.backtest.CaseForecast;
import org.treatysim.stats.backtest.CaseScore;
import org.treatysim.stats.backtest.ForecasterScore;
import org.treatysim.stats.backtest.Interval;
import org.treatysim.stats.backtest.PooledScore;
import org.treatysim.stats.backtest.Skill;
import org.treatysim.stats.scoring.BrierDecomposition;
import org.treatysim.stats.scoring.ReliabilityBin;

/**
 * The backtest's summary.json: the corpus-wide scores with their bootstrap intervals, the skill
 * scores against the reference forecasters, Murphy's decomposition (its binning stated), the
 * reliability table, each case's scores and provenance (docs/backtest.md lists every key).
 *
 * <p>Top-level keys, in this order: {@code kind} ("backtest"), {@code cases}, {@code outcomes},
 * {@code version, java, createdAt, runs, seeds}, {@code logClip}, {@code baseRate},
 * {@code bootstrap}, {@code scores}, {@code skill}, {@code decomposition},
 * {@code decompositionByValue}, {@code reliability}, {@code references}, {@code byCase}. A
 * statistic with an interval is {@code { "value": .., "lo": .., "hi": .. }}; a skill score that
 * is −∞ (a perfect reference) is the string {@code "-Infinity"}, as JSON has no such number.
 * Lines end in {@code \n}.
 */
public final class BacktestJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    /** What each reference forecaster is, as written under {@code references}. */
    static final String COIN_FLIP = "0.5 for every outcome";
    static final String BASE_RATE = "the share of the other cases' outcomes of the same event that happened";
    static final String DURATION = "the share of the other cases with an outcome of the event in which it happened"
            + " within as many days of their forecast date (their earliest outcome saying it had happened); cases"
            + " whose outcomes of the event all say not yet count as not happening";
    static final String FALLBACK = "when no other case has an outcome of the event: the pooled rate of all the"
            + " other cases' outcomes with a +1/+2 Laplace prior, (k + 1) / (n + 2)";

    private BacktestJson() { }

    /** Writes summary.json as UTF-8; does not close {@code out}. */
    public static void write(BacktestResult result, BacktestProvenance provenance, OutputStream out)
            throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            DefaultPrettyPrinter pretty = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            pretty.indentArraysWith(new DefaultIndenter("  ", "\n"));
            json.setPrettyPrinter(pretty);

            json.writeStartObject();
            json.writeStringField("kind", "backtest");
            json.writeNumberField("cases", result.cases().size());
            json.writeNumberField("outcomes", result.outcomes());
            json.writeStringField("version", provenance.version());
            json.writeStringField("java", provenance.java());
            json.writeStringField("createdAt", provenance.createdAt().toString());
            json.writeStringField("runs", provenance.runs());
            json.writeStringField("seeds", provenance.seeds());
            json.writeNumberField("logClip", result.logClip());
            json.writeNumberField("baseRate", result.baseRate());

            BacktestResult.Bootstrap b = result.bootstrap();
            json.writeObjectFieldStart("bootstrap");
            json.writeStringField("resampled", "cases, with replacement");
            json.writeStringField("method", "percentile");
            json.writeNumberField("replicates", b.replicates());
            json.writeNumberField("seed", b.seed());
            json.writeNumberField("confidence", b.confidence());
            json.writeEndObject();

            json.writeObjectFieldStart("scores");
            for (PooledScore s : result.pooled()) {
                json.writeObjectFieldStart(s.forecaster());
                json.writeNumberField("outcomes", s.outcomes());
                interval(json, "brier", s.brier());
                interval(json, "logScore", s.logScore());
                json.writeEndObject();
            }
            json.writeEndObject();

            json.writeObjectFieldStart("skill");
            for (Skill s : result.skill()) {
                json.writeObjectFieldStart(s.reference());
                json.writeNumberField("referenceBrier", s.referenceBrier());
                interval(json, "brierSkill", s.brierSkill());
                json.writeEndObject();
            }
            json.writeEndObject();

            decomposition(json, "decomposition", result.decomposition());
            decomposition(json, "decompositionByValue", result.byValue());

            json.writeArrayFieldStart("reliability");
            for (ReliabilityBin bin : result.reliability()) {
                json.writeStartObject();
                json.writeNumberField("binLow", bin.low());
                json.writeNumberField("binHigh", bin.high());
                json.writeNumberField("count", bin.count());
                json.writeNumberField("meanForecast", bin.meanForecast());
                json.writeNumberField("observed", bin.observedFrequency());
                json.writeNumberField("observedLo", bin.observedLow());
                json.writeNumberField("observedHi", bin.observedHigh());
                json.writeEndObject();
            }
            json.writeEndArray();

            json.writeObjectFieldStart("references");
            json.writeStringField("coin flip", COIN_FLIP);
            json.writeStringField("base rate", BASE_RATE);
            json.writeStringField("duration", DURATION);
            json.writeStringField("fallback", FALLBACK);
            json.writeStringField("leaveOneCaseOut", "each case's reference forecasts are built from the other"
                    + " cases only");
            json.writeEndObject();

            json.writeArrayFieldStart("byCase");
            for (int i = 0; i < result.cases().size(); i++) {
                CaseForecast c = result.cases().get(i);
                CaseScore score = result.byCase().get(i);
                BacktestProvenance.CaseSource source = provenance.source(c.id());
                json.writeStartObject();
                json.writeStringField("case", c.id());
                json.writeStringField("scenario", c.scenario());
                json.writeStringField("title", c.title());
                json.writeStringField("scenarioFile", source.scenarioFile());
                json.writeStringField("outcomesFile", source.outcomesFile());
                json.writeStringField("scenarioSha256", source.scenarioSha256());
                json.writeStringField("forecastDate", c.history().forecastDate().toString());
                json.writeStringField("horizon", c.horizon().toString());
                json.writeNumberField("seed", c.seed());
                json.writeNumberField("runs", c.runs());
                json.writeNumberField("outcomes", score.outcomes());
                json.writeObjectFieldStart("scores");
                for (ForecasterScore s : score.scores()) {
                    json.writeObjectFieldStart(s.forecaster());
                    json.writeNumberField("brier", s.brier());
                    json.writeNumberField("logScore", s.logScore());
                    json.writeEndObject();
                }
                json.writeEndObject();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeRaw('\n');
        }
        out.flush();
    }

    private static void decomposition(JsonGenerator json, String name, BrierDecomposition d) throws IOException {
        json.writeObjectFieldStart(name);
        json.writeStringField("binning", d.binning());
        json.writeNumberField("bins", d.bins());
        json.writeNumberField("outcomes", d.outcomes());
        json.writeNumberField("brier", d.brier());
        json.writeNumberField("reliability", d.reliability());
        json.writeNumberField("resolution", d.resolution());
        json.writeNumberField("uncertainty", d.uncertainty());
        json.writeNumberField("withinBinVariance", d.withinBinVariance());
        json.writeNumberField("withinBinCovariance", d.withinBinCovariance());
        json.writeStringField("identity", "brier = reliability - resolution + uncertainty + withinBinVariance"
                + " - withinBinCovariance");
        json.writeEndObject();
    }

    private static void interval(JsonGenerator json, String name, Interval interval) throws IOException {
        json.writeObjectFieldStart(name);
        number(json, "value", interval.value());
        number(json, "lo", interval.lo());
        number(json, "hi", interval.hi());
        json.writeEndObject();
    }

    private static void number(JsonGenerator json, String name, double value) throws IOException {
        if (Double.isInfinite(value)) json.writeStringField(name, value > 0 ? "Infinity" : "-Infinity");
        else json.writeNumberField(name, value);
    }
}
