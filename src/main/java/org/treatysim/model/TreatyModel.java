package org.treatysim.model;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.PatronSpec;
import org.treatysim.model.spec.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The negotiation model as one MASON {@link SimState}: built once from a scenario, restarted for
 * every run (docs/model.md sections 1–9).
 *
 * <p>Schedule time is measured in days: {@link #ORIGIN} + days since the scenario's start. The repeating agents step every
 * {@code stepDays} at whole multiples of it, in the phases {@link #CALENDAR}, {@link #PATRON},
 * {@link #MEDIATORS}, {@link #PARTIES}, {@link #TABLE}, {@link #RECORDER}. One repeating
 * {@link StepCycle} runs the phases of a step in that order, each phase stepping its agents in a
 * fixed order, so MASON never shuffles (and never draws) within a phase. Dated things are
 * one-shot steppables at their own calendar time, just before the step of their day: scheduled
 * events half a day before, ratification milestones a quarter of a day before, the horizon half a
 * day after the horizon's date. Distinct fractional offsets keep every schedule key unique, and no
 * one-shot ever shares a time with a step, so the phases of a step always run together.
 *
 * <p>Each piece of run state has one owner that writes it through its own methods: the parameter
 * values and their change count in {@link LiveParameters}; the issues' statuses, values and red
 * lines in the {@link Agenda}; the milestones of ratification in {@link Ratification}; clashes in
 * the {@link ClashHazard}, spoiler incidents in each {@link Patron}; this step's draft in the
 * {@link Table}; the listener and the step's labels in the {@link Recorder}. This object keeps
 * only the run's clock, its state and its end, and hands the agents to each other. Whatever an
 * agent derives and keeps (weights, the Pareto frontier) is keyed on its owner's change count,
 * which the owner's writers move themselves.
 *
 * <p>Not thread-safe: one instance per thread, reused across runs.
 */
public final class TreatyModel extends SimState {
    private static final long serialVersionUID = 1L;

    /** Phase 1: calendar processes (deadline pressure, clash hazard). */
    public static final int CALENDAR = 0;
    /** Phase 2: patrons decay, press and may spoil. */
    public static final int PATRON = 1;
    /** Phase 3: mediators compute trust, pressure and side payments. */
    public static final int MEDIATORS = 2;
    /** Phase 4: parties advance their clocks and make offers. */
    public static final int PARTIES = 3;
    /** Phase 5: issues converge, the lead mediator drafts, parties accept or not. */
    public static final int TABLE = 4;
    /** Phase 6: the step is recorded for a listener. */
    public static final int RECORDER = 5;

    /** Schedule time of the scenario's start: one day after MASON's epoch, so that things dated on the first day can fire before its step. */
    static final double ORIGIN = 1.0;
    /** Offset of scheduled events before the step of their day. */
    static final double EVENT_OFFSET = 0.5;
    /** Offset of ratification milestones before the step of their day. */
    static final double MILESTONE_OFFSET = 0.25;
    /** How much later a milestone moved by an event is scheduled per move, so that it has a time of its own. */
    static final double MOVE_OFFSET = 1e-6;

    private final Scenario scenario;
    private final Corrections corrections;
    private final LiveParameters live;
    private final Agenda agenda;
    private final int stepDays;
    private final long horizonDay;

    private final Party first;
    private final Party second;
    private final Mediator[] mediators;
    private final Patron[] patrons;
    private final DeadlineClock[] deadlines;
    private final ClashHazard clashHazard;
    private final Frontier frontier;
    private final Table table;
    private final Recorder recorder;
    private final Ratification ratification;
    private final List<ScheduledEvents> scheduledEvents;
    private final StepCycle stepCycle;
    private final Steppable horizon;

    /** The patrons' stream: all of them draw from it, in their order, one uniform each per step. */
    private final MersenneTwisterFast spoilerStream = new MersenneTwisterFast(0L);
    /** The rarer draws, each mechanism on a stream of its own, seeded on first use. */
    private final SplitMixStream misjudgementStream = new SplitMixStream(RunStreams.Stream.MISJUDGEMENT);
    private final SplitMixStream missedDeadlineStream = new SplitMixStream(RunStreams.Stream.MISSED_DEADLINES);
    private final SplitMixStream incidentCollapseStream = new SplitMixStream(RunStreams.Stream.INCIDENT_COLLAPSE);

    // Slots of the shocks' interruption.
    private final int pauseWeeksSlot;
    private final int trustLossSlot;

    // ---- run state ----
    private long runSeed;
    private NegotiationState state;
    private boolean ended;
    private int stepIndex;
    private double day;
    private double pausedUntil;
    private long signedDay;
    private long collapsedDay;
    private long endDay;

    TreatyModel(Scenario scenario, ParameterTable parameters, Corrections corrections) {
        super(new MersenneTwisterFast(0L));
        this.scenario = scenario;
        this.corrections = corrections;
        this.live = new LiveParameters(parameters);
        this.agenda = new Agenda(scenario);
        this.stepDays = scenario.stepDays();
        if (stepDays < 1) throw new IllegalArgumentException("stepDays must be >= 1, not " + stepDays);
        this.horizonDay = ChronoUnit.DAYS.between(scenario.start(), scenario.horizon());
        if (horizonDay < 0) throw new IllegalArgumentException("the horizon is before the start");

        frontier = new Frontier(this);
        pauseWeeksSlot = live.slot("shocks.pauseWeeks");
        trustLossSlot = live.slot("shocks.trustLoss");

        first = new Party(this, 0, scenario.parties().get(0));
        second = new Party(this, 1, scenario.parties().get(1));
        first.setOther(second);
        second.setOther(first);

        mediators = new Mediator[scenario.mediators().size()];
        for (int m = 0; m < mediators.length; m++) {
            MediatorSpec spec = scenario.mediators().get(m);
            mediators[m] = new Mediator(this, spec);
        }
        patrons = new Patron[scenario.patrons().size()];
        for (int r = 0; r < patrons.length; r++) {
            PatronSpec spec = scenario.patrons().get(r);
            patrons[r] = new Patron(this, spec, r);
        }
        deadlines = new DeadlineClock[scenario.deadlines().size()];
        for (int d = 0; d < deadlines.length; d++) {
            DeadlineSpec spec = scenario.deadlines().get(d);
            deadlines[d] = new DeadlineClock(this, spec);
        }
        clashHazard = new ClashHazard(this);
        table = new Table(this);
        recorder = new Recorder(this);
        ratification = new Ratification(this);
        scheduledEvents = ScheduledEvents.compile(this, scenario.events());

        stepCycle = new StepCycle();
        horizon = new Horizon();
    }

    /** Readies the model for a run: its seed, its parameter draws, its streams and its listener (null: untraced). */
    void prepare(long seed, StepListener stepListener) {
        runSeed = seed;
        recorder.listen(stepListener);
        live.draw(seed);
        RunStreams.seed(random, seed, RunStreams.Stream.CLASHES);
        if (patrons.length > 0) {
            RunStreams.seed(spoilerStream, seed, RunStreams.Stream.SPOILERS);
        }
        misjudgementStream.beginRun(seed);
        missedDeadlineStream.beginRun(seed);
        incidentCollapseStream.beginRun(seed);
    }

    @Override
    public void start() {
        super.start();
        state = NegotiationState.NEGOTIATING;
        ended = false;
        stepIndex = 0;
        day = 0;
        pausedUntil = Double.NEGATIVE_INFINITY;
        signedDay = -1;
        collapsedDay = -1;
        endDay = -1;
        agenda.beginRun(live, first, second);
        frontier.beginRun();

        first.beginRun();
        second.beginRun();
        for (Mediator mediator : mediators) mediator.beginRun();
        for (Patron patron : patrons) patron.beginRun();
        for (DeadlineClock deadline : deadlines) deadline.beginRun();
        clashHazard.beginRun();
        table.beginRun();
        recorder.beginRun();
        ratification.beginRun();

        schedule.scheduleRepeating(ORIGIN, CALENDAR, stepCycle, stepDays);
        for (ScheduledEvents events : scheduledEvents) {
            schedule.scheduleOnce(ORIGIN + events.day - EVENT_OFFSET, CALENDAR, events);
        }
        schedule.scheduleOnce(ORIGIN + horizonDay + 0.5, RECORDER, horizon);
    }

    /**
     * Runs the prepared run to its end: steps MASON's schedule until a terminal state or the
     * horizon, then hands the trace its last record.
     */
    void runToEnd() {
        start();
        while (!ended) {
            if (!schedule.step(this)) break;
        }
        recorder.close();
        finish();
    }

    /** The result of the run that just ended, as run {@code runIndex}. */
    RunResult result(int runIndex) {
        Outcome outcome = switch (state) {
            case SIGNED -> Outcome.SIGNED;
            case COLLAPSED -> Outcome.COLLAPSED;
            default -> Outcome.STALLED;
        };
        int n = agenda.count();
        double[] concessions = new double[2];
        Party[] parties = {first, second};
        for (int p = 0; p < 2; p++) {
            Party party = parties[p];
            party.fillOwnPackage();
            concessions[p] = NegotiationMath.concession(party.ownPackage, party.ideals, party.weights, n);
        }
        return new RunResult(runIndex, runSeed, outcome, date(ratification.textAgreedDay()),
                date(ratification.initialedDay()), date(ratification.referendumDay()),
                ratification.referendumPassed(), date(signedDay), date(collapsedDay), clashes(), spoilers(),
                agenda.agreedValues(), concessions, live.sampled());
    }

    private LocalDate date(long dayOffset) {
        return dayOffset < 0 ? null : scenario.start().plusDays(dayOffset);
    }

    // ---- what the agents share ----

    Scenario scenario() {
        return scenario;
    }

    /** Which corrections of version 2 this model makes (both, except in tests that compare with version 1). */
    Corrections corrections() {
        return corrections;
    }

    /** The Pareto frontier over the issues in play. */
    Frontier frontier() {
        return frontier;
    }

    /** The run's parameter values; agents resolve their slots through it when built. */
    LiveParameters live() {
        return live;
    }

    /** The issues: statuses, values, red lines. */
    Agenda agenda() {
        return agenda;
    }

    Party first() {
        return first;
    }

    Party second() {
        return second;
    }

    /** The mediators in scenario order (the array is the model's: read it, never write it). */
    Mediator[] mediators() {
        return mediators;
    }

    /** The patrons in scenario order (the array is the model's: read it, never write it). */
    Patron[] patrons() {
        return patrons;
    }

    /** The deadlines in scenario order (the array is the model's: read it, never write it). */
    DeadlineClock[] deadlines() {
        return deadlines;
    }

    Table table() {
        return table;
    }

    Recorder recorder() {
        return recorder;
    }

    Ratification ratification() {
        return ratification;
    }

    /** True when the run is traced; a trace only records, it never changes what happens. */
    boolean tracing() {
        return recorder.tracing();
    }

    /** The seed of the current run. */
    long runSeed() {
        return runSeed;
    }

    /** The stream the patrons draw their incidents from. */
    MersenneTwisterFast spoilerStream() {
        return spoilerStream;
    }

    /** The stream of the lead mediator's errors in seeing the floors. */
    SplitMixStream misjudgementStream() {
        return misjudgementStream;
    }

    /** The stream of missed deadlines' collapses. */
    SplitMixStream missedDeadlineStream() {
        return missedDeadlineStream;
    }

    /** The stream of the spoiler incidents that may end the talks. */
    SplitMixStream incidentCollapseStream() {
        return incidentCollapseStream;
    }

    /** Days between steps, &ge; 1. */
    int stepDays() {
        return stepDays;
    }

    /** The current step's index, 0 at the start. */
    int stepIndex() {
        return stepIndex;
    }

    /** The current step's day, in days since the start. */
    double day() {
        return day;
    }

    NegotiationState state() {
        return state;
    }

    /** True once the run reached a terminal state; agents then do nothing. */
    boolean ended() {
        return ended;
    }

    /** The day the run ended, in days since the start; -1 while it runs. */
    long endDay() {
        return endDay;
    }

    /** The day until which talks are paused (negative infinity when they never were). */
    double pausedUntil() {
        return pausedUntil;
    }

    /** True while talks are paused by a clash or spoiler incident. */
    boolean paused() {
        return day < pausedUntil;
    }

    /** Clashes so far in the run. */
    int clashes() {
        return clashHazard.clashes();
    }

    /** Spoiler incidents so far in the run, all patrons together. */
    int spoilers() {
        int incidents = 0;
        for (Patron patron : patrons) incidents += patron.incidents();
        return incidents;
    }

    /** The calendar date of a day offset. */
    LocalDate date(double dayOffset) {
        return scenario.start().plusDays((long) Math.floor(dayOffset));
    }

    /** Closeness of a deal: 1 − the mean gap between the offers on the issues not yet settled. */
    double closeness() {
        return agenda.closeness(first.offers, second.offers);
    }

    // ---- what happens ----

    /** A clash or spoiler incident ({@code label} says which): trust falls and talks pause. */
    void interrupt(String label) {
        recorder.note(label);
        double loss = Math.max(0, live.get(trustLossSlot));
        for (Mediator mediator : mediators) mediator.loseTrust(loss);
        double pause = Math.max(0, live.get(pauseWeeksSlot)) * 7;
        pausedUntil = Math.max(pausedUntil, day + pause);
    }

    /** A step of the ratification pipeline that does not end the run (TEXT_AGREED to AWAITING_REFERENDUM, or back to NEGOTIATING). */
    void moveTo(NegotiationState next) {
        if (next.isTerminal()) throw new IllegalArgumentException(next + " ends the run: use sign, collapse or stall");
        state = next;
    }

    void collapse(long when) {
        state = NegotiationState.COLLAPSED;
        collapsedDay = when;
        end(when);
        recorder.note("collapsed");
    }

    void sign(long when) {
        state = NegotiationState.SIGNED;
        signedDay = when;
        end(when);
        recorder.note("signed");
    }

    void stall() {
        state = NegotiationState.STALLED;
        end(horizonDay);
        recorder.note("stalled at the horizon");
    }

    private void end(long when) {
        ended = true;
        endDay = when;
    }

    /** Schedules a dated milestone at its day, or steps it at once when that day has come. */
    void scheduleMilestone(Steppable milestone, long dueDay) {
        scheduleMilestone(milestone, dueDay, 0);
    }

    /**
     * Schedules a dated milestone that events moved {@code moves} times at its day, {@code moves}
     * millionths of a day later than an unmoved one, or steps it at once when that time has come.
     */
    void scheduleMilestone(Steppable milestone, long dueDay, int moves) {
        double time = ORIGIN + dueDay - MILESTONE_OFFSET + moves * MOVE_OFFSET;
        if (time <= schedule.getTime()) {
            milestone.step(this);
        } else {
            schedule.scheduleOnce(time, CALENDAR, milestone);
        }
    }

    /**
     * One model step: the phases in the order of their ordering constants, each stepping its agents
     * in a fixed order. <b>Why one schedule entry instead of one per phase:</b> every entry costs
     * MASON a heap removal and re-insertion per step (about 50 ns per activation, a quarter of a
     * baseline run when each phase had its own entry); the phases of a step always run together at
     * the same time anyway, so stepping them from one repeating entry changes nothing but the cost.
     * The agents are called through their own types rather than as a list of {@link Steppable}s so
     * that the JIT can inline each call. The RECORDER phase runs only when a listener is set
     * (untraced runs record nothing).
     */
    private final class StepCycle implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState simState) {
            // CALENDAR
            startStep();
            for (DeadlineClock deadline : deadlines) deadline.step(simState);
            clashHazard.step(simState);
            // PATRON
            for (Patron patron : patrons) patron.step(simState);
            // MEDIATORS
            for (Mediator mediator : mediators) mediator.step(simState);
            // PARTIES
            first.step(simState);
            second.step(simState);
            // TABLE
            table.step(simState);
            // RECORDER
            if (recorder.tracing()) recorder.step(simState);
        }
    }

    /** Marks the start of a step: its index and day. First in the CALENDAR phase. */
    private void startStep() {
        day = schedule.getTime() - ORIGIN;
        stepIndex = (int) Math.round(day / stepDays);
        agenda.reorient(live, first, second);
    }

    /** Ends a run that reached the horizon without a terminal state. */
    private final class Horizon implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState simState) {
            // Deadlines whose window ended after the last step but by the horizon are checked now.
            for (DeadlineClock deadline : deadlines) {
                if (!ended) deadline.checkMissed(horizonDay + 0.5);
            }
            if (!ended) stall();
        }
    }

    /** One dated group of scheduled events (docs/model.md section 8), applied in scenario order. */
    static final class ScheduledEvents implements Steppable {
        private static final long serialVersionUID = 1L;
        private final TreatyModel model;
        final long day;
        private final EventSpec.Operation[] operations;
        private final int[] targets;
        private final int[] operands;
        private final String[] eventLabels;

        private ScheduledEvents(TreatyModel model, long day, List<EventSpec.Operation> operations, List<Integer> targets,
                                List<Integer> operands, List<String> eventLabels) {
            this.model = model;
            this.day = day;
            this.operations = operations.toArray(new EventSpec.Operation[0]);
            this.targets = targets.stream().mapToInt(Integer::intValue).toArray();
            this.operands = operands.stream().mapToInt(Integer::intValue).toArray();
            this.eventLabels = eventLabels.toArray(new String[0]);
        }

        static List<ScheduledEvents> compile(TreatyModel model, List<EventSpec> events) {
            List<ScheduledEvents> groups = new ArrayList<>();
            java.util.TreeMap<Long, List<Integer>> byDay = new java.util.TreeMap<>();
            for (int e = 0; e < events.size(); e++) {
                long eventDay = ChronoUnit.DAYS.between(model.scenario().start(), events.get(e).date());
                byDay.computeIfAbsent(eventDay, k -> new ArrayList<>()).add(e);
            }
            for (var entry : byDay.entrySet()) {
                List<EventSpec.Operation> operations = new ArrayList<>();
                List<Integer> targets = new ArrayList<>();
                List<Integer> operands = new ArrayList<>();
                List<String> eventLabels = new ArrayList<>();
                for (int e : entry.getValue()) {
                    EventSpec event = events.get(e);
                    eventLabels.add(event.label().isEmpty() ? "event " + e : event.label());
                    for (EventSpec.Effect effect : event.effects()) {
                        String operandPath = "events." + e + "." + effect.operation().key() + "." + effect.target();
                        if (effect.target().startsWith("events.")) {
                            throw new IllegalArgumentException("an event cannot change another event: " + effect.target());
                        }
                        operations.add(effect.operation());
                        targets.add(model.live().slot(effect.target()));
                        operands.add(model.live().slot(operandPath));
                    }
                }
                groups.add(new ScheduledEvents(model, entry.getKey(), operations, targets, operands, eventLabels));
            }
            return List.copyOf(groups);
        }

        @Override
        public void step(SimState simState) {
            if (model.ended()) return;
            LiveParameters live = model.live();
            for (int k = 0; k < targets.length; k++) live.apply(operations[k], targets[k], operands[k]);
            for (String label : eventLabels) model.recorder().note(label);
            model.ratification().eventsApplied(day);
        }
    }
}
