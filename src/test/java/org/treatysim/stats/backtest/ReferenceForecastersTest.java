package org.treatysim.stats.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reference forecasters, computed by hand on a four-case corpus, and leave-one-case-out. */
class ReferenceForecastersTest {

    private static DatedOutcome o(String event, String date, boolean happened) {
        return new DatedOutcome(event, LocalDate.parse(date), happened);
    }

    /**
     * <pre>
     * A from 2020-01-01: textAgreed by 2020-03-01 no (60 days), by 2020-07-01 yes (182 days: 2020 is
     *                    a leap year), signed by 2020-12-31 no (365 days)
     * B from 2021-01-01: textAgreed by 2021-02-01 yes (31 days), signed by 2021-06-30 yes (180 days)
     * C from 2022-01-01: signed by 2022-06-30 no (180 days), by 2022-12-31 no (364 days)
     * D from 2023-01-01: collapsed by 2023-04-01 yes (90 days)
     * </pre>
     */
    static final List<CaseHistory> CORPUS = List.of(
            new CaseHistory("A", LocalDate.parse("2020-01-01"), List.of(o("textAgreed", "2020-03-01", false),
                    o("textAgreed", "2020-07-01", true), o("signed", "2020-12-31", false))),
            new CaseHistory("B", LocalDate.parse("2021-01-01"), List.of(o("textAgreed", "2021-02-01", true),
                    o("signed", "2021-06-30", true))),
            new CaseHistory("C", LocalDate.parse("2022-01-01"), List.of(o("signed", "2022-06-30", false),
                    o("signed", "2022-12-31", false))),
            new CaseHistory("D", LocalDate.parse("2023-01-01"), List.of(o("collapsed", "2023-04-01", true))));

    @Test
    void baseRatesAreTheOtherCasesSharesOfTheEvent() {
        // For A: textAgreed from B alone (1 of 1); signed from B (yes) and C (no, no): 1 of 3.
        ReferenceForecasters forA = ReferenceForecasters.leavingOut(CORPUS, 0);
        assertThat(forA.cases()).isEqualTo(3);
        assertThat(forA.baseRate("textAgreed")).isEqualTo(new ReferenceForecast("base rate", 1, 1, false));
        assertThat(forA.baseRate("signed").probability()).isCloseTo(1 / 3.0, within(1e-15));
        assertThat(forA.baseRate("signed").support()).isEqualTo(3);
        // For B: textAgreed from A (no, yes): 1/2; signed from A (no) and C (no, no): 0 of 3.
        ReferenceForecasters forB = ReferenceForecasters.leavingOut(CORPUS, 1);
        assertThat(forB.baseRate("textAgreed")).isEqualTo(new ReferenceForecast("base rate", 0.5, 2, false));
        assertThat(forB.baseRate("signed")).isEqualTo(new ReferenceForecast("base rate", 0, 3, false));
    }

    @Test
    void theDurationModelReadsTheOtherCasesDurationsWithCensoredCasesAsNotHappening() {
        // For A: textAgreed happened in B after 31 days; signed in B after 180 days, C censored.
        ReferenceForecasters forA = ReferenceForecasters.leavingOut(CORPUS, 0);
        assertThat(forA.duration("textAgreed", 30)).isEqualTo(new ReferenceForecast("duration", 0, 1, false));
        assertThat(forA.duration("textAgreed", 31)).isEqualTo(new ReferenceForecast("duration", 1, 1, false));
        assertThat(forA.duration("signed", 179)).isEqualTo(new ReferenceForecast("duration", 0, 2, false));
        assertThat(forA.duration("signed", 365)).isEqualTo(new ReferenceForecast("duration", 0.5, 2, false));
        // C is censored at 364 days; it still counts as not signed within 10,000 days.
        assertThat(forA.duration("signed", 10_000).probability()).isEqualTo(0.5);
        // For B: A agreed its text only after 182 days (its first "yes"); A and C never signed.
        ReferenceForecasters forB = ReferenceForecasters.leavingOut(CORPUS, 1);
        assertThat(forB.duration("textAgreed", 31)).isEqualTo(new ReferenceForecast("duration", 0, 1, false));
        assertThat(forB.duration("textAgreed", 182)).isEqualTo(new ReferenceForecast("duration", 1, 1, false));
        assertThat(forB.duration("signed", 180)).isEqualTo(new ReferenceForecast("duration", 0, 2, false));
        // For C: A censored, B signed after 180 days.
        ReferenceForecasters forC = ReferenceForecasters.leavingOut(CORPUS, 2);
        assertThat(forC.duration("signed", 180)).isEqualTo(new ReferenceForecast("duration", 0.5, 2, false));
        assertThat(forC.duration("signed", 179).probability()).isZero();
    }

    @Test
    void anEventNoOtherCaseHasFallsBackToThePooledRateWithALaplacePrior() {
        // For D: no other case has collapsed. Pooled over A, B, C: 3 of 7 outcomes happened, so
        // (3 + 1) / (7 + 2) = 4/9 for both the base rate and the duration model.
        ReferenceForecasters forD = ReferenceForecasters.leavingOut(CORPUS, 3);
        assertThat(forD.baseRate("collapsed")).isEqualTo(new ReferenceForecast("base rate", 4 / 9.0, 0, true));
        assertThat(forD.duration("collapsed", 90)).isEqualTo(new ReferenceForecast("duration", 4 / 9.0, 0, true));
        // With no other case at all: (0 + 1) / (0 + 2).
        ReferenceForecasters alone = ReferenceForecasters.from(List.of());
        assertThat(alone.baseRate("signed").probability()).isEqualTo(0.5);
        assertThat(alone.forecast("signed", 10)).extracting(ReferenceForecast::forecaster)
                .containsExactly("coin flip", "base rate", "duration");
    }

    @Test
    void aCaseNeverUsesItsOwnOutcomes() {
        for (int left = 0; left < CORPUS.size(); left++) {
            // Whatever the case's own outcomes say (here: every answer flipped, every date a year on),
            // its reference forecasts are the same, and the same as those built from the others alone.
            List<CaseHistory> altered = new ArrayList<>(CORPUS);
            CaseHistory own = CORPUS.get(left);
            altered.set(left, new CaseHistory(own.id(), own.forecastDate(), own.outcomes().stream()
                    .map(x -> new DatedOutcome(x.event(), x.date().plusYears(1), !x.happened())).toList()));
            List<CaseHistory> others = new ArrayList<>(CORPUS);
            others.remove(left);
            ReferenceForecasters fromCorpus = ReferenceForecasters.leavingOut(CORPUS, left);
            ReferenceForecasters fromAltered = ReferenceForecasters.leavingOut(altered, left);
            ReferenceForecasters fromOthers = ReferenceForecasters.from(others);
            for (String event : List.of("textAgreed", "signed", "collapsed", "initialed")) {
                for (long days : new long[] {0, 31, 90, 180, 182, 364, 365, 1000}) {
                    assertThat(fromAltered.forecast(event, days)).isEqualTo(fromCorpus.forecast(event, days))
                            .isEqualTo(fromOthers.forecast(event, days));
                }
            }
        }
        // While another case's outcomes do move them: flipping B changes A's base rate of signed.
        List<CaseHistory> flippedB = new ArrayList<>(CORPUS);
        flippedB.set(1, new CaseHistory("B", LocalDate.parse("2021-01-01"), List.of(o("textAgreed", "2021-02-01",
                true), o("signed", "2021-06-30", false))));
        assertThat(ReferenceForecasters.leavingOut(flippedB, 0).baseRate("signed").probability()).isZero();
    }
}
