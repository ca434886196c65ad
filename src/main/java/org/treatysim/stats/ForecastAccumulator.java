package org.treatysim.stats;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;

/**
 * Everything a forecast reports, counted run by run in memory that does not grow with the number
 * of runs: per-row milestone counts, per-row state counts, terminal states, deadline outcomes and
 * histograms. All state is {@code long} counts, so merging is exact and the merged result is the
 * same whichever thread counted which run.
 *
 * <p>States on a row's date are read from a run's milestone dates (a milestone dated d has
 * happened on day d): collapsed, else signed, else awaiting the referendum (initialed, and a
 * referendum held later, or none held by the horizon though the agreed package needs one), else negotiating again after a failed last referendum, else text agreed
 * (agreed or initialed, or a passed referendum awaiting signature), else negotiating. A
 * {@link RunResult} reports the first text agreement and the last referendum only, so a run that
 * failed a referendum, renegotiated and then passed a second one shows as awaiting the referendum
 * from its first initialing to the second vote.
 */
public final class ForecastAccumulator implements RunAccumulator<ForecastAccumulator> {

    /** States counted on each row's date, in the order of {@link StateShares}. */
    public enum State { NEGOTIATING, TEXT_AGREED, AWAITING_REFERENDUM, SIGNED, COLLAPSED }

    /**
     * How a run's last referendum by the horizon went: passed; failed, and the talks collapsed on
     * polling day (the model's {@code collapseOnFail}); or failed, and the talks went on.
     */
    public enum LastReferendum { PASSED, FAILED_ENDED, FAILED_REOPENED }

    private static final int NEVER = Integer.MAX_VALUE;
    private static final Milestone[] MILESTONES = Milestone.values();

    private final ForecastLayout layout;
    private final int[] rowDays;
    private final int horizonDays;
    private final int[] deadlineDays;
    private long runs;
    /** [milestone][row]: runs whose milestone first counts on that row; every milestone, not only the curve's. */
    private final long[][] milestoneFirstRow;
    /** [state][row]: runs in that state on the row's date. */
    private final long[][] stateByRow;
    private final long[] outcomes = new long[Outcome.values().length];
    /** [deadline][0 = signed, 1 = text agreed] by the deadline's end. */
    private final long[][] deadlineCounts;
    private final long[][] agreedValues;
    private final long[][] concessions;
    private final long[] signingDays;
    private final long[] lastReferendums = new long[LastReferendum.values().length];

    /** An empty accumulator for this layout. */
    public ForecastAccumulator(ForecastLayout layout) {
        this.layout = Objects.requireNonNull(layout, "layout");
        int rows = layout.rowDates().size();
        rowDays = new int[rows];
        for (int r = 0; r < rows; r++) {
            rowDays[r] = daysFromStart(layout.rowDates().get(r));
        }
        horizonDays = (int) layout.horizonDays();
        deadlineDays = layout.deadlines().stream().mapToInt(d -> daysFromStart(d.end())).toArray();
        milestoneFirstRow = new long[MILESTONES.length][rows];
        stateByRow = new long[State.values().length][rows];
        deadlineCounts = new long[deadlineDays.length][2];
        agreedValues = new long[layout.issueIds().size()][layout.valueBins()];
        concessions = new long[layout.partyIds().size()][layout.valueBins()];
        signingDays = new long[layout.signingBins()];
    }

    /** The layout this accumulator counts on. */
    public ForecastLayout layout() {
        return layout;
    }

    /** Runs counted so far. */
    public long runs() {
        return runs;
    }

    @Override
    public void add(RunResult result) {
        if (result.agreedValues().length != agreedValues.length || result.concessions().length != concessions.length) {
            throw new IllegalArgumentException("run " + result.run() + " has " + result.agreedValues().length
                    + " issues and " + result.concessions().length + " parties; the scenario has "
                    + agreedValues.length + " and " + concessions.length);
        }
        runs++;
        outcomes[result.outcome().ordinal()]++;
        for (Milestone milestone : MILESTONES) {
            countMilestone(milestone, dayOf(milestone.dayIn(result)));
        }
        int signed = dayOf(Milestone.SIGNED.dayIn(result));
        int textAgreed = dayOf(Milestone.TEXT_AGREED.dayIn(result));
        int initialed = dayOf(Milestone.INITIALED.dayIn(result));
        int collapsed = dayOf(Milestone.COLLAPSED.dayIn(result));
        int referendum = dayOf(Milestone.REFERENDUM_HELD.dayIn(result));

        boolean passed = Boolean.TRUE.equals(result.referendumPassed());
        boolean failed = Boolean.FALSE.equals(result.referendumPassed());
        if (referendum <= horizonDays && (passed || failed)) {
            LastReferendum vote = passed ? LastReferendum.PASSED
                    : collapsed == referendum ? LastReferendum.FAILED_ENDED : LastReferendum.FAILED_REOPENED;
            lastReferendums[vote.ordinal()]++;
        }
        // Initialed, no vote held by the horizon, and the package needs one: the vote is still ahead.
        boolean votePending = referendum == NEVER && layout.needsReferendum(result.agreedValues());
        for (int r = 0; r < rowDays.length; r++) {
            int day = rowDays[r];
            State state;
            if (collapsed <= day) {
                state = State.COLLAPSED;
            } else if (signed <= day) {
                state = State.SIGNED;
            } else if (initialed <= day && (referendum != NEVER ? day < referendum : votePending)) {
                state = State.AWAITING_REFERENDUM;
            } else if (failed && referendum <= day) {
                state = State.NEGOTIATING;
            } else if (textAgreed <= day || (passed && referendum <= day)) {
                state = State.TEXT_AGREED;
            } else {
                state = State.NEGOTIATING;
            }
            stateByRow[state.ordinal()][r]++;
        }

        for (int d = 0; d < deadlineDays.length; d++) {
            if (signed <= deadlineDays[d]) deadlineCounts[d][0]++;
            if (textAgreed <= deadlineDays[d]) deadlineCounts[d][1]++;
        }
        double[] values = result.agreedValues();
        for (int i = 0; i < values.length; i++) {
            if (!Double.isNaN(values[i])) agreedValues[i][bin(values[i], 0, 1, layout.valueBins())]++;
        }
        double[] moved = result.concessions();
        for (int p = 0; p < moved.length; p++) {
            if (!Double.isNaN(moved[p])) concessions[p][bin(moved[p], 0, 1, layout.valueBins())]++;
        }
        if (signed <= horizonDays) {
            signingDays[bin(signed, 0, horizonDays, signingDays.length)]++;
        }
    }

    @Override
    public void merge(ForecastAccumulator other) {
        if (!layout.equals(other.layout)) {
            throw new IllegalArgumentException("cannot merge accumulators of different layouts");
        }
        runs += other.runs;
        add(outcomes, other.outcomes);
        add(milestoneFirstRow, other.milestoneFirstRow);
        add(stateByRow, other.stateByRow);
        add(deadlineCounts, other.deadlineCounts);
        add(agreedValues, other.agreedValues);
        add(concessions, other.concessions);
        add(signingDays, other.signingDays);
        add(lastReferendums, other.lastReferendums);
    }

    /**
     * Every count, flattened in a fixed order (runs first), for a codec that stores or ships
     * accumulators; {@link #ofCounts} reads it back. The order depends only on the layout.
     */
    public long[] toCounts() {
        long[] flat = new long[countsLength()];
        int at = 0;
        flat[at++] = runs;
        for (long[] part : parts()) {
            System.arraycopy(part, 0, flat, at, part.length);
            at += part.length;
        }
        return flat;
    }

    /**
     * The accumulator whose {@link #toCounts} is {@code counts}, on this layout.
     *
     * @throws IllegalArgumentException when {@code counts} has the wrong length for the layout or a
     *                                  negative count
     */
    public static ForecastAccumulator ofCounts(ForecastLayout layout, long[] counts) {
        ForecastAccumulator accumulator = new ForecastAccumulator(layout);
        if (counts.length != accumulator.countsLength()) {
            throw new IllegalArgumentException(counts.length + " counts, but this scenario's forecast has "
                    + accumulator.countsLength());
        }
        for (long count : counts) {
            if (count < 0) throw new IllegalArgumentException("a negative count, " + count);
        }
        int at = 0;
        accumulator.runs = counts[at++];
        for (long[] part : accumulator.parts()) {
            System.arraycopy(counts, at, part, 0, part.length);
            at += part.length;
        }
        return accumulator;
    }

    /** The count arrays, in the order of {@link #toCounts}. */
    private List<long[]> parts() {
        List<long[]> parts = new ArrayList<>();
        parts.add(outcomes);
        parts.addAll(Arrays.asList(milestoneFirstRow));
        parts.addAll(Arrays.asList(stateByRow));
        parts.addAll(Arrays.asList(deadlineCounts));
        parts.addAll(Arrays.asList(agreedValues));
        parts.addAll(Arrays.asList(concessions));
        parts.add(signingDays);
        parts.add(lastReferendums);
        return parts;
    }

    private int countsLength() {
        return 1 + parts().stream().mapToInt(part -> part.length).sum();
    }

    /** Runs that ended in this outcome. */
    public long outcomeCount(Outcome outcome) {
        return outcomes[outcome.ordinal()];
    }

    /** Runs whose last referendum by the horizon went this way (runs without a referendum count in none). */
    public long lastReferendumCount(LastReferendum vote) {
        return lastReferendums[vote.ordinal()];
    }

    /** Runs that reached the milestone on or before row {@code row}'s date (cumulative). */
    public long milestoneCount(Milestone milestone, int row) {
        long total = 0;
        long[] firsts = milestoneFirstRow[milestone.ordinal()];
        for (int r = 0; r <= row; r++) total += firsts[r];
        return total;
    }

    /** Runs that reached the milestone by the horizon. */
    public long milestoneByHorizon(Milestone milestone) {
        return milestoneCount(milestone, rowDays.length - 1);
    }

    /** Runs in {@code state} on row {@code row}'s date. */
    public long stateCount(State state, int row) {
        return stateByRow[state.ordinal()][row];
    }

    /** Runs signed ({@code textAgreed == false}) or with text agreed ({@code true}) by deadline d's end. */
    public long deadlineCount(int deadline, boolean textAgreed) {
        return deadlineCounts[deadline][textAgreed ? 1 : 0];
    }

    /** Histogram counts of agreed values of issue i (a copy). */
    public long[] agreedValueCounts(int issue) {
        return agreedValues[issue].clone();
    }

    /** Histogram counts of party p's concession (a copy). */
    public long[] concessionCounts(int party) {
        return concessions[party].clone();
    }

    /** Histogram counts of signing days after start (a copy). */
    public long[] signingDayCounts() {
        return signingDays.clone();
    }

    private void countMilestone(Milestone milestone, int day) {
        if (day > horizonDays) return;
        // Row r covers days (rowDays[r-1], rowDays[r]]; rows are stepDays apart except the last.
        int row = day <= 0 ? 0 : Math.min(rowDays.length - 1, (day + layout.stepDays() - 1) / layout.stepDays() - 1);
        milestoneFirstRow[milestone.ordinal()][row]++;
    }

    private int dayOf(LocalDate date) {
        return date == null ? NEVER : daysFromStart(date);
    }

    private int daysFromStart(LocalDate date) {
        long days = ChronoUnit.DAYS.between(layout.start(), date);
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(NEVER - 1, days));
    }

    /** Equal-width bin of x on [min, max]; the last bin includes max, values outside are clamped. */
    static int bin(double x, double min, double max, int bins) {
        int b = (int) Math.floor((x - min) / (max - min) * bins);
        return Math.max(0, Math.min(bins - 1, b));
    }

    private static void add(long[] into, long[] from) {
        for (int i = 0; i < into.length; i++) into[i] += from[i];
    }

    private static void add(long[][] into, long[][] from) {
        for (int i = 0; i < into.length; i++) add(into[i], from[i]);
    }
}
