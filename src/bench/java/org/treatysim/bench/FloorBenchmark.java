package org.treatysim.bench;

import ec.util.MersenneTwisterFast;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.distribution.RealDistribution;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.treatysim.model.Distributions;
import org.treatysim.model.MersenneTwisterRandomGenerator;
import org.treatysim.model.NashDrafting;
import org.treatysim.model.NegotiationMath;
import org.treatysim.model.RunResult;
import org.treatysim.model.RunStreams;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.MediatorSpec;
import org.treatysim.model.spec.PartySpec;
import org.treatysim.model.spec.Quantity;
import org.treatysim.model.spec.Scenario;
import org.treatysim.model.spec.ScenarioParameters;

/**
 * The arithmetic floor of a baseline run: the model's pure functions ({@link NegotiationMath},
 * {@link NashDrafting}, {@link RunStreams}, the inverse-CDF parameter draws) called in a plain loop
 * for as many steps as an average baseline run takes, with no MASON schedule, no agents, no
 * events and no ratification pipeline. One operation = one run's worth of that arithmetic, so
 * floor ops/s against {@link RunBenchmark} runs/s says what the simulation machinery costs.
 *
 * <p>Per step, as the model does: each mediator's trust and pressure on both parties; each
 * deadline's pressure and letdown; each patron's influence decay, spoiler probability and one
 * uniform; the clash probability and two uniforms; per party the weights, reciprocity, effective
 * BATNA, clock, concession share and offers; at the table the gaps, the closeness, four package
 * utilities, the Nash drafting gate and (when it passes) the Nash search, and two acceptance
 * tests. Issues stay open throughout (the costliest case). Values are the scenario's means,
 * uncertain parameters are drawn per run as the model draws them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FloorBenchmark {

    /** Everything one thread needs, allocated once. */
    @State(Scope.Thread)
    public static class Arithmetic {
        long scenarioSeed;
        int run;
        /** Average steps of a real baseline run, measured in {@link #setUp}. */
        double meanSteps;
        double stepDays;
        int n;
        double[] ideal1, ideal2, reservation1, reservation2, salience1, salience2;
        double[] weights1 = new double[0], weights2 = new double[0];
        double[] offers1, offers2, package1, package2, draft, upper, orientation;
        boolean[] draftable;
        double patience1, patience2, stance1, stance2, batna1, batna2, reciprocity1, reciprocity2;
        double biasPenalty, pressureToBatna, clashRate;
        double[][] mediators;     // engagement, bias, leverage1, leverage2, side1, side2
        double[][] deadlines;     // day, end day, pressure1, pressure2, lambda
        double[][] patrons;       // influence, decay, propensity
        double[] influence;
        RealDistribution[] distributions;
        long[] hashes;
        double[] sampled;
        NashDrafting nash;
        final double[] segment = new double[2];
        final MersenneTwisterFast clashes = new MersenneTwisterFast(0);
        final MersenneTwisterFast spoilers = new MersenneTwisterFast(0);

        @Setup
        public void setUp() throws Exception {
            Scenario s = Baseline.scenario();
            scenarioSeed = s.seed();
            stepDays = s.stepDays();
            n = s.issues().size();
            PartySpec first = s.parties().get(0);
            PartySpec second = s.parties().get(1);
            ideal1 = means(first.ideal());
            ideal2 = means(second.ideal());
            reservation1 = means(first.reservation());
            reservation2 = means(second.reservation());
            salience1 = means(first.salience());
            salience2 = means(second.salience());
            weights1 = new double[n];
            weights2 = new double[n];
            patience1 = first.patienceDays().mean();
            patience2 = second.patienceDays().mean();
            stance1 = first.stance().mean();
            stance2 = second.stance().mean();
            batna1 = first.batna().mean();
            batna2 = second.batna().mean();
            reciprocity1 = first.reciprocity().mean();
            reciprocity2 = second.reciprocity().mean();
            biasPenalty = s.biasPenalty().mean();
            pressureToBatna = s.pressureToBatna().mean();
            clashRate = s.shocks().clashesPerYear().mean();
            mediators = new double[s.mediators().size()][];
            for (int m = 0; m < mediators.length; m++) {
                MediatorSpec spec = s.mediators().get(m);
                mediators[m] = new double[] {spec.engagement().mean(), spec.bias().mean(), spec.leverage().get(0).mean(),
                        spec.leverage().get(1).mean(), spec.sidePayment().get(0).mean(), spec.sidePayment().get(1).mean()};
            }
            deadlines = new double[s.deadlines().size()][];
            for (int d = 0; d < deadlines.length; d++) {
                var spec = s.deadlines().get(d);
                deadlines[d] = new double[] {ChronoUnit.DAYS.between(s.start(), spec.date()),
                        ChronoUnit.DAYS.between(s.start(), spec.end()), spec.pressure().get(0).mean(),
                        spec.pressure().get(1).mean(), spec.lambdaDays().mean()};
            }
            patrons = new double[s.patrons().size()][];
            for (int p = 0; p < patrons.length; p++) {
                var spec = s.patrons().get(p);
                patrons[p] = new double[] {spec.influence().mean(), spec.decayPerYear().mean(),
                        spec.spoilerPropensity().mean()};
            }
            influence = new double[patrons.length];
            // As the model's parameter table: the generator is required but unused (draws go by inverse CDF).
            var unused = new MersenneTwisterRandomGenerator(new MersenneTwisterFast(0L));
            List<RealDistribution> dists = new ArrayList<>();
            List<Long> keys = new ArrayList<>();
            for (Map.Entry<String, Quantity> e : ScenarioParameters.of(s).entrySet()) {
                if (e.getValue().isFixed()) continue;
                dists.add(Distributions.of(e.getValue(), unused));
                keys.add(RunStreams.pathHash(e.getKey()));
            }
            distributions = dists.toArray(RealDistribution[]::new);
            hashes = keys.stream().mapToLong(Long::longValue).toArray();
            sampled = new double[distributions.length];
            offers1 = new double[n];
            offers2 = new double[n];
            package1 = new double[n];
            package2 = new double[n];
            draft = new double[n];
            upper = new double[n];
            orientation = new double[n];
            draftable = new boolean[n];
            java.util.Arrays.fill(upper, 1);
            java.util.Arrays.fill(orientation, 1);
            java.util.Arrays.fill(draftable, true);
            nash = new NashDrafting(n);
            meanSteps = measureMeanSteps(s, 2_000);
        }

        private static double[] means(List<Quantity> values) {
            return values.stream().mapToDouble(Quantity::mean).toArray();
        }

        /** Steps of real baseline runs, up to the signature, the collapse or the horizon. */
        private static double measureMeanSteps(Scenario s, int runs) {
            Simulation simulation = new Simulation(s);
            long total = 0;
            for (int i = 0; i < runs; i++) {
                RunResult r = simulation.run(i);
                java.time.LocalDate end = r.signed() != null ? r.signed() : r.collapsed() != null ? r.collapsed() : s.horizon();
                total += Math.min(s.steps(), (ChronoUnit.DAYS.between(s.start(), end) + s.stepDays() - 1) / s.stepDays());
            }
            return total / (double) runs;
        }
    }

    @Benchmark
    @Threads(1)
    public double arithmeticOfOneRun(Arithmetic a) {
        int run = a.run++;
        long seed = RunStreams.runSeed(a.scenarioSeed, run);
        double sink = 0;
        for (int k = 0; k < a.distributions.length; k++) {
            a.sampled[k] = a.distributions[k].inverseCumulativeProbability(RunStreams.parameterUniform(seed, a.hashes[k]));
            sink += a.sampled[k];
        }
        RunStreams.seed(a.clashes, seed, RunStreams.Stream.CLASHES);
        RunStreams.seed(a.spoilers, seed, RunStreams.Stream.SPOILERS);
        // Whole steps as many as the average run; the fraction decides one more step run by run.
        int steps = (int) a.meanSteps + (((run * 0.6180339887498949) % 1.0) < a.meanSteps % 1.0 ? 1 : 0);
        double clock1 = 0;
        double clock2 = 0;
        double concession1 = 0;
        double concession2 = 0;
        double[] influence = a.influence;
        for (int p = 0; p < influence.length; p++) influence[p] = a.patrons[p][0];
        for (int step = 0; step < steps; step++) {
            double day = step * a.stepDays;
            double mediator1 = 0;
            double mediator2 = 0;
            double side1 = 0;
            double side2 = 0;
            for (double[] m : a.mediators) {
                double trust1 = NegotiationMath.trust(m[1], a.biasPenalty, 0);
                double trust2 = NegotiationMath.trust(-m[1], a.biasPenalty, 0);
                mediator1 += NegotiationMath.mediatorPressure(m[0], m[2], trust1);
                mediator2 += NegotiationMath.mediatorPressure(m[0], m[3], trust2);
                side1 += m[4];
                side2 += m[5];
            }
            double deadline1 = 0;
            double deadline2 = 0;
            double letdown = 1;
            for (double[] d : a.deadlines) {
                deadline1 += NegotiationMath.deadlinePressure(d[2], day, d[0], d[1], d[4]);
                deadline2 += NegotiationMath.deadlinePressure(d[3], day, d[0], d[1], d[4]);
                letdown *= NegotiationMath.letdown(day, d[1], 0, 1);
            }
            double gaps = 0;
            for (int i = 0; i < a.n; i++) gaps += Math.max(0, a.orientation[i] * (a.offers2[i] - a.offers1[i]));
            double closeness = 1 - gaps / a.n;
            for (int p = 0; p < influence.length; p++) {
                influence[p] = NegotiationMath.decayedInfluence(influence[p], a.patrons[p][1], a.stepDays);
                double chance = NegotiationMath.spoilerProbability(influence[p], a.patrons[p][2], closeness, a.stepDays);
                if (a.spoilers.nextDouble() < chance) sink += 1;
            }
            double clash = NegotiationMath.stepProbability(a.clashRate, a.stepDays);
            if (a.clashes.nextDouble() < clash && a.clashes.nextDouble() < 0.5) sink += 1;

            NegotiationMath.normaliseWeights(a.salience1, a.weights1, a.n);
            NegotiationMath.normaliseWeights(a.salience2, a.weights2, a.n);
            double reciprocity1 = NegotiationMath.reciprocityPressure(a.reciprocity1, concession2, a.stepDays);
            double reciprocity2 = NegotiationMath.reciprocityPressure(a.reciprocity2, concession1, a.stepDays);
            double batna1 = NegotiationMath.effectiveBatna(a.batna1, a.pressureToBatna, mediator1);
            double batna2 = NegotiationMath.effectiveBatna(a.batna2, a.pressureToBatna, mediator2);
            double before1 = NegotiationMath.concessionShare(clock1, 0, a.stance1);
            double before2 = NegotiationMath.concessionShare(clock2, 0, a.stance2);
            clock1 += NegotiationMath.clockIncrement(a.stepDays, a.patience1, mediator1 + deadline1 + reciprocity1, letdown);
            clock2 += NegotiationMath.clockIncrement(a.stepDays, a.patience2, mediator2 + deadline2 + reciprocity2, letdown);
            double share1 = NegotiationMath.concessionShare(clock1, 0, a.stance1);
            double share2 = NegotiationMath.concessionShare(clock2, 0, a.stance2);
            concession1 = share1 - before1;
            concession2 = share2 - before2;
            for (int i = 0; i < a.n; i++) {
                a.offers1[i] = NegotiationMath.offer(a.ideal1[i], a.reservation1[i], share1);
                a.offers2[i] = NegotiationMath.offer(a.ideal2[i], a.reservation2[i], share2);
                a.package1[i] = a.offers1[i];
                a.package2[i] = a.offers2[i];
            }

            double own1 = NegotiationMath.utility(a.package1, a.ideal1, a.weights1, a.n);
            double own2 = NegotiationMath.utility(a.package2, a.ideal2, a.weights2, a.n);
            double firstOfSecond = NegotiationMath.utility(a.package2, a.ideal1, a.weights1, a.n);
            double secondOfFirst = NegotiationMath.utility(a.package1, a.ideal2, a.weights2, a.n);
            a.nash.prepare(a.n, a.draftable, a.draft, a.upper, a.ideal1, a.weights1, a.ideal2, a.weights2);
            a.nash.segmentFor(firstOfSecond, secondOfFirst, a.segment);
            double low = Math.max(a.segment[0], a.nash.firstPointGiving(Math.max(batna2, own2) - side2));
            double high = Math.min(a.segment[1], a.nash.firstUtility(0) - (Math.max(batna1, own1) - side1));
            if (low <= high) {
                double s = a.nash.nashPoint(batna1, batna2, 0, a.segment[0], a.segment[1]);
                a.nash.valuesAt(s, a.draftable, a.draft);
                boolean both = NegotiationMath.accepts(NegotiationMath.utility(a.draft, a.ideal1, a.weights1, a.n),
                        side1, batna1, own1)
                        && NegotiationMath.accepts(NegotiationMath.utility(a.draft, a.ideal2, a.weights2, a.n),
                        side2, batna2, own2);
                if (both) sink += 1;
            }
            sink += own1 + own2;
        }
        return sink;
    }
}
