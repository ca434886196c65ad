package org.treatysim.model;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.spec.DeadlineSpec;
import org.treatysim.model.spec.EventSpec;
import org.treatysim.model.spec.IssueSpec;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.PatronSpec;
import org.treatysim.model.spec.Scenario;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The negotiation model as one MASON {@link SimState}: built once from a scenario, restarted for
 * every run (MODEL.md sections 2–10).
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

    final Scenario scenario;
    final ParameterTable parameters;
    final double[] live;
    final double[] sampled;
    final int issueCount;
    final int stepDays;
    final long horizonDay;
    final String[] issueIds;
    final boolean[] referendumIssue;
    final double[] referendumThreshold;
    final double[] initiallyAgreed;

    final Party first;
    final Party second;
    final Mediator[] mediators;
    final Patron[] patrons;
    final DeadlineClock[] deadlines;
    final ClashHazard clashHazard;
    final Table table;
    final Recorder recorder;
    final Ratification ratification;
    private final List<ScheduledEvents> scheduledEvents;
    private final StepCycle stepCycle;
    private final Steppable horizon;

    final MersenneTwisterFast spoilerStream = new MersenneTwisterFast(0L);
    final MersenneTwisterFast ratificationStream = new MersenneTwisterFast(0L);
    boolean ratificationStreamSeeded;

    // Slots of the shocks and global parameters.
    final int biasPenaltySlot;
    final int pressureToBatnaSlot;
    final int clashRateSlot;
    final int pauseWeeksSlot;
    final int trustLossSlot;
    final int escalationSlot;

    /**
     * Counts the changes of the live parameters by the run's draws and by events. Agents keep what
     * they derive from parameters (weights, orientation, a mediator's pressure) until it moves.
     * Whatever else writes a live parameter must count too, or read it afresh every step as the
     * patrons do with the influence that decays every step.
     */
    int parameterEpoch;
    private int orientationEpoch = -1;
    /**
     * Counts the changes of the issues' statuses, settled or agreed values and red lines
     * ({@link #status}, {@link #value}, {@link #upper}); whatever writes them must count. With
     * {@link #parameterEpoch} it tells the table when the Pareto frontier may have moved.
     */
    int packageEpoch;

    // ---- run state ----
    long runSeed;
    StepListener listener;
    NegotiationState state;
    boolean ended;
    int stepIndex;
    double day;
    double pausedUntil;
    final IssueStatus[] status;
    final double[] value;
    final double[] upper;
    final double[] drafted;
    /** Per issue +1 when the first party's ideal lies below the second's (the usual case), −1 when above. */
    final double[] orientation;
    int leadMediator;
    int clashes;
    int spoilers;
    long textAgreedDay;
    long initialedDay;
    long referendumDay;
    Boolean referendumPassed;
    long signedDay;
    long collapsedDay;
    long endDay;
    final List<String> labels = new ArrayList<>(16);

    TreatyModel(Scenario scenario, ParameterTable parameters) {
        super(new MersenneTwisterFast(0L));
        this.scenario = scenario;
        this.parameters = parameters;
        this.live = new double[parameters.size()];
        this.sampled = new double[parameters.sampledPaths().size()];
        this.issueCount = scenario.issues().size();
        this.stepDays = scenario.stepDays();
        if (issueCount < 1) throw new IllegalArgumentException("a scenario needs at least one issue");
        if (stepDays < 1) throw new IllegalArgumentException("stepDays must be >= 1, not " + stepDays);
        this.horizonDay = ChronoUnit.DAYS.between(scenario.start(), scenario.horizon());
        if (horizonDay < 0) throw new IllegalArgumentException("the horizon is before the start");

        issueIds = new String[issueCount];
        referendumIssue = new boolean[issueCount];
        referendumThreshold = new double[issueCount];
        initiallyAgreed = new double[issueCount];
        for (int i = 0; i < issueCount; i++) {
            IssueSpec issue = scenario.issues().get(i);
            issueIds[i] = issue.id();
            referendumIssue[i] = issue.referendum();
            referendumThreshold[i] = issue.referendumThreshold();
            initiallyAgreed[i] = issue.agreed().isPresent() ? issue.agreed().getAsDouble() : Double.NaN;
        }
        status = new IssueStatus[issueCount];
        value = new double[issueCount];
        upper = new double[issueCount];
        drafted = new double[issueCount];
        orientation = new double[issueCount];

        biasPenaltySlot = parameters.slot("biasPenalty");
        pressureToBatnaSlot = parameters.slot("pressureToBatna");
        clashRateSlot = parameters.slot("shocks.clashesPerYear");
        pauseWeeksSlot = parameters.slot("shocks.pauseWeeks");
        trustLossSlot = parameters.slot("shocks.trustLoss");
        escalationSlot = parameters.slot("shocks.escalation");

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

    /** Readies the model for a run: its seed, its parameter draws, its streams and its listener. */
    void prepare(long seed, StepListener stepListener) {
        runSeed = seed;
        listener = stepListener;
        parameters.draw(seed, live, sampled);
        parameterEpoch++;
        RunStreams.seed(random, seed, RunStreams.Stream.CLASHES);
        if (patrons.length > 0) {
            RunStreams.seed(spoilerStream, seed, RunStreams.Stream.SPOILERS);
        }
        ratificationStreamSeeded = false;
    }

    @Override
    public void start() {
        super.start();
        state = NegotiationState.NEGOTIATING;
        ended = false;
        stepIndex = 0;
        day = 0;
        pausedUntil = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < issueCount; i++) {
            boolean agreed = !Double.isNaN(initiallyAgreed[i]);
            status[i] = agreed ? IssueStatus.AGREED : IssueStatus.OPEN;
            value[i] = agreed ? initiallyAgreed[i] : Double.NaN;
            upper[i] = 1;
            drafted[i] = Double.NaN;
        }
        packageEpoch++;
        leadMediator = -1;
        clashes = 0;
        spoilers = 0;
        textAgreedDay = -1;
        initialedDay = -1;
        referendumDay = -1;
        referendumPassed = null;
        signedDay = -1;
        collapsedDay = -1;
        endDay = -1;
        labels.clear();
        refreshOrientation();
        orientationEpoch = parameterEpoch;

        first.beginRun();
        second.beginRun();
        for (Mediator mediator : mediators) mediator.beginRun();
        for (Patron patron : patrons) patron.beginRun();
        for (DeadlineClock deadline : deadlines) deadline.beginRun();
        table.beginRun();
        recorder.beginRun();
        ratification.beginRun();

        schedule.scheduleRepeating(ORIGIN, CALENDAR, stepCycle, stepDays);
        for (ScheduledEvents events : scheduledEvents) {
            schedule.scheduleOnce(ORIGIN + events.day - EVENT_OFFSET, CALENDAR, events);
        }
        schedule.scheduleOnce(ORIGIN + horizonDay + 0.5, RECORDER, horizon);
    }

    // ---- queries used by the agents ----

    /** True while talks are paused by a clash or spoiler incident. */
    boolean paused() {
        return day < pausedUntil;
    }

    /** The stream of the ratification pipeline, seeded on first use (most runs never need it). */
    MersenneTwisterFast ratificationStream() {
        if (!ratificationStreamSeeded) {
            RunStreams.seed(ratificationStream, runSeed, RunStreams.Stream.RATIFICATION);
            ratificationStreamSeeded = true;
        }
        return ratificationStream;
    }

    /** The calendar date of a day offset. */
    LocalDate date(double dayOffset) {
        return scenario.start().plusDays((long) Math.floor(dayOffset));
    }

    /** Recomputes which end of each issue each party prefers (events may move ideals). */
    void refreshOrientation() {
        for (int i = 0; i < issueCount; i++) {
            orientation[i] = live[second.idealSlot(i)] >= live[first.idealSlot(i)] ? 1 : -1;
        }
    }

    /** Closeness of a deal: 1 − the mean gap between the offers on the issues not yet settled. */
    double closeness() {
        double gaps = 0;
        int open = 0;
        for (int i = 0; i < issueCount; i++) {
            if (status[i] == IssueStatus.OPEN) {
                gaps += Math.max(0, orientation[i] * (second.offers[i] - first.offers[i]));
                open++;
            }
        }
        return open == 0 ? 1 : 1 - gaps / open;
    }

    // ---- what happens ----

    /** A border clash: trust falls, talks pause, and it may escalate into collapse. */
    void clash(boolean escalates) {
        clashes++;
        labels.add("clash");
        interruption();
        if (escalates) {
            labels.add("clash escalated");
            collapse((long) day);
        }
    }

    /** A spoiler incident: like a clash, without escalation. */
    void spoilerIncident(Patron patron) {
        spoilers++;
        labels.add(patron.label);
        interruption();
    }

    private void interruption() {
        double loss = Math.max(0, live[trustLossSlot]);
        for (Mediator mediator : mediators) mediator.loseTrust(loss);
        double pause = Math.max(0, live[pauseWeeksSlot]) * 7;
        pausedUntil = Math.max(pausedUntil, day + pause);
    }

    void collapse(long when) {
        state = NegotiationState.COLLAPSED;
        collapsedDay = when;
        end(when);
        labels.add("collapsed");
    }

    void sign(long when) {
        state = NegotiationState.SIGNED;
        signedDay = when;
        end(when);
        labels.add("signed");
    }

    void stall() {
        state = NegotiationState.STALLED;
        end(horizonDay);
        labels.add("stalled at the horizon");
    }

    private void end(long when) {
        ended = true;
        endDay = when;
    }

    /** Schedules a dated milestone at its day, or steps it at once when that day has come. */
    void scheduleMilestone(Steppable milestone, long dueDay) {
        double time = ORIGIN + dueDay - MILESTONE_OFFSET;
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
            if (listener != null) recorder.step(simState);
        }
    }

    /** Marks the start of a step: its index and day. First in the CALENDAR phase. */
    private void startStep() {
        day = schedule.getTime() - ORIGIN;
        stepIndex = (int) Math.round(day / stepDays);
        if (listener == null) labels.clear();
        if (orientationEpoch != parameterEpoch) {
            refreshOrientation();
            orientationEpoch = parameterEpoch;
        }
    }

    /** Ends a run that reached the horizon without a terminal state. */
    private final class Horizon implements Steppable {
        private static final long serialVersionUID = 1L;

        @Override
        public void step(SimState simState) {
            if (!ended) stall();
        }
    }

    /** One dated group of scheduled events (MODEL.md section 9), applied in scenario order. */
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
                long eventDay = ChronoUnit.DAYS.between(model.scenario.start(), events.get(e).date());
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
                        targets.add(model.parameters.slot(effect.target()));
                        operands.add(model.parameters.slot(operandPath));
                    }
                }
                groups.add(new ScheduledEvents(model, entry.getKey(), operations, targets, operands, eventLabels));
            }
            return List.copyOf(groups);
        }

        @Override
        public void step(SimState simState) {
            if (model.ended) return;
            double[] live = model.live;
            for (int k = 0; k < targets.length; k++) {
                double operand = live[operands[k]];
                switch (operations[k]) {
                    case SET -> live[targets[k]] = operand;
                    case ADD -> live[targets[k]] += operand;
                    case MULTIPLY -> live[targets[k]] *= operand;
                }
            }
            model.parameterEpoch++;
            for (String label : eventLabels) model.labels.add(label);
        }
    }
}
