package org.treatysim.montecarlo.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.BlockCounts;
import org.treatysim.montecarlo.BlockPlan;
import org.treatysim.montecarlo.JobIdentity;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.stats.sensitivity.Design;
import org.treatysim.stats.sensitivity.Designs;
import org.treatysim.stats.sensitivity.Factor;

/** The design runner on the real model, with the one-driver toy scenario. */
class DesignRunnerTest {
    private static final Scenario SCENARIO = SweepFixtures.scenario(SweepFixtures.ONE_DRIVER);
    private static final Target TARGET = Target.signedByHorizon(SCENARIO);
    private static final List<String> FACTORS = List.of("parties.AZE.patienceDays", "patrons.RUS.influence",
            "patrons.RUS.decayPerYear");

    private static Design design(double[][] points) {
        return new Design(Design.Method.LATIN_HYPERCUBE, FACTORS, points, points.length);
    }

    /** The count computed the slow, obvious way: the point's own scenario, runs 0..R-1. */
    private static int reachedDirectly(double[] point, int runs) {
        Simulation simulation = new Simulation(PointScenarios.at(SCENARIO, FACTORS, point));
        int reached = 0;
        for (int r = 0; r < runs; r++) {
            if (TARGET.reachedBy(simulation.run(r))) reached++;
        }
        return reached;
    }

    @Test
    void eachPointCountsRunsZeroToRMinusOneOfItsOwnScenario() throws Exception {
        double[][] points = {{300, 0.2, 0.1}, {650, 0.5, 0.3}, {700, 0.8, 0.2}, {1300, 0.4, 0.4}};
        int runs = 40;
        PointEstimates estimates = new DesignRunner(2).run(SCENARIO, design(points), TARGET, runs,
                ProgressListener.NONE);
        for (int p = 0; p < points.length; p++) {
            assertThat(estimates.reached(p)).as("point " + p).isEqualTo(reachedDirectly(points[p], runs));
        }
        // The patience drives the target: short patience signs nearly always by the horizon, long
        // patience (1300 days) nearly never (at the midpoint the clocks meet after ~560 days of talks).
        assertThat(estimates.reached(0)).isGreaterThan(30);
        assertThat(estimates.reached(3)).isLessThan(5);
    }

    @Test
    void pointsThatDifferOnlyInInertFactorsGetIdenticalCounts() throws Exception {
        // Common random numbers: every point uses the same run indices, so the clashes fall on the
        // same days at every point; influence and decay do nothing (spoiler propensity 0), so these
        // points' runs are identical run by run and their counts equal exactly, not just within noise.
        double[][] points = {{650, 0.1, 0.0}, {650, 0.9, 0.5}, {650, 0.5, 0.25}};
        PointEstimates estimates = new DesignRunner(2).run(SCENARIO, design(points), TARGET, 60,
                ProgressListener.NONE);
        assertThat(estimates.reached(0)).isBetween(5, 55);
        assertThat(estimates.reached(1)).isEqualTo(estimates.reached(0));
        assertThat(estimates.reached(2)).isEqualTo(estimates.reached(0));
    }

    @Test
    void theDummyChangesNothingButTheRandomNumbers() throws Exception {
        // Two base samples of a Saltelli design over the three factors and the dummy, checked run
        // by run: A_j and A_B^(i)_j of a real factor share A_j's run seeds (each index compares
        // runs with the same random numbers); A_B^(dummy)_j, which is A_j's scenario, has B_j's.
        List<Factor> factors = List.of(Factor.uniform(FACTORS.get(0), 200, 1400),
                Factor.uniform(FACTORS.get(1), 0.1, 0.9), Factor.uniform(FACTORS.get(2), 0, 0.5), Factor.dummy());
        Design design = Designs.saltelli(factors, 2, new MersenneTwisterFast(5));
        int runs = 20;
        PointSimulator simulator = new PointSimulator(SCENARIO, design, runs);
        int dummy = 3;
        for (int j = 0; j < 2; j++) {
            long[] seedsOfA = seeds(simulator, design.rowOfA(j), runs);
            long[] seedsOfB = seeds(simulator, design.rowOfB(j), runs);
            for (int i = 0; i < dummy; i++) {
                assertThat(seeds(simulator, design.rowOfMixed(j, i), runs)).isEqualTo(seedsOfA);
            }
            assertThat(seeds(simulator, design.rowOfMixed(j, dummy), runs)).isEqualTo(seedsOfB);
            assertThat(seedsOfB[0]).isNotEqualTo(seedsOfA[0]);
            // The dummy is read by no parameter: A_B^(dummy)_j is A_j's scenario with B_j's seed.
            Scenario reseeded = PointScenarios.at(SCENARIO, FACTORS,
                    java.util.Arrays.copyOf(design.row(design.rowOfA(j)), 3)).withRunsAndSeed(SCENARIO.runs(),
                    PointSimulator.seedFor(SCENARIO.seed(), design.value(design.rowOfB(j), dummy)));
            Simulation direct = new Simulation(reseeded);
            for (int r = 0; r < runs; r++) {
                assertThat(simulator.run(design.rowOfMixed(j, dummy) * runs + r).signed())
                        .isEqualTo(direct.run(r).signed());
            }
        }
    }

    private static long[] seeds(PointSimulator simulator, int point, int runs) {
        long[] seeds = new long[runs];
        for (int r = 0; r < runs; r++) seeds[r] = simulator.run(point * runs + r).seed();
        return seeds;
    }

    @Test
    void theCountsDoNotDependOnTheThreadCount() throws Exception {
        List<Factor> factors = List.of(Factor.uniform(FACTORS.get(0), 200, 1400), Factor.uniform(FACTORS.get(1), 0.1, 0.9),
                Factor.uniform(FACTORS.get(2), 0, 0.5));
        Design design = Designs.latinHypercube(factors, 12, new MersenneTwisterFast(5));
        PointEstimates one = new DesignRunner(1).run(SCENARIO, design, TARGET, 25, ProgressListener.NONE);
        PointEstimates three = new DesignRunner(3).run(SCENARIO, design, TARGET, 25, ProgressListener.NONE);
        assertThat(three).isEqualTo(one);
    }

    @Test
    void longPointsAreCutIntoChunksAndStillCountEveryRun() throws Exception {
        // 1,100 runs per point is more than one chunk (1,024): the point spans two chunks, possibly on two threads.
        double[][] points = {{400, 0.5, 0.1}};
        long[] reported = new long[1];
        PointEstimates estimates = new DesignRunner(2).run(SCENARIO, design(points), TARGET, 1100,
                (stage, done, total) -> {
                    synchronized (reported) {
                        reported[0] = Math.max(reported[0], done);
                    }
                });
        assertThat(estimates.runsPerPoint()).isEqualTo(1100);
        assertThat(estimates.reached(0)).isEqualTo(reachedDirectly(points[0], 1100));
        assertThat(reported[0]).isEqualTo(1100);
    }

    @Test
    void theCountsOfShardsEncodedAndMergedInBlockOrderAreTheWholeSweepBitForBit() throws Exception {
        double[][] points = new double[12][];
        for (int p = 0; p < points.length; p++) points[p] = new double[] {300 + 80 * p, 0.1 + 0.05 * p, 0.03 * p};
        Design design = design(points);
        int runs = 90;
        DesignRunner runner = new DesignRunner(2);
        BlockPlan plan = DesignRunner.plan(design, runs);
        assertThat(plan.blocks()).isGreaterThan(3);
        TargetCounts merged = new TargetCounts(TARGET, points.length, runs);
        for (int shard = 1; shard <= 3; shard++) {
            TargetCounts part = runner.runBlocks(SCENARIO, design, TARGET, runs, plan.shard(shard, 3), null,
                    ProgressListener.NONE);
            JobIdentity job = new JobIdentity("sweep",
                    "ab".repeat(32), SCENARIO.seed(), plan, "design", "0.1.0");
            byte[] bytes = new BlockCounts(job, shard, 3, plan.shard(shard, 3), "s.yaml",
                    List.of(), part.toCounts()).encode();
            long[] read = BlockCounts.decode(bytes).counts();
            merged.merge(TargetCounts.ofCounts(TARGET, points.length, runs, read));
        }
        assertThat(DesignRunner.estimates(merged, runs))
                .isEqualTo(runner.run(SCENARIO, design, TARGET, runs, ProgressListener.NONE));
        // Until every block is in, the sweep has no estimates.
        TargetCounts one = runner.runBlocks(SCENARIO, design, TARGET, runs, plan.shard(1, 3), null,
                ProgressListener.NONE);
        assertThatThrownBy(() -> DesignRunner.estimates(one, runs))
                .hasMessageContaining("runs instead of 90");
    }
}
