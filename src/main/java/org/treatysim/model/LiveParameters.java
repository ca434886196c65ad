package org.treatysim.model;

import org.treatysim.model.spec.EventSpec;

/**
 * The run's values of every parameter, by slot of the {@link ParameterTable}, and the count of
 * their changes.
 *
 * <p>Agents keep what they derive from parameters (a party's weights, the issues' orientation, a
 * mediator's pressure, the table's Pareto frontier) until {@link #epoch()} moves. Every write goes
 * through a method here, and every write but one moves the epoch, so nothing derived can go
 * stale: the exception is a <em>decaying</em> slot (a patron's influence, which shrinks every
 * step), declared as such once, written only by {@link #decay} and read only by
 * {@link #decaying}, afresh each step and never kept. {@link #get} refuses a decaying slot when
 * assertions are on, so a cache cannot be built on one by mistake.
 */
final class LiveParameters {
    private final ParameterTable table;
    private final double[] values;
    private final double[] sampled;
    private final boolean[] decayingSlots;
    private int epoch;

    LiveParameters(ParameterTable table) {
        this.table = table;
        this.values = new double[table.size()];
        this.sampled = new double[table.sampledPaths().size()];
        this.decayingSlots = new boolean[table.size()];
    }

    /** The slot of a dotted parameter path (at construction of the agents). */
    int slot(String path) {
        return table.slot(path);
    }

    /** Declares a slot that changes every step without moving the epoch (see the class comment). */
    void declareDecaying(int slot) {
        decayingSlots[slot] = true;
    }

    /** Counts the changes of the values by the run's draws and by events; compare, never interpret. */
    int epoch() {
        return epoch;
    }

    /** The value at {@code slot}; it stays the same while {@link #epoch()} does. */
    double get(int slot) {
        assert !decayingSlots[slot] : "slot " + slot + " decays every step: read it with decaying()";
        return values[slot];
    }

    /** The value at {@code slot}, or 0 for slot −1 (a per-party value the scenario leaves out). */
    double getOrZero(int slot) {
        return slot < 0 ? 0 : get(slot);
    }

    /** The current value of a decaying slot: read it afresh each step, never keep what follows from it. */
    double decaying(int slot) {
        assert decayingSlots[slot] : "slot " + slot + " is not declared decaying";
        return values[slot];
    }

    /** Multiplies a decaying slot by {@code retention}, the step's decay; the epoch stays. */
    void decay(int slot, double retention) {
        assert decayingSlots[slot] : "slot " + slot + " is not declared decaying";
        values[slot] = values[slot] * retention;
    }

    /** Fills the values with run {@code runSeed}'s draws (see {@link ParameterTable#draw}). */
    void draw(long runSeed) {
        table.draw(runSeed, values, sampled);
        epoch++;
    }

    /** An event's change of one parameter: {@code target} set to, increased or multiplied by the value at {@code operand}. */
    void apply(EventSpec.Operation operation, int target, int operand) {
        double by = values[operand];
        switch (operation) {
            case SET -> values[target] = by;
            case ADD -> values[target] += by;
            case MULTIPLY -> values[target] *= by;
        }
        epoch++;
    }

    /** Adds {@code amount} to the value at {@code slot} (a missed deadline's consequence for a batna). */
    void add(int slot, double amount) {
        values[slot] += amount;
        epoch++;
    }

    /** The run's draws of the uncertain parameters, in canonical order (a copy). */
    double[] sampled() {
        return sampled.clone();
    }

    /** A copy of all values (for tests that check what a step changed). */
    double[] snapshot() {
        return values.clone();
    }
}
