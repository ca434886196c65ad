package org.treatysim.model;

import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.Scenario;

/**
 * The issues on the table: each one's status, its settled or agreed value and its red line (the
 * largest value the first party may accept, 1 unless a failed referendum capped it), and which end
 * of it each party prefers.
 *
 * <p>The table settles issues, the ratification pipeline agrees the whole text or reopens issues
 * after a failed vote; each through a method here that moves {@link #epoch()}, so whatever is
 * derived from the package (the table's Pareto frontier) can be kept until it moves. Values are
 * in [0, 1], 0 being the first party's end of the issue; NaN while an issue is open.
 */
final class Agenda {
    /** How far above its threshold a value must lie to need a referendum (rounding, not policy). */
    private static final double THRESHOLD_SLACK = 1e-12;

    private final int count;
    private final String[] ids;
    private final boolean[] referendumIssue;
    private final double[] referendumThreshold;
    private final double[] initiallyAgreed;
    /** "Nothing is agreed until everything is agreed": tentatively settled issues stay in play. */
    private final boolean packageDeal;

    private final IssueStatus[] status;
    private final double[] value;
    private final double[] upper;
    private int epoch;

    /** Per issue +1 when the first party's ideal lies below the second's (the usual case), −1 when above. */
    private final double[] orientation;
    private int orientationEpoch;

    Agenda(Scenario scenario) {
        count = scenario.issues().size();
        packageDeal = scenario.packageDeal();
        if (count < 1) throw new IllegalArgumentException("a scenario needs at least one issue");
        ids = new String[count];
        referendumIssue = new boolean[count];
        referendumThreshold = new double[count];
        initiallyAgreed = new double[count];
        for (int i = 0; i < count; i++) {
            IssueSpec issue = scenario.issues().get(i);
            ids[i] = issue.id();
            referendumIssue[i] = issue.referendum();
            referendumThreshold[i] = issue.referendumThreshold();
            initiallyAgreed[i] = issue.agreed().isPresent() ? issue.agreed().getAsDouble() : Double.NaN;
        }
        status = new IssueStatus[count];
        value = new double[count];
        upper = new double[count];
        orientation = new double[count];
    }

    /** Number of issues, &ge; 1. */
    int count() {
        return count;
    }

    /** The id of issue i (scenario order). */
    String id(int issue) {
        return ids[issue];
    }

    /** Issues agreed in the scenario start agreed, the others open; no red lines; the parties' ends read afresh. */
    void beginRun(LiveParameters live, Party first, Party second) {
        for (int i = 0; i < count; i++) {
            boolean agreed = !Double.isNaN(initiallyAgreed[i]);
            status[i] = agreed ? IssueStatus.AGREED : IssueStatus.OPEN;
            value[i] = agreed ? initiallyAgreed[i] : Double.NaN;
            upper[i] = 1;
        }
        epoch++;
        orient(live, first, second);
    }

    /** Counts the changes of statuses, values and red lines; compare, never interpret. */
    int epoch() {
        return epoch;
    }

    IssueStatus status(int issue) {
        return status[issue];
    }

    boolean isOpen(int issue) {
        return status[issue] == IssueStatus.OPEN;
    }

    /**
     * Whether issue i is in play: open, or tentatively settled in a package deal (nothing is agreed
     * until everything is agreed). The mediator drafts the issues in play, and a party's own position
     * holds its offers on them (docs/model.md sections 3 and 4).
     */
    boolean inPlay(int issue) {
        return status[issue] == IssueStatus.OPEN || (packageDeal && status[issue] == IssueStatus.TENTATIVE);
    }

    /** True when no issue is open (every one settled tentatively or agreed). */
    boolean noneOpen() {
        for (int i = 0; i < count; i++) {
            if (status[i] == IssueStatus.OPEN) return false;
        }
        return true;
    }

    /** The settled or agreed value of issue i, NaN while it is open. */
    double value(int issue) {
        return value[issue];
    }

    /** Copies the settled or agreed values (NaN for open issues) into {@code into}. */
    void valuesInto(double[] into) {
        System.arraycopy(value, 0, into, 0, count);
    }

    /** The red line of issue i: the largest value the first party may offer or accept, in [0, 1]. */
    double upper(int issue) {
        return upper[issue];
    }

    /** Copies the red lines into {@code into}. */
    void uppersInto(double[] into) {
        System.arraycopy(upper, 0, into, 0, count);
    }

    /** +1 when the first party prefers the lower end of issue i (the usual case), −1 otherwise. */
    double orientation(int issue) {
        return orientation[issue];
    }

    /** Works out again which end each party prefers when the parameters moved (events may move ideals). */
    void reorient(LiveParameters live, Party first, Party second) {
        if (orientationEpoch != live.epoch()) orient(live, first, second);
    }

    private void orient(LiveParameters live, Party first, Party second) {
        for (int i = 0; i < count; i++) {
            orientation[i] = live.get(second.idealSlot(i)) >= live.get(first.idealSlot(i)) ? 1 : -1;
        }
        orientationEpoch = live.epoch();
    }

    /** Issue i's offers met: it is settled at {@code at}, for good or (in a package deal) tentatively. */
    void settle(int issue, double at, boolean tentatively) {
        status[issue] = tentatively ? IssueStatus.TENTATIVE : IssueStatus.AGREED;
        value[issue] = at;
        epoch++;
    }

    /** Both parties accepted the package: every issue is agreed at its value there. */
    void agreeAll(double[] values) {
        for (int i = 0; i < count; i++) {
            status[i] = IssueStatus.AGREED;
            value[i] = values[i];
        }
        epoch++;
    }

    /** True when an agreed value lies above its issue's referendum threshold. */
    boolean crossesReferendumThreshold() {
        for (int i = 0; i < count; i++) {
            if (crossesThreshold(i)) return true;
        }
        return false;
    }

    /** After a failed vote: the issues beyond their referendum threshold reopen, capped at it. */
    void reopenBeyondReferendumThresholds() {
        for (int i = 0; i < count; i++) {
            if (crossesThreshold(i)) {
                status[i] = IssueStatus.OPEN;
                value[i] = Double.NaN;
                upper[i] = referendumThreshold[i];
            }
        }
        epoch++;
    }

    private boolean crossesThreshold(int issue) {
        return referendumIssue[issue] && value[issue] > referendumThreshold[issue] + THRESHOLD_SLACK;
    }

    /**
     * Closeness of a deal, in [0, 1]: 1 − the mean gap between the offers on the open issues (1
     * when none is open).
     */
    double closeness(double[] firstOffers, double[] secondOffers) {
        double gaps = 0;
        int open = 0;
        for (int i = 0; i < count; i++) {
            if (status[i] == IssueStatus.OPEN) {
                gaps += Math.max(0, orientation[i] * (secondOffers[i] - firstOffers[i]));
                open++;
            }
        }
        return open == 0 ? 1 : 1 - gaps / open;
    }

    /** The agreed values (NaN where not agreed), for the run's result. */
    double[] agreedValues() {
        double[] agreed = new double[count];
        for (int i = 0; i < count; i++) {
            agreed[i] = status[i] == IssueStatus.AGREED ? value[i] : Double.NaN;
        }
        return agreed;
    }
}
