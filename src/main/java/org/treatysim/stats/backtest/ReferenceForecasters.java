package org.treatysim.stats.backtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The simple forecasters that treatysim's forecasts are compared with, each built from the
 * OTHER cases of the corpus only ({@link #leavingOut}): a case's own outcomes never enter the
 * reference forecasts it is scored against. An instance knows nothing of the case it forecasts
 * but the event and the number of days from its forecast date to the outcome's date.
 *
 * <ul>
 *   <li><b>Coin flip</b>: 0.5 for every outcome.</li>
 *   <li><b>Base rate</b> of the outcome's event: the share of the other cases' outcomes of that
 *       event that happened (k/n, every outcome row counted, whatever its date).</li>
 *   <li><b>Duration model</b>: P(event within d days of the forecast date) as the empirical
 *       distribution of the other cases' durations. A case with an outcome of the event that
 *       happened has the duration from its forecast date to the earliest date its outcomes say the
 *       event had happened by; a case whose outcomes of the event all say "not yet" is censored and
 *       counted as not happening within d days, whatever d. p = (cases with a duration &le; d) /
 *       (cases with an outcome of the event).</li>
 * </ul>
 * <b>Fallback</b>, for both the base rate and the duration model, when no other case has an
 * outcome of the event: the pooled rate of all the other cases' outcomes (every event) with a
 * +1/+2 Laplace prior, (k + 1) / (n + 2); with no other case at all that is 0.5.
 *
 * <p>Immutable and thread-safe.
 */
public final class ReferenceForecasters {
    /** The coin flip's name. */
    public static final String COIN_FLIP = "coin flip";
    /** The base rate's name. */
    public static final String BASE_RATE = "base rate";
    /** The duration model's name. */
    public static final String DURATION = "duration";
    /** The reference forecasters, in the order every table lists them. */
    public static final List<String> NAMES = List.of(COIN_FLIP, BASE_RATE, DURATION);

    /** Per event: {outcomes that happened, outcomes} over the other cases. */
    private final Map<String, long[]> eventRates = new HashMap<>();
    /** Per event: the other cases with an outcome of it. */
    private final Map<String, Integer> casesWithEvent = new HashMap<>();
    /** Per event: the durations in days of the other cases in which it happened. */
    private final Map<String, List<Long>> durations = new HashMap<>();
    private final long pooledHappened;
    private final long pooledOutcomes;
    private final int cases;

    private ReferenceForecasters(List<CaseHistory> others) {
        long happened = 0;
        long outcomes = 0;
        for (CaseHistory c : others) {
            Map<String, Long> firstHappened = new HashMap<>();
            for (DatedOutcome o : c.outcomes()) {
                long[] rate = eventRates.computeIfAbsent(o.event(), k -> new long[2]);
                rate[1]++;
                outcomes++;
                if (o.happened()) {
                    rate[0]++;
                    happened++;
                    firstHappened.merge(o.event(), c.daysTo(o.date()), Math::min);
                }
            }
            c.outcomes().stream().map(DatedOutcome::event).distinct()
                    .forEach(event -> casesWithEvent.merge(event, 1, Integer::sum));
            firstHappened.forEach((event, days) -> durations.computeIfAbsent(event, k -> new ArrayList<>()).add(days));
        }
        this.pooledHappened = happened;
        this.pooledOutcomes = outcomes;
        this.cases = others.size();
    }

    /**
     * The references built from {@code otherCases} alone.
     *
     * @param otherCases the cases whose outcomes the references may use (never the forecast case)
     */
    public static ReferenceForecasters from(List<CaseHistory> otherCases) {
        return new ReferenceForecasters(List.copyOf(otherCases));
    }

    /** The references for case {@code left} of {@code corpus}: built from every other case. */
    public static ReferenceForecasters leavingOut(List<CaseHistory> corpus, int left) {
        if (left < 0 || left >= corpus.size()) {
            throw new IndexOutOfBoundsException("case " + left + " of " + corpus.size());
        }
        List<CaseHistory> others = new ArrayList<>(corpus);
        others.remove(left);
        return from(others);
    }

    /** The cases the references were built from. */
    public int cases() {
        return cases;
    }

    /** Every reference's forecast of "event within {@code days} days of the forecast date", in {@link #NAMES} order. */
    public List<ReferenceForecast> forecast(String event, long days) {
        return List.of(coinFlip(), baseRate(event), duration(event, days));
    }

    /** 0.5. */
    public ReferenceForecast coinFlip() {
        return new ReferenceForecast(COIN_FLIP, 0.5, 0, false);
    }

    /** The share of the other cases' outcomes of {@code event} that happened, or the fallback. */
    public ReferenceForecast baseRate(String event) {
        long[] rate = eventRates.get(event);
        if (rate == null) return fallback(BASE_RATE);
        return new ReferenceForecast(BASE_RATE, rate[0] / (double) rate[1], (int) rate[1], false);
    }

    /**
     * The share of the other cases with an outcome of {@code event} in which it happened within
     * {@code days} days of their forecast date (censored cases count as not happening), or the
     * fallback.
     *
     * @param days days from the forecast date to the outcome's date, &ge; 0
     */
    public ReferenceForecast duration(String event, long days) {
        if (days < 0) throw new IllegalArgumentException("negative horizon " + days + " days");
        Integer withEvent = casesWithEvent.get(event);
        if (withEvent == null) return fallback(DURATION);
        long within = durations.getOrDefault(event, List.of()).stream().filter(d -> d <= days).count();
        return new ReferenceForecast(DURATION, within / (double) withEvent, withEvent, false);
    }

    private ReferenceForecast fallback(String forecaster) {
        return new ReferenceForecast(forecaster, (pooledHappened + 1) / (double) (pooledOutcomes + 2), 0, true);
    }
}
