package org.treatysim.report.backtest;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.treatysim.report.files.JsonFiles;
import org.treatysim.report.files.JsonFiles.LeftOutWhenNull;
import org.treatysim.stats.Provenance;
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
 * <p>Its keys are the components of {@link Contents} and of the records under it, in order:
 * {@code kind} ("backtest"), {@code cases}, {@code outcomes}, {@code version, java, createdAt,
 * runs, seeds}, {@code logClip}, {@code baseRate}, {@code bootstrap}, {@code scores},
 * {@code skill}, {@code decomposition}, {@code decompositionByValue}, {@code reliability},
 * {@code references}, {@code byCase}. {@code scores} and {@code skill}, and each case's
 * {@code scores}, are keyed by forecaster. A statistic with an interval is
 * {@code { "value": .., "lo": .., "hi": .. }} ({@link Interval}); a skill score that is −∞ (a
 * perfect reference) is the string {@code "-Infinity"}, as JSON has no such number. Numbers,
 * layout and reading rules are {@link JsonFiles}'s, in its {@link JsonFiles.Layout#RESULTS} layout.
 */
public final class BacktestJson {
    /** What each reference forecaster is, as written under {@code references}. */
    static final String COIN_FLIP = "0.5 for every outcome";
    static final String BASE_RATE = "the share of the other cases' outcomes of the same event that happened";
    static final String DURATION = "the share of the other cases with an outcome of the event in which it happened"
            + " within as many days of their forecast date (their earliest outcome saying it had happened); cases"
            + " whose outcomes of the event all say not yet count as not happening";
    static final String FALLBACK = "when no other case has an outcome of the event: the pooled rate of all the"
            + " other cases' outcomes with a +1/+2 Laplace prior, (k + 1) / (n + 2)";

    private BacktestJson() { }

    /** The file, key by key. */
    record Contents(String kind, int cases, int outcomes, String version, String java, Instant createdAt,
                    String runs, String seeds, double logClip, double baseRate, Bootstrap bootstrap,
                    Map<String, Pooled> scores, Map<String, SkillScore> skill, Decomposition decomposition,
                    Decomposition decompositionByValue, List<Bin> reliability, References references,
                    List<Case> byCase) {

        static Contents of(BacktestResult result, BacktestProvenance provenance) {
            List<Case> byCase = new ArrayList<>();
            for (int i = 0; i < result.cases().size(); i++) {
                byCase.add(Case.of(result.cases().get(i), result.byCase().get(i), provenance));
            }
            return new Contents("backtest", result.cases().size(), result.outcomes(), provenance.version(),
                    provenance.java(), provenance.createdAt(), provenance.runs(), provenance.seeds(),
                    result.logClip(), result.baseRate(), Bootstrap.of(result.bootstrap()),
                    byName(result.pooled(), PooledScore::forecaster, Pooled::of),
                    byName(result.skill(), Skill::reference, SkillScore::of), Decomposition.of(result.decomposition()),
                    Decomposition.of(result.byValue()), result.reliability().stream().map(Bin::of).toList(),
                    References.WRITTEN, byCase);
        }
    }

    /** How the intervals were made. */
    record Bootstrap(String resampled, String method, int replicates, long seed, double confidence) {
        static Bootstrap of(BacktestResult.Bootstrap b) {
            return new Bootstrap("cases, with replacement", "percentile", b.replicates(), b.seed(), b.confidence());
        }
    }

    /** A forecaster's mean scores over every outcome. */
    record Pooled(int outcomes, Interval brier, Interval logScore) {
        static Pooled of(PooledScore s) {
            return new Pooled(s.outcomes(), s.brier(), s.logScore());
        }
    }

    /** treatysim's Brier skill against one reference. */
    record SkillScore(double referenceBrier, Interval brierSkill) {
        static SkillScore of(Skill s) {
            return new SkillScore(s.referenceBrier(), s.brierSkill());
        }
    }

    /** Murphy's decomposition, with the identity its terms satisfy. */
    record Decomposition(String binning, int bins, int outcomes, double brier, double reliability, double resolution,
                         double uncertainty, double withinBinVariance, double withinBinCovariance, String identity) {
        static Decomposition of(BrierDecomposition d) {
            return new Decomposition(d.binning(), d.bins(), d.outcomes(), d.brier(), d.reliability(), d.resolution(),
                    d.uncertainty(), d.withinBinVariance(), d.withinBinCovariance(), "brier = reliability - resolution"
                    + " + uncertainty + withinBinVariance - withinBinCovariance");
        }
    }

    /** A non-empty bin of the reliability table. */
    record Bin(double binLow, double binHigh, int count, double meanForecast, double observed, double observedLo,
               double observedHi) {
        static Bin of(ReliabilityBin bin) {
            return new Bin(bin.low(), bin.high(), bin.count(), bin.meanForecast(), bin.observedFrequency(),
                    bin.observedLow(), bin.observedHigh());
        }
    }

    /** What the reference forecasters are. */
    record References(@JsonProperty("coin flip") String coinFlip, @JsonProperty("base rate") String baseRate,
                      String duration, String fallback, String leaveOneCaseOut) {
        static final References WRITTEN = new References(COIN_FLIP, BASE_RATE, DURATION, FALLBACK,
                "each case's reference forecasts are built from the other cases only");
    }

    /** One case: where it comes from and its mean scores, by forecaster. */
    record Case(@JsonProperty("case") String id, String scenario, String title, String scenarioFile,
                String outcomesFile, String scenarioSha256,
                @LeftOutWhenNull Provenance.CalibrationNote calibration, LocalDate forecastDate, LocalDate horizon, long seed,
                long runs, int outcomes, Map<String, Scores> scores) {
        static Case of(CaseForecast c, CaseScore score, BacktestProvenance provenance) {
            BacktestProvenance.CaseSource source = provenance.source(c.id());
            return new Case(c.id(), c.scenario(), c.title(), source.scenarioFile(), source.outcomesFile(),
                    source.scenarioSha256(), source.calibration(), c.history().forecastDate(), c.horizon(), c.seed(), c.runs(),
                    score.outcomes(), byName(score.scores(), ForecasterScore::forecaster, Scores::of));
        }
    }

    /** A forecaster's mean scores over one case's outcomes. */
    record Scores(double brier, double logScore) {
        static Scores of(ForecasterScore s) {
            return new Scores(s.brier(), s.logScore());
        }
    }

    /** {@code items} as written, in their order, each under its name. */
    private static <A, B> Map<String, B> byName(List<A> items, Function<A, String> name, Function<A, B> written) {
        Map<String, B> map = new LinkedHashMap<>();
        for (A item : items) map.put(name.apply(item), written.apply(item));
        return map;
    }

    /** Writes summary.json as UTF-8; does not close {@code out}. */
    public static void write(BacktestResult result, BacktestProvenance provenance, OutputStream out)
            throws IOException {
        JsonFiles.write(Contents.of(result, provenance), JsonFiles.Layout.RESULTS, out);
    }
}
