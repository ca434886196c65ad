package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Milestone;
import org.treatysim.report.chart.ForecastWindow;
import org.treatysim.report.chart.SummaryFixtures;
import org.treatysim.report.chart.SummaryFixtures.ToyRun;
import org.treatysim.stats.Estimate;

/**
 * The brief's figures against the truth counted directly from the toy runs behind the summary
 * ({@link SummaryFixtures}): every expected value is a count of runs turned into a Wilson
 * interval, independently of the code under test.
 */
class BriefFiguresTest {
    private static SummaryFixtures.Fixture baseline;
    private static BriefFigures figures;
    private static final long N = 10_000;
    private static final LocalDate H = SummaryFixtures.HORIZON;

    @BeforeAll
    static void build() {
        baseline = SummaryFixtures.baseline();
        figures = new BriefFigures(baseline.summary(), baseline.window());
    }

    private static ForecastWindow window(String start, String horizon) {
        return new ForecastWindow(LocalDate.parse(start), LocalDate.parse(horizon));
    }

    @Test
    void keyDatesAreYearEndsInsideTheWindowAndTheHorizon() {
        assertThat(BriefFigures.keyDates(window("2024-09-24", "2026-12-31")))
                .containsExactly(LocalDate.parse("2024-12-31"), LocalDate.parse("2025-12-31"), LocalDate.parse("2026-12-31"));
        assertThat(BriefFigures.keyDates(window("2024-09-24", "2026-06-30")))
                .containsExactly(LocalDate.parse("2024-12-31"), LocalDate.parse("2025-12-31"), LocalDate.parse("2026-06-30"));
        assertThat(BriefFigures.keyDates(window("2024-12-31", "2025-03-01"))).containsExactly(LocalDate.parse("2025-03-01"));
    }

    @Test
    void theHeadlineIsTheFirstYearEndAtLeastSixMonthsAhead() {
        assertThat(BriefFigures.headlineDate(window("2024-09-24", "2026-12-31"))).isEqualTo("2025-12-31");
        assertThat(BriefFigures.headlineDate(window("2024-03-01", "2026-12-31"))).isEqualTo("2024-12-31");
        // 31 Dec 2024 is only three months ahead and the horizon comes before the next year's end
        assertThat(BriefFigures.headlineDate(window("2024-09-24", "2025-06-30"))).isEqualTo("2025-06-30");
    }

    @Test
    void probabilityByADateIsTheShareOfRunsThatGotThereByThen() {
        LocalDate end2025 = LocalDate.parse("2025-12-31");
        Estimate expected = SummaryFixtures.wilson(baseline.count(ToyRun::signed, end2025), N);
        assertThat(figures.at(Milestone.SIGNED, end2025)).isEqualTo(expected);
        Estimate text = SummaryFixtures.wilson(baseline.count(ToyRun::textAgreed, LocalDate.parse("2024-12-31")), N);
        assertThat(figures.at(Milestone.TEXT_AGREED, LocalDate.parse("2024-12-31"))).isEqualTo(text);
        assertThat(figures.byHorizon(Milestone.SIGNED)).isEqualTo(baseline.summary().outcomes().get("signed"));
        // Before the first weekly step (1 Oct 2024) nothing has happened: 0 of 10,000, upper end z²/(n + z²)
        Estimate before = figures.at(Milestone.SIGNED, LocalDate.parse("2024-09-25"));
        assertThat(before.p()).isZero();
        assertThat(before.hi()).isCloseTo(3.841458820694124 / (N + 3.841458820694124), within(1e-15));
    }

    @Test
    void theDeadlineSplitsRunsIntoBeforeAndAfterItsEnd() {
        List<BriefFigures.DeadlineEffect> effects = figures.deadlines();
        assertThat(effects).hasSize(1);
        BriefFigures.DeadlineEffect cop29 = effects.get(0);
        LocalDate end = SummaryFixtures.COP29_END;
        long textByEnd = baseline.count(ToyRun::textAgreed, end);
        long textByHorizon = baseline.count(ToyRun::textAgreed, H);
        long signedAfter = baseline.count(ToyRun::signed, H) - baseline.count(ToyRun::signed, end);
        assertThat(cop29.windowStart()).isEqualTo(SummaryFixtures.COP29_START);
        assertThat(cop29.textAfter()).isEqualTo(SummaryFixtures.wilson(textByHorizon - textByEnd, N));
        assertThat(cop29.signedAfter()).isEqualTo(SummaryFixtures.wilson(signedAfter, N));

        // Pace before: 8 weeks before 22 Nov is 27 Sep, before the first step, so every run is at risk;
        // exactly 8 weeks, so no rescaling.
        assertThat(cop29.paceFrom()).isEqualTo(LocalDate.parse("2024-09-27"));
        assertThat(cop29.atRiskBefore()).isEqualTo(N);
        Estimate before = cop29.paceBefore().orElseThrow();
        Estimate share = SummaryFixtures.wilson(textByEnd, N);
        assertThat(before.p()).isCloseTo(share.p(), within(1e-12));
        assertThat(before.lo()).isCloseTo(share.lo(), within(1e-12));
        assertThat(before.hi()).isCloseTo(share.hi(), within(1e-12));
        // Pace after: the share of the runs without a text at the end that agreed one by the horizon,
        // over 769 days = 109.857 weeks, as a constant-hazard share per 8 weeks: 1 − (1 − q)^(8 / 109.857)
        Estimate q = SummaryFixtures.wilson(textByHorizon - textByEnd, N - textByEnd);
        double exponent = 8 / (ChronoUnit.DAYS.between(end, H) / 7.0);
        Estimate after = cop29.paceAfter().orElseThrow();
        assertThat(cop29.atRiskAfter()).isEqualTo(N - textByEnd);
        assertThat(after.p()).isCloseTo(1 - Math.pow(1 - q.p(), exponent), within(1e-12));
        assertThat(after.lo()).isCloseTo(1 - Math.pow(1 - q.lo(), exponent), within(1e-12));
        assertThat(after.hi()).isCloseTo(1 - Math.pow(1 - q.hi(), exponent), within(1e-12));
        // The toy pushes the hazard 5-fold before COP29, so the pace before is several times the later one.
        assertThat(cop29.paceRatio()).hasValueSatisfying(r -> assertThat(r).isBetween(3.0, 10.0));
    }

    @Test
    void aPaceOverSixteenWeeksIsScaledToEight() {
        // half the runs over 16 weeks is 1 − sqrt(0.5) per 8 weeks at a constant hazard
        Estimate scaled = BriefFigures.perPace(new Estimate(0.5, 0.4, 0.6), 16);
        assertThat(scaled.p()).isCloseTo(1 - Math.sqrt(0.5), within(1e-12));
        assertThat(scaled.lo()).isCloseTo(1 - Math.sqrt(0.6), within(1e-12));
    }

    @Test
    void theReferendumDelaysTheRunsWaitingForItAtTheHorizon() {
        BriefFigures.ReferendumRole role = figures.referendum().orElseThrow();
        long waiting = baseline.runs().stream().filter(r -> r.stateAtHorizon().equals("AWAITING_REFERENDUM")).count();
        long pending = baseline.count(ToyRun::initialed, H) - baseline.count(ToyRun::signed, H);
        assertThat(role.earliest()).contains(SummaryFixtures.REFERENDUM_EARLIEST);
        assertThat(role.awaitingRuns()).isEqualTo(waiting);
        assertThat(role.awaitingAtHorizon()).isEqualTo(SummaryFixtures.wilson(waiting, N));
        assertThat(role.initialedNotSignedRuns()).isEqualTo(pending);
        assertThat(role.signedBeforeEarliest()).contains(
                SummaryFixtures.wilson(baseline.count(ToyRun::signed, LocalDate.parse("2026-06-30")), N));
        double peak = baseline.summary().states().stream().mapToDouble(s -> s.awaitingReferendum()).max().orElseThrow();
        assertThat(role.peak().p()).isCloseTo(peak, within(1e-12));
        assertThat(role.peakDate()).isBefore(SummaryFixtures.REFERENDUM_EARLIEST.plusDays(1));
    }

    @Test
    void aScenarioWithoutDeadlinesOrReferendumHasNeither() {
        SummaryFixtures.Fixture nothing = SummaryFixtures.nothingHappens();
        BriefFigures none = new BriefFigures(nothing.summary(), nothing.window());
        assertThat(none.deadlines()).isEmpty();
        assertThat(none.referendum()).isEmpty();
        assertThat(none.byHorizon(Milestone.SIGNED).p()).isZero();
    }
}
