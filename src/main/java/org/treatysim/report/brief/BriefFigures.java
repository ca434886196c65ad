package org.treatysim.report.brief;

import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.treatysim.model.spec.Milestone;
import org.treatysim.report.chart.ForecastWindow;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.DeadlineOutcome;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Marker;
import org.treatysim.stats.ReferendumOutcomes;
import org.treatysim.stats.StateShares;

/**
 * The figures the brief states, derived from the summary alone.
 *
 * <p>Conventions: the curve is a step function, so the probability "by" a date is that of the
 * last model step on or before it (exact when milestones fall on step dates);
 * by the horizon itself the summary's {@code outcomes} are used. Derived shares (after a
 * deadline, waiting for a referendum) are counts of runs out of all runs, or out of the runs at
 * risk, each with its own Wilson interval.
 */
final class BriefFigures {
    /** Length of the period before a deadline whose pace of agreement is compared with the later pace (docs/model.md §12, check 5). */
    static final int PACE_WEEKS = 8;
    /** Where "roughly even" begins on the scale of probability words: below it, an outcome is unlikely or less. */
    static final double EVEN_FROM = org.treatysim.report.chart.ProbabilityWords.EDGES.get(2);

    /**
     * What a deadline did: the shares by its end and after it, and the pace of agreement before
     * and after it, each as the share of runs still without an agreed text that agree one within
     * {@link #PACE_WEEKS} weeks.
     *
     * @param outcome      the summary's figures by the deadline's end
     * @param windowStart  the deadline window's first day (its end when the summary has no window)
     * @param textAfter    share of all runs that first agreed a text after the end, by the horizon
     * @param signedAfter  share of all runs that signed after the end, by the horizon
     * @param paceFrom     start of the period before the end over which the pace is measured
     * @param atRiskBefore runs without an agreed text on {@code paceFrom}
     * @param paceBefore   their share that agreed one by the end, scaled to {@link #PACE_WEEKS} weeks
     * @param atRiskAfter  runs without an agreed text at the end
     * @param paceAfter    their share that agreed one by the horizon, as an average per {@link #PACE_WEEKS} weeks
     */
    record DeadlineEffect(DeadlineOutcome outcome, LocalDate windowStart, Estimate textAfter, Estimate signedAfter,
                          LocalDate paceFrom, long atRiskBefore, Optional<Estimate> paceBefore, long atRiskAfter,
                          Optional<Estimate> paceAfter) {
        /** How many times faster texts were agreed before the deadline than on average after it; empty when undefined. */
        Optional<Double> paceRatio() {
            if (paceBefore.isEmpty() || paceAfter.isEmpty() || !(paceAfter.get().p() > 0)) return Optional.empty();
            return Optional.of(paceBefore.get().p() / paceAfter.get().p());
        }
    }

    /**
     * The referendum's part in the forecast.
     *
     * @param earliest               first day a referendum may be held, when the summary marks it
     * @param signedBeforeEarliest   P(signed by the day before it)
     * @param awaitingAtHorizon      share of runs with an initialed text waiting for the referendum at the horizon
     * @param awaitingRuns           those runs, counted
     * @param initialedNotSigned     share of runs that had initialed but not signed by the horizon
     * @param initialedNotSignedRuns those runs, counted
     * @param peak                   the largest share waiting at any step up to the horizon
     * @param peakDate               the step when it was reached
     */
    record ReferendumRole(Optional<LocalDate> earliest, Optional<Estimate> signedBeforeEarliest,
                          Estimate awaitingAtHorizon, long awaitingRuns, Estimate initialedNotSigned,
                          long initialedNotSignedRuns, Estimate peak, LocalDate peakDate,
                          Optional<ReferendumOutcomes> votes) { }

    private final ForecastSummary summary;
    private final ForecastWindow window;
    private final long runs;

    BriefFigures(ForecastSummary summary, ForecastWindow window) {
        if (summary.provenance().runs() < 1) throw new IllegalArgumentException("a forecast needs at least one run");
        this.summary = summary;
        this.window = window;
        this.runs = summary.provenance().runs();
    }

    long runs() {
        return runs;
    }

    /** The end of each calendar year strictly inside the window, then the horizon. */
    static List<LocalDate> keyDates(ForecastWindow window) {
        List<LocalDate> dates = new ArrayList<>();
        for (int year = window.start().getYear(); year <= window.horizon().getYear(); year++) {
            LocalDate end = LocalDate.of(year, Month.DECEMBER, 31);
            if (end.isAfter(window.start()) && end.isBefore(window.horizon())) dates.add(end);
        }
        dates.add(window.horizon());
        return List.copyOf(dates);
    }

    /**
     * The date of the headline: the first year's end at least six months after the forecast date
     * (near enough to matter, far enough for a deal to be possible), or the horizon if none comes before it.
     */
    static LocalDate headlineDate(ForecastWindow window) {
        LocalDate earliest = window.start().plusMonths(6);
        for (LocalDate date : keyDates(window)) {
            if (!date.isBefore(earliest)) return date;
        }
        return window.horizon();
    }

    /** P(milestone reached by {@code date}), with its interval; the milestone is one of {@link Milestone#CURVE}. */
    Estimate at(Milestone milestone, LocalDate date) {
        if (!date.isBefore(window.horizon()) && summary.outcomes().containsKey(milestone.key())) {
            return summary.outcomes().get(milestone.key());
        }
        CurvePoint last = null;
        for (CurvePoint point : summary.curve()) {
            if (point.date().isAfter(date)) break;
            last = point;
        }
        // Before the first step nothing has happened yet.
        return last == null ? Proportion.wilson(0, runs) : last.probability(milestone);
    }

    /**
     * The share of runs with an initialed text waiting for the referendum at the last step on or
     * before {@code date}, with its interval; none before the first step.
     */
    Estimate awaitingReferendumAt(LocalDate date) {
        StateShares last = null;
        for (StateShares row : summary.states()) {
            if (row.date().isAfter(date)) break;
            last = row;
        }
        return Proportion.wilson(last == null ? 0 : Proportion.count(last.awaitingReferendum(), runs), runs);
    }

    /** P(milestone reached by the horizon). */
    Estimate byHorizon(Milestone milestone) {
        return at(milestone, window.horizon());
    }

    private long count(Estimate estimate) {
        return Proportion.count(estimate.p(), runs);
    }

    /** The summary's figures by each deadline's end, in scenario order. */
    List<DeadlineOutcome> deadlineOutcomes() {
        return summary.deadlines();
    }

    /** What each deadline did, in scenario order. */
    List<DeadlineEffect> deadlines() {
        List<DeadlineEffect> effects = new ArrayList<>();
        long textByHorizon = count(byHorizon(Milestone.TEXT_AGREED));
        long signedByHorizon = count(byHorizon(Milestone.SIGNED));
        for (DeadlineOutcome d : summary.deadlines()) {
            LocalDate windowStart = summary.markers().stream()
                    .filter(m -> m.kind() == Marker.Kind.DEADLINE && m.end().equals(d.end()))
                    .map(Marker::date).findFirst().orElse(d.end());
            long textByEnd = count(d.textAgreed());
            long signedByEnd = count(d.signed());
            Estimate textAfter = Proportion.wilson(Math.max(0, textByHorizon - textByEnd), runs);
            Estimate signedAfter = Proportion.wilson(Math.max(0, signedByHorizon - signedByEnd), runs);

            LocalDate paceFrom = d.end().minusWeeks(PACE_WEEKS);
            if (paceFrom.isBefore(window.start())) paceFrom = window.start();
            long textAtFrom = count(at(Milestone.TEXT_AGREED, paceFrom));
            long atRiskBefore = runs - textAtFrom;
            double weeksBefore = ChronoUnit.DAYS.between(paceFrom, d.end()) / 7.0;
            Optional<Estimate> before = atRiskBefore > 0 && weeksBefore > 0
                    ? Optional.of(perPace(Proportion.wilson(Math.max(0, Math.min(atRiskBefore, textByEnd - textAtFrom)),
                            atRiskBefore), weeksBefore))
                    : Optional.empty();
            long atRiskAfter = runs - textByEnd;
            double weeksAfter = ChronoUnit.DAYS.between(d.end(), window.horizon()) / 7.0;
            Optional<Estimate> after = atRiskAfter > 0 && weeksAfter > 0
                    ? Optional.of(perPace(Proportion.wilson(Math.max(0, Math.min(atRiskAfter, textByHorizon - textByEnd)),
                            atRiskAfter), weeksAfter))
                    : Optional.empty();
            effects.add(new DeadlineEffect(d, windowStart, textAfter, signedAfter, paceFrom, atRiskBefore, before,
                    atRiskAfter, after));
        }
        return List.copyOf(effects);
    }

    /**
     * A share q reached over {@code weeks} weeks as the share per {@link #PACE_WEEKS} weeks at a
     * constant weekly hazard: 1 − (1 − q)^(8 / weeks). Increasing in q, so the interval carries over.
     */
    static Estimate perPace(Estimate overPeriod, double weeks) {
        double exponent = PACE_WEEKS / weeks;
        return Proportion.map(overPeriod, q -> 1 - StrictMath.pow(1 - q, exponent));
    }

    /** The referendum's part, when the scenario has one (a marked earliest date, or runs that waited for it). */
    Optional<ReferendumRole> referendum() {
        Optional<LocalDate> earliest = summary.markers().stream()
                .filter(m -> m.kind() == Marker.Kind.REFERENDUM).map(Marker::date).findFirst();
        StateShares peak = null;
        for (StateShares row : summary.states()) {
            if (row.date().isAfter(window.horizon())) break;
            if (peak == null || row.awaitingReferendum() > peak.awaitingReferendum()) peak = row;
        }
        if (peak == null || (earliest.isEmpty() && peak.awaitingReferendum() <= 0)) return Optional.empty();
        Estimate awaitingAtHorizon = awaitingReferendumAt(window.horizon());
        long awaiting = count(awaitingAtHorizon);
        long initialedNotSigned = Math.max(0, count(byHorizon(Milestone.INITIALED)) - count(byHorizon(Milestone.SIGNED)));
        Optional<Estimate> signedBefore = earliest.filter(e -> e.isAfter(window.start()))
                .map(e -> at(Milestone.SIGNED, e.minusDays(1)));
        return Optional.of(new ReferendumRole(earliest, signedBefore, awaitingAtHorizon, awaiting,
                Proportion.wilson(initialedNotSigned, runs), initialedNotSigned,
                Proportion.wilson(Proportion.count(peak.awaitingReferendum(), runs), runs), peak.date(),
                summary.referendums()));
    }
}
