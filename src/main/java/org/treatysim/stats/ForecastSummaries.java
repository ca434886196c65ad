package org.treatysim.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.treatysim.model.Outcome;
import org.treatysim.model.spec.Milestone;
import org.treatysim.stats.ForecastAccumulator.State;

/**
 * Freezes a {@link ForecastAccumulator} into the immutable {@link ForecastSummary} that files,
 * charts and the brief read, and measures its headline precision.
 */
public final class ForecastSummaries {
    /** The outcome that is no milestone: neither signed nor collapsed by the horizon. */
    private static final String STALLED = "stalled";
    /** Keys of {@link ForecastSummary#outcomes()}, in the order of summary.json: the curve's milestones, then stalled. */
    public static final List<String> OUTCOME_KEYS =
            Stream.concat(Milestone.CURVE.stream().map(Milestone::key), Stream.of(STALLED)).toList();

    private ForecastSummaries() { }

    /**
     * The summary of everything counted.
     *
     * @param counts     the merged counts of all runs, at least one
     * @param provenance where they come from; its {@code runs} must equal {@code counts.runs()}
     */
    public static ForecastSummary freeze(ForecastAccumulator counts, Provenance provenance) {
        long n = counts.runs();
        if (n < 1) {
            throw new IllegalArgumentException("no runs to summarise");
        }
        if (provenance.runs() != n) {
            throw new IllegalArgumentException("provenance says " + provenance.runs() + " runs, counted " + n);
        }
        ForecastLayout layout = counts.layout();
        Map<String, Estimate> outcomes = new LinkedHashMap<>();
        for (Milestone m : Milestone.CURVE) {
            outcomes.put(m.key(), Wilson.estimate(counts.milestoneByHorizon(m), n));
        }
        outcomes.put(STALLED, Wilson.estimate(counts.outcomeCount(Outcome.STALLED), n));

        List<DeadlineOutcome> deadlines = new ArrayList<>();
        for (int d = 0; d < layout.deadlines().size(); d++) {
            ForecastLayout.Deadline deadline = layout.deadlines().get(d);
            deadlines.add(new DeadlineOutcome(deadline.id(), deadline.label(), deadline.end(),
                    Wilson.estimate(counts.deadlineCount(d, false), n),
                    Wilson.estimate(counts.deadlineCount(d, true), n)));
        }

        List<CurvePoint> curve = new ArrayList<>();
        List<StateShares> states = new ArrayList<>();
        for (int r = 0; r < layout.rowDates().size(); r++) {
            curve.add(new CurvePoint(layout.rowDates().get(r),
                    Wilson.estimate(counts.milestoneCount(Milestone.SIGNED, r), n),
                    Wilson.estimate(counts.milestoneCount(Milestone.TEXT_AGREED, r), n),
                    Wilson.estimate(counts.milestoneCount(Milestone.INITIALED, r), n),
                    Wilson.estimate(counts.milestoneCount(Milestone.COLLAPSED, r), n)));
            double total = n;
            states.add(new StateShares(layout.rowDates().get(r),
                    counts.stateCount(State.NEGOTIATING, r) / total,
                    counts.stateCount(State.TEXT_AGREED, r) / total,
                    counts.stateCount(State.AWAITING_REFERENDUM, r) / total,
                    counts.stateCount(State.SIGNED, r) / total,
                    counts.stateCount(State.COLLAPSED, r) / total));
        }

        Map<String, Histogram> agreed = new LinkedHashMap<>();
        for (int i = 0; i < layout.issueIds().size(); i++) {
            String id = layout.issueIds().get(i);
            agreed.put(id, new Histogram("agreed value of " + id, 0, 1, counts.agreedValueCounts(i)));
        }
        Map<String, Histogram> moved = new LinkedHashMap<>();
        for (int p = 0; p < layout.partyIds().size(); p++) {
            String id = layout.partyIds().get(p);
            moved.put(id, new Histogram("concession of " + id, 0, 1, counts.concessionCounts(p)));
        }
        Histogram signing = new Histogram("days after " + layout.start(), 0, layout.horizonDays(),
                counts.signingDayCounts());

        ReferendumOutcomes referendums = ReferendumOutcomes.of(
                counts.lastReferendumCount(ForecastAccumulator.LastReferendum.PASSED),
                counts.lastReferendumCount(ForecastAccumulator.LastReferendum.FAILED_ENDED),
                counts.lastReferendumCount(ForecastAccumulator.LastReferendum.FAILED_REOPENED), n);
        return new ForecastSummary(provenance, outcomes, deadlines, curve, Dkw.halfWidth95(n), states, agreed, moved,
                signing, layout.markers(), Optional.of(referendums));
    }

    /**
     * The counts behind the headline estimates, in the order of {@link #headline}: runs signed,
     * text agreed, initialed, collapsed by the horizon, stalled, then per deadline signed and text
     * agreed by its end.
     */
    public static long[] headlineCounts(ForecastAccumulator counts) {
        int deadlines = counts.layout().deadlines().size();
        long[] all = new long[OUTCOME_KEYS.size() + 2 * deadlines];
        int next = 0;
        for (Milestone m : Milestone.CURVE) {
            all[next++] = counts.milestoneByHorizon(m);
        }
        all[next++] = counts.outcomeCount(Outcome.STALLED);
        for (int d = 0; d < deadlines; d++) {
            all[next++] = counts.deadlineCount(d, false);
            all[next++] = counts.deadlineCount(d, true);
        }
        return all;
    }

    /** The headline estimates: every outcome by the horizon and every deadline's signed and text agreed. */
    public static List<Estimate> headline(ForecastSummary summary) {
        List<Estimate> all = new ArrayList<>(summary.outcomes().values());
        for (DeadlineOutcome d : summary.deadlines()) {
            all.add(d.signed());
            all.add(d.textAgreed());
        }
        return all;
    }

    /** The widest half-width (hi − lo) / 2 among the headline estimates. */
    public static double widestHeadlineHalfWidth(ForecastSummary summary) {
        double widest = 0;
        for (Estimate e : headline(summary)) {
            widest = Math.max(widest, (e.hi() - e.lo()) / 2);
        }
        return widest;
    }
}
