package org.treatysim.model;

/**
 * The run's Pareto frontier over the issues in play (docs/model.md section 5), kept up to date for
 * the table, which drafts on it, and for parties with {@code tradeoff} offers, which offer on it.
 *
 * <p>It is a function of the issues' statuses, values and red lines (the {@link Agenda}) and of the
 * parties' ideals, weights and loss exponents (the {@link LiveParameters}), so it is rebuilt only
 * when one of their change counts moved. Linear utilities (both loss exponents 1) use the exact
 * piecewise-linear frontier of {@link NashDrafting}; curved ones the frontier x(λ) of
 * {@link CurvedFrontier}.
 */
final class Frontier {
    private final TreatyModel model;
    private final Agenda agenda;
    private final LiveParameters live;
    private final NashDrafting linear;
    private final CurvedFrontier curved;
    private final boolean[] inPlay;
    /** The values of the issues out of play; NaN for those in play. */
    private final double[] fixedValues;
    private final double[] upper;
    private boolean linearMode;
    private int inPlayCount;
    private int parameterEpoch;
    private int packageEpoch;

    Frontier(TreatyModel model) {
        this.model = model;
        this.agenda = model.agenda();
        this.live = model.live();
        int n = agenda.count();
        linear = new NashDrafting(n);
        curved = new CurvedFrontier(n);
        inPlay = new boolean[n];
        fixedValues = new double[n];
        upper = new double[n];
    }

    void beginRun() {
        linear.reset();
        curved.reset();
        parameterEpoch = live.epoch() - 1;
    }

    /** Rebuilds the frontier when the parameters or the agenda changed; returns the number of issues in play. */
    int update() {
        if (parameterEpoch == live.epoch() && packageEpoch == agenda.epoch()) return inPlayCount;
        Party first = model.first();
        Party second = model.second();
        first.refreshPreferences();
        second.refreshPreferences();
        int n = agenda.count();
        int count = 0;
        for (int i = 0; i < n; i++) {
            inPlay[i] = agenda.inPlay(i);
            fixedValues[i] = inPlay[i] ? Double.NaN : agenda.value(i);
            if (inPlay[i]) count++;
        }
        agenda.uppersInto(upper);
        double gamma1 = first.lossExponent();
        double gamma2 = second.lossExponent();
        linearMode = gamma1 == 1 && gamma2 == 1;
        if (linearMode) {
            linear.prepare(n, inPlay, fixedValues, upper, first.ideals, first.weights, second.ideals, second.weights);
        } else {
            curved.prepare(n, inPlay, fixedValues, upper, first.ideals, first.weights, gamma1, second.ideals,
                    second.weights, gamma2);
        }
        inPlayCount = count;
        parameterEpoch = live.epoch();
        packageEpoch = agenda.epoch();
        return count;
    }

    /** The frontier as of the last {@link #update()}. */
    ParetoFrontier current() {
        return linearMode ? linear : curved;
    }

    /** True when both utilities are linear, so {@link #current()} is the exact frontier of {@link #linear()}. */
    boolean linearMode() {
        return linearMode;
    }

    /** The linear frontier, with version 1's drafting methods. */
    NashDrafting linear() {
        return linear;
    }

    /** Which issues were in play at the last {@link #update()} (the array is the frontier's: read it, never write it). */
    boolean[] inPlay() {
        return inPlay;
    }

    /** Nash searches in this run (for tests of the caches). */
    int searches() {
        return linear.searches() + curved.searches();
    }
}
