package org.treatysim.stats.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.Estimate;

/** Scoring a corpus: per outcome against hand computation, leave-one-case-out, the bootstrap. */
class BacktestTest {

    private static CaseForecast forecast(CaseHistory history, double... p) {
        List<Estimate> estimates = new ArrayList<>();
        for (double v : p) estimates.add(new Estimate(v, v, v));
        return new CaseForecast(history, history.id().toLowerCase(), history.id(), history.forecastDate().plusYears(2),
                1, 100, estimates, List.of());
    }

    /** The corpus of {@link ReferenceForecastersTest}, with treatysim's forecasts of every outcome. */
    private static List<CaseForecast> corpus() {
        List<CaseHistory> h = ReferenceForecastersTest.CORPUS;
        return List.of(forecast(h.get(0), 0.1, 0.8, 0.3), forecast(h.get(1), 0.6, 0.5), forecast(h.get(2), 0.2, 0),
                forecast(h.get(3), 1));
    }

    /**
     * Case A by hand (happened: no, yes, no):
     * <pre>
     * treatysim  0.1, 0.8, 0.3: Brier (0.01 + 0.04 + 0.09) / 3 = 0.0466667;
     *            log (−ln 0.9 − ln 0.8 − ln 0.7) / 3 = (0.1053605 + 0.2231436 + 0.3566749) / 3 = 0.2283930
     * coin flip  0.5 each: Brier 0.25, log ln 2
     * base rate  textAgreed 1 (B), textAgreed 1, signed 1/3 (B yes, C no, no):
     *            Brier (1 + 0 + 1/9) / 3 = 0.3703704;
     *            log (−ln 0.001 − ln 0.999 − ln 2/3) / 3 = (6.9077553 + 0.0010005 + 0.4054651) / 3 = 2.4380736
     * duration   textAgreed within 60 days: B took 31 → 1; within 182: 1; signed within 365: B 180, C
     *            censored → 1/2. Brier (1 + 0 + 0.25) / 3 = 0.4166667
     * </pre>
     */
    @Test
    void scoresEachOutcomeAsComputedByHand() {
        BacktestResult result = Backtest.score(corpus(), 200, 1);
        assertThat(result.outcomes()).isEqualTo(8);
        ScorecardRow first = result.rows().get(0);
        assertThat(first.caseId()).isEqualTo("A");
        assertThat(first.days()).isEqualTo(60);
        assertThat(first.brier()).isCloseTo(0.01, within(1e-15));
        assertThat(first.logScore()).isCloseTo(0.1053605, within(1e-7));
        assertThat(first.reference("base rate")).isEqualTo(new ReferenceForecast("base rate", 1, 1, false));
        assertThat(first.reference("duration")).isEqualTo(new ReferenceForecast("duration", 1, 1, false));
        assertThat(result.rows().get(2).days()).isEqualTo(365);
        assertThat(result.rows().get(2).reference("duration").probability()).isEqualTo(0.5);

        CaseScore a = result.byCase().get(0);
        assertThat(a.outcomes()).isEqualTo(3);
        assertThat(a.of("treatysim").brier()).isCloseTo(0.14 / 3, within(1e-15));
        assertThat(a.of("treatysim").logScore()).isCloseTo(0.6851790 / 3, within(1e-7));
        assertThat(a.of("coin flip").brier()).isEqualTo(0.25);
        assertThat(a.of("coin flip").logScore()).isCloseTo(Math.log(2), within(1e-15));
        assertThat(a.of("base rate").brier()).isCloseTo((1 + 1 / 9.0) / 3, within(1e-15));
        assertThat(a.of("base rate").logScore()).isCloseTo(2.4380736, within(1e-7));
        assertThat(a.of("duration").brier()).isCloseTo(1.25 / 3, within(1e-15));

        // Pooled over the 8 outcomes: treatysim's Brier
        // (0.01 + 0.04 + 0.09 + 0.16 + 0.25 + 0.04 + 0 + 0) / 8 = 0.59 / 8 = 0.07375.
        assertThat(result.pooled("treatysim").brier().value()).isCloseTo(0.07375, within(1e-15));
        assertThat(result.pooled("coin flip").brier().value()).isEqualTo(0.25);
        assertThat(result.skill().get(0).reference()).isEqualTo("coin flip");
        assertThat(result.skill().get(0).brierSkill().value()).isCloseTo(1 - 0.07375 / 0.25, within(1e-15));
        assertThat(result.baseRate()).isEqualTo(4 / 8.0);
        assertThat(result.decomposition().threeComponents() + result.decomposition().withinBin())
                .isCloseTo(0.07375, within(1e-15));
        assertThat(result.byValue().threeComponents()).isCloseTo(0.07375, within(1e-15));
    }

    @Test
    void aCaseIsScoredAgainstReferencesThatNeverSawItsOutcomes() {
        List<CaseForecast> corpus = corpus();
        BacktestResult original = Backtest.score(corpus, 50, 1);
        for (int c = 0; c < corpus.size(); c++) {
            // Flip the case's own outcomes: its rows' reference forecasts stay exactly as they were.
            List<CaseForecast> flipped = new ArrayList<>(corpus);
            CaseForecast own = corpus.get(c);
            CaseHistory history = new CaseHistory(own.id(), own.history().forecastDate(), own.history().outcomes()
                    .stream().map(o -> new DatedOutcome(o.event(), o.date(), !o.happened())).toList());
            flipped.set(c, new CaseForecast(history, own.scenario(), own.title(), own.horizon(), own.seed(),
                    own.runs(), own.forecasts(), own.curves()));
            BacktestResult changed = Backtest.score(flipped, 50, 1);
            String id = own.id();
            List<List<ReferenceForecast>> before = original.rows().stream().filter(r -> r.caseId().equals(id))
                    .map(ScorecardRow::references).toList();
            List<List<ReferenceForecast>> after = changed.rows().stream().filter(r -> r.caseId().equals(id))
                    .map(ScorecardRow::references).toList();
            assertThat(after).isEqualTo(before);
            List<Boolean> happenedBefore = original.rows().stream().filter(r -> r.caseId().equals(id))
                    .map(ScorecardRow::happened).toList();
            assertThat(changed.rows().stream().filter(r -> r.caseId().equals(id)).map(r -> !r.happened()))
                    .containsExactlyElementsOf(happenedBefore);
        }
    }

    @Test
    void theBootstrapIsDeterministicForASeedAndResamplesWholeCases() {
        BacktestResult once = Backtest.score(corpus(), 1);
        BacktestResult again = Backtest.score(corpus(), 1);
        assertThat(again.pooled()).isEqualTo(once.pooled());
        assertThat(again.skill()).isEqualTo(once.skill());
        assertThat(once.bootstrap()).isEqualTo(new BacktestResult.Bootstrap(2000, 1, 0.95));
        // With 20 resamples the interval's ends rest on the few most extreme draws, which the seed moves.
        BacktestResult fewOnce = Backtest.score(corpus(), 20, 1);
        assertThat(Backtest.score(corpus(), 20, 1).pooled()).isEqualTo(fewOnce.pooled());
        BacktestResult fewOther = Backtest.score(corpus(), 20, 2);
        assertThat(fewOther.pooled("treatysim").brier()).isNotEqualTo(fewOnce.pooled("treatysim").brier());
        assertThat(fewOther.pooled("treatysim").brier().value()).isEqualTo(fewOnce.pooled("treatysim").brier().value());

        // A resample's pooled Brier is a weighted mean of case means: the interval lies between the
        // smallest and the largest case mean, and holds the corpus's own value.
        Interval brier = once.pooled("treatysim").brier();
        double lowest = once.byCase().stream().mapToDouble(c -> c.of("treatysim").brier()).min().orElseThrow();
        double highest = once.byCase().stream().mapToDouble(c -> c.of("treatysim").brier()).max().orElseThrow();
        assertThat(brier.lo()).isGreaterThanOrEqualTo(lowest).isLessThan(brier.value());
        assertThat(brier.hi()).isLessThanOrEqualTo(highest).isGreaterThan(brier.value());
        // The coin flip scores 0.25 on every resample.
        assertThat(once.pooled("coin flip").brier()).isEqualTo(new Interval(0.25, 0.25, 0.25));
    }

    @Test
    void oneCaseGivesADegenerateIntervalAndTheFallbackReferences() {
        BacktestResult one = Backtest.score(List.of(corpus().get(0)), 100, 3);
        Interval brier = one.pooled("treatysim").brier();
        assertThat(brier.lo()).isEqualTo(brier.value());
        assertThat(brier.hi()).isEqualTo(brier.value());
        assertThat(one.rows()).allSatisfy(r -> assertThat(r.reference("base rate"))
                .isEqualTo(new ReferenceForecast("base rate", 0.5, 0, true)));
    }

    @Test
    void aPerfectReferenceGivesAnInfiniteSkillRatherThanNaN() {
        double[] sorted = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY, -1, 0.5};
        assertThat(Backtest.percentile(sorted, 0.025)).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(Backtest.percentile(sorted, 0.975)).isCloseTo(0.5 - 0.075 * 1.5, within(1e-12));
    }

    @Test
    void refusesCasesThatShareAnId() {
        CaseForecast a = corpus().get(0);
        assertThatThrownBy(() -> Backtest.score(List.of(a, a), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("share an id");
    }

    @Test
    void aCaseOutcomeBeforeItsForecastDateIsRefused() {
        assertThatThrownBy(() -> new CaseHistory("X", LocalDate.parse("2024-01-02"), List.of(new DatedOutcome(
                "signed", LocalDate.parse("2024-01-01"), false)))).hasMessageContaining("before its forecast date");
    }
}
