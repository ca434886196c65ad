package org.treatysim.montecarlo.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.stats.sensitivity.Design;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.PrimBox;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.Restriction;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.stats.sensitivity.SobolResult;

class SweepTest {
    private static final Scenario SCENARIO = SweepFixtures.scenario(SweepFixtures.ONE_DRIVER);
    private static final Target TARGET = Target.signedByHorizon(SCENARIO);
    private static final List<Factor> FACTORS = List.of(Factor.uniform("parties.AZE.patienceDays", 200, 1400),
            Factor.uniform("patrons.RUS.influence", 0.1, 0.9), Factor.uniform("patrons.RUS.decayPerYear", 0, 0.5));

    private static SweepPlan plan(SweepMethod method, Integer samples, double threshold, long seed) throws Exception {
        return SweepPlan.fromOptions(method, samples, null, 100, TARGET, threshold, seed, 3);
    }

    /** Estimates from a formula of the design's first column, as counts out of 100 runs. */
    private static PointEstimates synthetic(Design design, java.util.function.DoubleUnaryOperator share) {
        int[] reached = new int[design.size()];
        for (int p = 0; p < design.size(); p++) {
            reached[p] = (int) Math.round(100 * share.applyAsDouble(design.value(p, 0)));
        }
        return new PointEstimates(100, reached);
    }

    @Test
    void theDesignFollowsTheSeed() throws Exception {
        assertThat(Sweep.design(FACTORS, plan(SweepMethod.LHS, 50, 0.5, 1)))
                .isEqualTo(Sweep.design(FACTORS, plan(SweepMethod.LHS, 50, 0.5, 1)));
        assertThat(Sweep.design(FACTORS, plan(SweepMethod.LHS, 50, 0.5, 1)))
                .isNotEqualTo(Sweep.design(FACTORS, plan(SweepMethod.LHS, 50, 0.5, 2)));
        // The three factors and the dummy: k + 2 = 6 rows per base sample, the dummy last.
        Design sobol = Sweep.design(FACTORS, plan(SweepMethod.SOBOL, 16, 0.5, 1));
        assertThat(sobol.size()).isEqualTo(16 * 6);
        assertThat(sobol.factors()).containsExactly("parties.AZE.patienceDays", "patrons.RUS.influence",
                "patrons.RUS.decayPerYear", Factor.DUMMY);
    }

    @Test
    void aTargetThatNeverMovesIsExplainedInWords() throws Exception {
        SweepPlan plan = plan(SweepMethod.LHS, 20, 0.5, 1);
        Design design = Sweep.design(FACTORS, plan);
        SweepResult zero = Sweep.analyse(SCENARIO, FACTORS, plan, design, synthetic(design, x -> 0));
        assertThat(zero.hasIndices()).isFalse();
        assertThat(zero.ranking()).isEmpty();
        assertThat(zero.boxes()).isEmpty();
        assertThat(zero.indicesNote()).hasValue("P(signed by 2026-12-31) is 0 at every design point: within these"
                + " ranges no parameter moves it, so there is nothing to rank (try another event or date with"
                + " --target, or wider ranges)");
        assertThat(zero.boxesNote()).hasValue("P(signed by 2026-12-31) is 0 at every design point: no case has"
                + " P(signed by 2026-12-31) ≥ 0.5, so there is no box to find");
        assertThat(zero.primSentence()).isEmpty();

        SweepResult one = Sweep.analyse(SCENARIO, FACTORS, plan, design, synthetic(design, x -> 1));
        assertThat(one.boxesNote().orElseThrow()).contains("is 1 at every design point: every case has");
    }

    @Test
    void aTargetBelowTheThresholdEverywhereIsRankedButHasNoBox() throws Exception {
        SweepPlan plan = plan(SweepMethod.LHS, 40, 0.5, 1);
        Design design = Sweep.design(FACTORS, plan);
        PointEstimates estimates = synthetic(design, x -> 0.3 * (1400 - x) / 1200);
        SweepResult result = Sweep.analyse(SCENARIO, FACTORS, plan, design, estimates);
        assertThat(result.ranking().get(0)).isEqualTo("parties.AZE.patienceDays");
        assertThat(result.boxes()).isEmpty();
        double highest = java.util.Arrays.stream(estimates.shares()).max().orElseThrow();
        assertThat(highest).isBetween(0.29, 0.3);
        assertThat(result.boxesNote()).hasValue("no case has P(signed by 2026-12-31) ≥ 0.5 (the highest is "
                + Sweep.number(highest) + "), so there is no box to find; a lower --threshold describes where it is"
                + " highest");
    }

    @Test
    void theReportedBoxesHoldDisjointCasesEachDenserThanTheWholeDesign() throws Exception {
        // Eight factors, two of which matter: positive with probability 0.7 where x0 < 0.4, else 0.5
        // where x1 > 0.6, else 0.1. PRIM's boxes restrict slivers of the six inert factors too, and
        // simplifying drops them, which widens a box over points a later box was found on.
        List<Factor> eight = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) eight.add(Factor.uniform("x" + i, 0, 1));
        for (long seed = 1; seed <= 20; seed++) {
            SweepPlan plan = plan(SweepMethod.LHS, 1000, 0.5, seed);
            Design design = Sweep.design(eight, plan);
            ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(seed + 100);
            int[] reached = new int[design.size()];
            for (int p = 0; p < design.size(); p++) {
                double share = design.value(p, 0) < 0.4 ? 0.7 : design.value(p, 1) > 0.6 ? 0.5 : 0.1;
                reached[p] = random.nextBoolean(share) ? 100 : 0;
            }
            SweepResult result = Sweep.analyse(SCENARIO, eight, plan, design, new PointEstimates(100, reached));
            double baseRate = java.util.Arrays.stream(reached).filter(r -> r == 100).count() / (double) design.size();
            boolean[] taken = new boolean[design.size()];
            double coverage = 0;
            for (PrimPruning.Pruned simplified : result.simplified()) {
                PrimBox box = simplified.box();
                assertThat(box.density()).as("seed %d: density of %s", seed, box).isGreaterThan(baseRate);
                int cases = 0;
                for (int p = 0; p < design.size(); p++) {
                    if (!taken[p] && inside(design, p, box)) {
                        taken[p] = true;
                        cases++;
                    }
                }
                // Each box counts exactly the points inside it that no earlier box holds.
                assertThat(box.cases()).as("seed %d: cases of %s", seed, box).isEqualTo(cases);
                coverage += box.coverage();
            }
            assertThat(coverage).as("seed %d", seed).isLessThanOrEqualTo(1 + 1e-12);
        }
    }

    @Test
    void aTargetNoBoxSinglesOutIsExplainedInWords() throws Exception {
        // P(signed) ≥ 0.5 at random points, whatever the factors: no box is denser than the design.
        SweepPlan plan = plan(SweepMethod.LHS, 400, 0.5, 1);
        Design design = Sweep.design(FACTORS, plan);
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(9);
        int[] reached = new int[design.size()];
        for (int p = 0; p < reached.length; p++) reached[p] = random.nextBoolean(0.3) ? 80 : 20;
        long positives = java.util.Arrays.stream(reached).filter(r -> r == 80).count();
        SweepResult result = Sweep.analyse(SCENARIO, FACTORS, plan, design, new PointEstimates(100, reached));
        assertThat(result.boxes()).isEmpty();
        assertThat(result.primSentence()).isEmpty();
        assertThat(result.boxesNote()).hasValue("P(signed by 2026-12-31) ≥ 0.5 at " + positives + " of the 400"
                + " design points (" + Math.round(positives / 4.0) + "%), and no box of parameter ranges that holds at"
                + " least half of them has a clearly larger share of such points than the whole design, so there is"
                + " no box to report");
    }

    private static boolean inside(Design design, int point, PrimBox box) {
        for (Restriction restriction : box.restrictions()) {
            double v = design.value(point, design.factors().indexOf(restriction.parameter()));
            if (v < restriction.lower() || v > restriction.upper()) return false;
        }
        return true;
    }

    @Test
    void aGridTargetThatFollowsOneFactorExactlyIsRankedWithPrccMinusOne() throws Exception {
        // On a grid the two inert factors leave the target unchanged, so its ranks are exactly the
        // patience's, reversed: the rank correlation matrix is singular.
        SweepPlan plan = SweepPlan.fromOptions(SweepMethod.GRID, null, 4, 100, TARGET, 0.5, 1, 3);
        Design design = Sweep.design(FACTORS, plan);
        SweepResult result = Sweep.analyse(SCENARIO, FACTORS, plan, design,
                synthetic(design, x -> (1400 - x) / 1200));
        assertThat(result.ranking().get(0)).isEqualTo("parties.AZE.patienceDays");
        assertThat(result.prcc().get(0)).isEqualTo(new PrccIndex("parties.AZE.patienceDays", -1, -1, -1, 0));
        assertThat(result.prcc().subList(1, 3)).allSatisfy(inert -> {
            assertThat(inert.prcc()).isZero();
            assertThat(inert.low()).isZero();
            assertThat(inert.high()).isZero();
        });
        assertThat(result.indicesNote()).hasValue("P(signed by 2026-12-31) is an exact monotone function of"
                + " parties.AZE.patienceDays at the design points: its PRCC is -1 and every other parameter's 0,"
                + " exactly, so the intervals have no width");
        assertThat(result.primSentence()).isPresent();
    }

    @Test
    void aSobolDesignGivesSobolIndicesAndABox() throws Exception {
        SweepPlan plan = plan(SweepMethod.SOBOL, 64, 0.5, 3);
        Design design = Sweep.design(FACTORS, plan);
        // A step at 700 days: the box is "patience ≤ ~700", and only the patience has variance to explain.
        SweepResult result = Sweep.analyse(SCENARIO, FACTORS, plan, design, synthetic(design, x -> x <= 700 ? 0.9 : 0.1));
        assertThat(result.sobol()).isPresent();
        assertThat(result.prcc()).isEmpty();
        assertThat(result.ranking()).containsExactly("parties.AZE.patienceDays", "patrons.RUS.influence",
                "patrons.RUS.decayPerYear");
        // Only the patience varies the output, so its total index is 1 up to the estimator's error
        // at N = 64 (0.90 here); the others' A and A_B outputs are equal row by row, so exactly 0.
        assertThat(result.sobol().get().byTotalDescending().get(0).total()).isGreaterThan(0.8);
        assertThat(result.sobol().get().byTotalDescending().get(1).total()).isZero();
        assertThat(result.sobol().get().byTotalDescending().get(2).total()).isZero();
        assertThat(result.simplified()).hasSameSizeAs(result.boxes());
        assertThat(result.primSentence().orElseThrow())
                .matches("P\\(signed by 2026-12-31\\) ≥ 0.5 in 100% of cases where parties.AZE.patienceDays ≤ 6\\d\\d");
    }

    @Test
    void tooFewSobolSamplesAreWarnedAbout() throws Exception {
        // N = 16 and a target with binomial noise of 30 runs on top of the patience's effect: the
        // estimates stray into values true indices never take, and the note says so.
        SweepPlan plan = plan(SweepMethod.SOBOL, 16, 0.5, 3);
        Design design = Sweep.design(FACTORS, plan);
        ec.util.MersenneTwisterFast random = new ec.util.MersenneTwisterFast(4);
        int[] reached = new int[design.size()];
        for (int p = 0; p < reached.length; p++) {
            double share = (1400 - design.value(p, 0)) / 1200;
            for (int r = 0; r < 30; r++) if (random.nextBoolean(share)) reached[p]++;
        }
        SweepResult result = Sweep.analyse(SCENARIO, FACTORS, plan, design, new PointEstimates(30, reached));
        List<SobolIndex> real = result.sobol().orElseThrow().indices().subList(0, 3);
        long negative = real.stream().filter(i -> i.first() < 0).count();
        long below = real.stream().filter(i -> i.total() < i.first()).count();
        assertThat(negative + below).isPositive();
        String note = result.indicesNote().orElseThrow();
        assertThat(note).contains("which true indices never are: with N = 16 base samples for 3 parameters these"
                + " estimates are mostly sampling noise; read each with its interval, and raise --samples");
        if (negative > 0) assertThat(note).contains(negative + " of the 3 first-order indices");
        if (below > 0) assertThat(note).contains(below + (below == 1 ? " total index is" : " total indices are"));
        SobolIndex dummy = result.sobol().orElseThrow().dummy().orElseThrow();
        assertThat(note).contains("The dummy is a parameter the model never reads").contains("total "
                + Sweep.number(dummy.total()) + " [" + Sweep.number(dummy.totalLow()) + ", "
                + Sweep.number(dummy.totalHigh()) + "]");
        // The dummy is no factor: not ranked, not in a box.
        assertThat(result.ranking()).doesNotContain(Factor.DUMMY).hasSize(3);
        assertThat(result.simplified()).allSatisfy(box -> assertThat(box.box().restrictions())
                .noneMatch(r -> r.parameter().equals(Factor.DUMMY)));
    }

    @Test
    void theDummyShowsTheMonteCarloNoiseFloor() throws Exception {
        // Through the engine: A_B^(dummy) differs from A only in its runs' random numbers, so the
        // dummy's total index estimates the share of Var(target) that is Monte Carlo noise: the
        // binomial variance p(1 − p)/R averaged over the points (p̂(1 − p̂)/(R − 1) is unbiased for
        // it), over V. The inert factors change no run and get exactly 0.
        SweepPlan plan = SweepPlan.fromOptions(SweepMethod.SOBOL, 64, null, 30, TARGET, 0.5, 11, 3);
        SweepResult result = Sweep.run(SCENARIO, FACTORS, plan, 2, ProgressListener.NONE);
        SobolResult sobol = result.sobol().orElseThrow();
        double noise = 0;
        for (int j = 0; j < 64; j++) {
            double p = result.estimates().shares()[result.design().rowOfA(j)];
            noise += p * (1 - p) / 29;
        }
        double expected = noise / 64 / sobol.outputVariance();
        SobolIndex dummy = sobol.dummy().orElseThrow();
        assertThat(expected).isPositive();
        assertThat(dummy.total()).isBetween(expected / 2, expected * 2);
        assertThat(dummy.first()).isBetween(dummy.firstLow(), dummy.firstHigh());
        for (SobolIndex inert : sobol.indices().subList(1, 3)) {
            assertThat(inert.total()).as(inert.parameter()).isZero();
            assertThat(inert.first()).as(inert.parameter()).isZero();
        }
        assertThat(result.ranking().get(0)).isEqualTo("parties.AZE.patienceDays");
        assertThat(sobol.indices().get(0).total()).isGreaterThan(dummy.totalHigh());
    }

    @Test
    void theToyScenarioThroughTheEngineRanksItsDriverFirst() throws Exception {
        SweepPlan plan = SweepPlan.fromOptions(SweepMethod.LHS, 30, null, 30, TARGET, 0.5, 11, 3);
        SweepResult result = Sweep.run(SCENARIO, FACTORS, plan, 2, ProgressListener.NONE);
        assertThat(result.scenario().seed()).isEqualTo(11);
        assertThat(result.ranking().get(0)).isEqualTo("parties.AZE.patienceDays");
        assertThat(result.prcc().get(0).high()).isLessThan(-0.8);
        assertThat(result.primSentence().orElseThrow()).contains("parties.AZE.patienceDays ≤");
    }
}
