package org.treatysim.model;

import java.time.temporal.ChronoUnit;
import org.treatysim.model.spec.ReferendumSpec;
import org.treatysim.model.spec.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * From agreed text to signature (MODEL.md section 10): TEXT_AGREED → INITIALED after
 * {@code initialingDays} → AWAITING_REFERENDUM when the package crosses the referendum threshold on
 * a referendum issue and the second party makes the constitutional change a precondition → the
 * vote at max(earliest, initialing + prepDays) → SIGNED after {@code signingDays}; a failed vote
 * collapses the process with probability {@code collapseOnFail}, otherwise reopens the referendum
 * issues with the threshold as the first party's red line. Initialing and signature wait while
 * talks are paused; the vote keeps its date.
 *
 * <p>The milestones are one-shot calendar steppables ({@link Initialing}, {@link Vote},
 * {@link Signing}); at most one is pending at a time.
 */
final class Ratification {
    private final TreatyModel model;
    private final int initialingSlot;
    private final int signingSlot;
    private final boolean referendum;
    private final boolean precondition;
    private final long earliestDay;
    private final int prepSlot;
    private final int supportSlot;
    private final int turnoutSlot;
    private final int quorumSlot;
    private final int collapseSlot;

    final Initialing initialing = new Initialing();
    final Vote vote = new Vote();
    final Signing signing = new Signing();

    Ratification(TreatyModel model) {
        this.model = model;
        Scenario scenario = model.scenario;
        initialingSlot = model.parameters.slot("ratification.initialingDays");
        signingSlot = model.parameters.slot("ratification.signingDays");
        ReferendumSpec spec = scenario.ratification().referendum().orElse(null);
        referendum = spec != null;
        precondition = spec != null && spec.precondition();
        earliestDay = spec == null ? 0 : ChronoUnit.DAYS.between(scenario.start(), spec.earliest());
        prepSlot = referendum ? model.parameters.slot("ratification.referendum.prepDays") : -1;
        supportSlot = referendum ? model.parameters.slot("ratification.referendum.support") : -1;
        turnoutSlot = referendum ? model.parameters.slot("ratification.referendum.turnout") : -1;
        quorumSlot = referendum ? model.parameters.slot("ratification.referendum.quorum") : -1;
        collapseSlot = referendum ? model.parameters.slot("ratification.referendum.collapseOnFail") : -1;
    }

    void beginRun() {
        initialing.due = -1;
        vote.due = -1;
        signing.due = -1;
    }

    private long days(int slot) {
        return Math.round(Math.max(0, model.live[slot]));
    }

    /** Both parties accepted the package: every issue is agreed at its value, initialing is scheduled. */
    void textAgreed(double[] values) {
        long today = (long) model.day;
        for (int i = 0; i < model.issueCount; i++) {
            model.status[i] = IssueStatus.AGREED;
            model.value[i] = values[i];
        }
        model.packageEpoch++;
        model.state = NegotiationState.TEXT_AGREED;
        if (model.textAgreedDay < 0) model.textAgreedDay = today;
        model.labels.add("text agreed");
        initialing.due = today + days(initialingSlot);
        model.scheduleMilestone(initialing, initialing.due);
    }

    /** True when the agreed package needs the first party's constitutional referendum before signature. */
    boolean referendumRequired() {
        if (!precondition) return false;
        for (int i = 0; i < model.issueCount; i++) {
            if (model.referendumIssue[i] && model.value[i] > model.referendumThreshold[i] + 1e-12) return true;
        }
        return false;
    }

    private void initialed(long day) {
        model.state = NegotiationState.INITIALED;
        if (model.initialedDay < 0) model.initialedDay = day;
        model.labels.add("initialed");
        if (referendumRequired()) {
            model.state = NegotiationState.AWAITING_REFERENDUM;
            model.labels.add("awaiting referendum");
            vote.due = Math.max(earliestDay, day + days(prepSlot));
            model.scheduleMilestone(vote, vote.due);
        } else {
            signing.due = day + days(signingSlot);
            model.scheduleMilestone(signing, signing.due);
        }
    }

    private void voted(long day) {
        double[] live = model.live;
        model.referendumDay = day;
        boolean passed = NegotiationMath.referendumPasses(live[supportSlot], live[turnoutSlot], live[quorumSlot]);
        model.referendumPassed = passed;
        if (passed) {
            model.labels.add("referendum passed");
            signing.due = day + days(signingSlot);
            model.scheduleMilestone(signing, signing.due);
            return;
        }
        model.labels.add("referendum failed");
        double draw = model.ratificationStream().nextDouble();
        if (draw < live[collapseSlot]) {
            model.collapse(day);
        } else {
            reopen();
        }
    }

    /** After a failed vote: the referendum issues beyond their threshold reopen, capped at it. */
    private void reopen() {
        for (int i = 0; i < model.issueCount; i++) {
            if (model.referendumIssue[i] && model.value[i] > model.referendumThreshold[i] + 1e-12) {
                model.status[i] = IssueStatus.OPEN;
                model.value[i] = Double.NaN;
                model.upper[i] = model.referendumThreshold[i];
            }
        }
        model.packageEpoch++;
        model.state = NegotiationState.NEGOTIATING;
        model.labels.add("referendum issue reopened");
    }

    /** The day a milestone delayed by a pause can happen: the first whole day after the pause. */
    private long afterPause() {
        return (long) Math.ceil(model.pausedUntil);
    }

    /** Initialing of the agreed text; waits while talks are paused. */
    final class Initialing implements Steppable {
        private static final long serialVersionUID = 1L;
        long due;

        @Override
        public void step(SimState simState) {
            if (model.ended) return;
            if (due < model.pausedUntil) {
                due = afterPause();
                model.scheduleMilestone(this, due);
                return;
            }
            initialed(due);
        }
    }

    /** The first party's constitutional referendum; held on its date whatever happens at the table. */
    final class Vote implements Steppable {
        private static final long serialVersionUID = 1L;
        long due;

        @Override
        public void step(SimState simState) {
            if (model.ended) return;
            voted(due);
        }
    }

    /** Signature of the treaty; waits while talks are paused. */
    final class Signing implements Steppable {
        private static final long serialVersionUID = 1L;
        long due;

        @Override
        public void step(SimState simState) {
            if (model.ended) return;
            if (due < model.pausedUntil) {
                due = afterPause();
                model.scheduleMilestone(this, due);
                return;
            }
            model.sign(due);
        }
    }
}
