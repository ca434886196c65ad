package org.treatysim.montecarlo.conditioning;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.treatysim.model.spec.Milestone;

/**
 * No run of a rejection job met every observation, so there is no conditional forecast. The
 * message names the observation no run reproduces: each observation that no run meets even on its
 * own, or else the first (in date order) that leaves no run once the earlier ones are required,
 * followed by how many runs met each observation.
 */
public final class NoMatchingRunException extends Exception {
    private static final long serialVersionUID = 1L;

    /** The observation named as the culprit. */
    private final transient Condition culprit;
    /** True when the culprit is met by no run even on its own. */
    private final boolean impossibleAlone;

    private NoMatchingRunException(String message, Condition culprit, boolean impossibleAlone) {
        super(message);
        this.culprit = culprit;
        this.impossibleAlone = impossibleAlone;
    }

    /** The observation no run reproduces (alone, or together with the earlier ones). */
    public Condition culprit() {
        return culprit;
    }

    /** True when no run meets the culprit even on its own; false when only the combination fails. */
    public boolean impossibleAlone() {
        return impossibleAlone;
    }

    /**
     * The diagnosis of a job that accepted nothing.
     *
     * @param counts   the job's counts, with no accepted run and at least one run
     * @param maxRuns  the cap on runs, named in the advice
     * @param start    the scenario's start, for the step-date hint
     * @param stepDays days per model step, for the step-date hint
     */
    static NoMatchingRunException diagnose(ConditioningAccumulator counts, int maxRuns, LocalDate start,
                                           int stepDays) {
        List<Condition> conditions = counts.conditions();
        long runs = counts.runs();
        List<Condition> impossible = new ArrayList<>();
        for (int i = 0; i < conditions.size(); i++) {
            if (counts.metAlone(i) == 0) impossible.add(conditions.get(i));
        }
        StringBuilder text = new StringBuilder();
        Condition culprit;
        int culpritIndex;
        if (!impossible.isEmpty()) {
            culprit = impossible.get(0);
            culpritIndex = conditions.indexOf(culprit);
            text.append("no run reproduces the observations: none of ").append(runs)
                    .append(impossible.size() == 1 ? " runs has\n" : " runs has any of\n");
            for (Condition c : impossible) {
                text.append("  ").append(c.label()).append('\n');
            }
        } else {
            culpritIndex = 0;
            while (counts.metWithEarlier(culpritIndex) > 0) culpritIndex++;
            culprit = conditions.get(culpritIndex);
            text.append("no run reproduces the observations: each is met by some of the ").append(runs)
                    .append(" runs, but none meets them all.\n");
            text.append("The first ").append(culpritIndex == 1 ? "observation is" : culpritIndex + " observations are")
                    .append(" met together by ").append(counts.metWithEarlier(culpritIndex - 1))
                    .append(" runs; adding\n  ").append(culprit.label()).append("\nleaves none.\n");
        }
        String hint = stepHint(conditions, culpritIndex, start, stepDays);
        if (hint != null) text.append(hint).append('\n');
        text.append("Runs meeting each observation (alone / with all earlier ones):\n");
        for (int i = 0; i < conditions.size(); i++) {
            text.append(String.format(Locale.ROOT, "  %s: %d / %d of %d%n", conditions.get(i).label(),
                    counts.metAlone(i), counts.metWithEarlier(i), runs));
        }
        text.append("The model cannot produce this history, or produces it too rarely to be found in ")
                .append(runs).append(" runs: check the observation, raise --max-runs (the cap was ").append(maxRuns)
                .append("), or revisit the scenario's assumptions.");
        return new NoMatchingRunException(text.toString(), culprit, !impossible.isEmpty());
    }

    /**
     * Text agreement is dated on the model's step days (start + k·stepDays). A window between "not
     * yet" and "happened" that holds no step day can never be met; say so.
     */
    private static String stepHint(List<Condition> conditions, int culpritIndex, LocalDate start, int stepDays) {
        Condition culprit = conditions.get(culpritIndex);
        if (culprit.question().event() != Milestone.TEXT_AGREED || !culprit.happened()) return null;
        LocalDate to = culprit.question().date();
        LocalDate from = null;
        for (Condition c : conditions) {
            if (c.question().event() == Milestone.TEXT_AGREED && !c.happened() && c.question().date().isBefore(to)
                    && (from == null || c.question().date().isAfter(from))) {
                from = c.question().date();
            }
        }
        if (from == null) return null;
        long afterFrom = ChronoUnit.DAYS.between(start, from);
        long firstStep = Math.floorDiv(afterFrom, stepDays) * stepDays + stepDays;
        if (!start.plusDays(firstStep).isAfter(to)) return null;
        return "Text agreement is dated on the model's steps, every " + stepDays + " days from " + start
                + "; no step falls after " + from + " and on or before " + to
                + ", so no run can meet both: widen the window to include a step day.";
    }
}
