package org.treatysim.model;

import ec.util.MersenneTwisterFast;
import java.time.temporal.ChronoUnit;
import org.treatysim.model.spec.ReferendumSpec;
import org.treatysim.model.spec.Scenario;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * From agreed text to signature (docs/model.md section 9): TEXT_AGREED → INITIALED after
 * {@code initialingDays} → AWAITING_REFERENDUM when the package crosses the referendum threshold on
 * a referendum issue and the second party makes the constitutional change a precondition → the
 * vote at max(earliest + earliestShiftDays, initialing + prepDays) → SIGNED after
 * {@code signingDays}; a failed vote collapses the process with probability {@code collapseOnFail},
 * otherwise reopens the referendum issues with the threshold as the first party's red line.
 * Initialing and signature wait while talks are paused; the vote keeps its date unless an event
 * moves the earliest date or the preparation, when it follows them. The vote reads the terms:
 * support' = clamp(support + termsEffect·(U₁(text) − termsReference), 0, 1).
 *
 * <p>The milestones are one-shot calendar steppables ({@link Initialing}, {@link Vote},
 * {@link Signing}); at most one is pending at a time. A vote moved by an event is a new entry of
 * the schedule at a time of its own (a millionth of a day later per move, so no two entries share
 * a time and MASON never shuffles them); the entry it leaves behind does nothing.
 */
final class Ratification {
    private final TreatyModel model;
    private final Agenda agenda;
    private final LiveParameters live;
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
    private final int earliestShiftSlot;
    private final int termsEffectSlot;
    private final int termsReferenceSlot;

    /** The ratification stream, seeded from the run's seed on first use (most runs never need it). */
    private final MersenneTwisterFast stream = new MersenneTwisterFast(0L);
    private boolean streamSeeded;

    private final Initialing initialing = new Initialing();
    /** The vote pending, null when none is; an entry of the schedule that is not this one does nothing. */
    private Vote pendingVote;
    /** How often events moved a vote in this run: each move gets a schedule time of its own. */
    private int voteMoves;
    private final Signing signing = new Signing();
    /** Scratch for the agreed text's values. */
    private final double[] agreedText;

    // The run's milestones: days since the start, -1 until reached.
    private long textAgreedDay;
    private long initialedDay;
    private long referendumDay;
    /** The outcome of the last vote held, null while none was. */
    private Boolean referendumPassed;
    /** The day of the latest initialing, from which the pending vote's preparation runs; -1 before. */
    private long roundInitialedDay;

    Ratification(TreatyModel model) {
        this.model = model;
        this.agenda = model.agenda();
        this.live = model.live();
        this.agreedText = new double[agenda.count()];
        Scenario scenario = model.scenario();
        initialingSlot = live.slot("ratification.initialingDays");
        signingSlot = live.slot("ratification.signingDays");
        ReferendumSpec spec = scenario.ratification().referendum().orElse(null);
        referendum = spec != null;
        precondition = spec != null && spec.precondition();
        earliestDay = spec == null ? 0 : ChronoUnit.DAYS.between(scenario.start(), spec.earliest());
        prepSlot = referendumSlot("prepDays");
        supportSlot = referendumSlot("support");
        turnoutSlot = referendumSlot("turnout");
        quorumSlot = referendumSlot("quorum");
        collapseSlot = referendumSlot("collapseOnFail");
        earliestShiftSlot = referendumSlot("earliestShiftDays");
        termsEffectSlot = referendumSlot("termsEffect");
        termsReferenceSlot = referendumSlot("termsReference");
    }

    /** The slot of the referendum's parameter {@code name}; −1 when the scenario holds no referendum. */
    private int referendumSlot(String name) {
        return referendum ? live.slot("ratification.referendum." + name) : -1;
    }

    void beginRun() {
        initialing.due = -1;
        pendingVote = null;
        voteMoves = 0;
        roundInitialedDay = -1;
        signing.due = -1;
        streamSeeded = false;
        textAgreedDay = -1;
        initialedDay = -1;
        referendumDay = -1;
        referendumPassed = null;
    }

    /** The first day the whole text was agreed, in days since the start; -1 when it never was. */
    long textAgreedDay() {
        return textAgreedDay;
    }

    /** The first day the text was initialed; -1 when it never was. */
    long initialedDay() {
        return initialedDay;
    }

    /** The polling day of the last referendum held; -1 when none was. */
    long referendumDay() {
        return referendumDay;
    }

    /** Whether the last referendum held passed; null when none was. */
    Boolean referendumPassed() {
        return referendumPassed;
    }

    private long days(int slot) {
        return Math.round(Math.max(0, live.get(slot)));
    }

    private MersenneTwisterFast stream() {
        if (!streamSeeded) {
            RunStreams.seed(stream, model.runSeed(), RunStreams.Stream.RATIFICATION);
            streamSeeded = true;
        }
        return stream;
    }

    /** Both parties accepted the package: every issue is agreed at its value, initialing is scheduled. */
    void textAgreed(double[] values) {
        long today = (long) model.day();
        agenda.agreeAll(values);
        model.moveTo(NegotiationState.TEXT_AGREED);
        if (textAgreedDay < 0) textAgreedDay = today;
        model.recorder().note("text agreed");
        initialing.scheduleOn(today + days(initialingSlot));
    }

    /** True when the agreed package needs the first party's constitutional referendum before signature. */
    boolean referendumRequired() {
        return precondition && agenda.crossesReferendumThreshold();
    }

    /** The polling day for a text initialed on {@code initialed}: max(earliest + shift, initialed + prepDays). */
    private long pollingDay(long initialed) {
        return Math.max(earliestDay + Math.round(live.get(earliestShiftSlot)), initialed + days(prepSlot));
    }

    private void initialed(long day) {
        model.moveTo(NegotiationState.INITIALED);
        if (initialedDay < 0) initialedDay = day;
        roundInitialedDay = day;
        model.recorder().note("initialed");
        if (referendumRequired()) {
            model.moveTo(NegotiationState.AWAITING_REFERENDUM);
            model.recorder().note("awaiting referendum");
            pendingVote = new Vote(pollingDay(day));
            model.scheduleMilestone(pendingVote, pendingVote.due, voteMoves);
        } else {
            signing.scheduleOn(day + days(signingSlot));
        }
    }

    /**
     * After events on {@code eventDay}: a pending vote follows a moved earliest date or preparation
     * (docs/model.md section 9), to no earlier than that day.
     */
    void eventsApplied(long eventDay) {
        if (pendingVote == null || model.ended()) return;
        long due = Math.max(eventDay, pollingDay(roundInitialedDay));
        if (due == pendingVote.due) return;
        voteMoves++;
        pendingVote = new Vote(due);
        if (model.tracing()) model.recorder().note("referendum moved to " + model.date((double) due));
        model.scheduleMilestone(pendingVote, due, voteMoves);
    }

    /** Support read against the terms: clamp(support + termsEffect·(U₁(agreed text) − termsReference), 0, 1). */
    private double supportForTheText() {
        double support = live.get(supportSlot);
        double effect = live.get(termsEffectSlot);
        if (effect != 0) {
            agenda.valuesInto(agreedText);
            support += effect * (model.first().utility(agreedText) - live.get(termsReferenceSlot));
            if (model.tracing()) {
                model.recorder().note(String.format(java.util.Locale.ROOT, "support %.3f after the terms",
                        Math.min(1, Math.max(0, support))));
            }
        }
        return Math.min(1, Math.max(0, support));
    }

    private void voted(long day) {
        referendumDay = day;
        boolean passed = NegotiationMath.referendumPasses(supportForTheText(), live.get(turnoutSlot),
                live.get(quorumSlot));
        referendumPassed = passed;
        if (passed) {
            model.recorder().note("referendum passed");
            signing.scheduleOn(day + days(signingSlot));
            return;
        }
        model.recorder().note("referendum failed");
        double draw = stream().nextDouble();
        if (draw < live.get(collapseSlot)) {
            model.collapse(day);
        } else {
            agenda.reopenBeyondReferendumThresholds();
            model.moveTo(NegotiationState.NEGOTIATING);
            model.recorder().note("referendum issue reopened");
        }
    }

    /** The day a milestone delayed by a pause can happen: the first whole day after the pause. */
    private long afterPause() {
        return (long) Math.ceil(model.pausedUntil());
    }

    /** A milestone that waits while talks are paused: it happens on its day or, after a pause, the first whole day after it. */
    abstract class WaitingMilestone implements Steppable {
        private static final long serialVersionUID = 1L;
        long due;

        /** Schedules it on {@code day}. */
        void scheduleOn(long day) {
            due = day;
            model.scheduleMilestone(this, due);
        }

        @Override
        public void step(SimState simState) {
            if (model.ended()) return;
            if (due < model.pausedUntil()) {
                scheduleOn(afterPause());
                return;
            }
            happen(due);
        }

        abstract void happen(long day);
    }

    /** Initialing of the agreed text; waits while talks are paused. */
    final class Initialing extends WaitingMilestone {
        private static final long serialVersionUID = 1L;

        @Override
        void happen(long day) {
            initialed(day);
        }
    }

    /** The first party's constitutional referendum; held on its date whatever happens at the table. */
    final class Vote implements Steppable {
        private static final long serialVersionUID = 1L;
        private final long due;

        Vote(long due) {
            this.due = due;
        }

        @Override
        public void step(SimState simState) {
            if (model.ended() || this != pendingVote) return;
            pendingVote = null;
            voted(due);
        }
    }

    /** Signature of the treaty; waits while talks are paused. */
    final class Signing extends WaitingMilestone {
        private static final long serialVersionUID = 1L;

        @Override
        void happen(long day) {
            model.sign(day);
        }
    }
}
