package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.treatysim.model.ScenarioBuilder.fixed;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** The step loop of an untraced run allocates nothing: a run's allocation does not grow with its length. */
class AllocationTest {

    private static Simulation stalling(String horizon) {
        return stalling(ScenarioBuilder.baseline(), horizon, Corrections.DEFAULT);
    }

    private static Simulation stalling(ScenarioBuilder b, String horizon, Corrections corrections) {
        b.dates("2024-09-24", horizon);
        // Patience so long and batnas so high that no run ends before the horizon.
        b.first.patience(fixed(1e7)).batna(fixed(0.99));
        b.second.patience(fixed(1e7)).batna(fixed(0.99));
        b.shocks = org.treatysim.model.spec.ShockSpec.NONE;
        // No incident may end a run that is meant to stall.
        b.patrons.forEach(patron -> patron.collapseOnIncident(0));
        b.deadlines.forEach(deadline -> deadline.missed = null);
        return new Simulation(b.build(), corrections);
    }

    private static double bytesPerRun(Simulation simulation) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        int runs = 500;
        for (int i = 0; i < runs; i++) {
            assertThat(simulation.run(i).outcome()).isEqualTo(Outcome.STALLED);
        }
        return (threads.getCurrentThreadAllocatedBytes() - before) / (double) runs;
    }

    @Test
    void runsOfFiftyAndTwoHundredFiftyStepsAllocateAlike() {
        compare(stalling("2025-09-24"), stalling("2029-09-24"));
    }

    /**
     * The same with every mechanism of version 2 switched on: offers and gates on the curved
     * frontier, a misjudging mediator drafting every step (its batnas of 0.99 are out of reach, so
     * the mediator's view of the floors is drawn and nothing is accepted).
     */
    @Test
    void withEveryMechanismOfVersionTwoTheStepsStillAllocateNothing() {
        compare(stalling(ScenarioBuilder.baselineVersionTwo(), "2025-09-24", Corrections.VERSION_2),
                stalling(ScenarioBuilder.baselineVersionTwo(), "2029-09-24", Corrections.VERSION_2));
    }

    private static void compare(Simulation shortRuns, Simulation longRuns) {
        for (int i = 0; i < 1500; i++) {
            shortRuns.run(i);
            longRuns.run(i);
        }
        double shortBytes = bytesPerRun(shortRuns);
        double longBytes = bytesPerRun(longRuns);
        // Per-run costs (result record, schedule heap, parameter draws) are the same for both; 209
        // more steps may add at most a few bytes each on average (JIT noise), not a per-step record.
        assertThat(longBytes - shortBytes).isLessThan(209 * 4.0);
        assertThat(shortBytes).isPositive();
    }
}
