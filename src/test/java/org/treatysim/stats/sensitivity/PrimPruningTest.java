package org.treatysim.stats.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrimPruningTest {

    private static final List<Factor> FOUR = List.of(Factor.uniform("x1", 0, 1), Factor.uniform("x2", 0, 1),
            Factor.uniform("x3", 0, 1), Factor.uniform("x4", 0, 1));

    /** 2,000 Latin hypercube points; positive with probability 0.8 in 0.2 ≤ x1 ≤ 0.6, x3 ≥ 0.5, else 0.05. */
    private static double[] planted(Design design) {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        double[] y = new double[design.size()];
        for (int r = 0; r < design.size(); r++) {
            boolean in = design.value(r, 0) >= 0.2 && design.value(r, 0) <= 0.6 && design.value(r, 2) >= 0.5;
            y[r] = random.nextBoolean(in ? 0.8 : 0.05) ? 1 : 0;
        }
        return y;
    }

    @Test
    void theQuasiPValueIsTheBinomialUpperTail() {
        // P(X >= 8) for X ~ Binomial(10, 1/2) = (C(10,8) + C(10,9) + C(10,10)) / 2^10 = 56 / 1024.
        assertThat(PrimPruning.quasiP(10, 8, 0.5)).isCloseTo(56 / 1024.0, within(1e-12));
        assertThat(PrimPruning.quasiP(10, 0, 0.5)).isEqualTo(1);
        assertThat(PrimPruning.quasiP(10, 10, 1)).isEqualTo(1);
    }

    @Test
    void restrictionsThatAddNothingAreDroppedAndThePlantedOnesKept() {
        Design design = Designs.latinHypercube(FOUR, 2000, new MersenneTwisterFast(3));
        double[] y = planted(design);
        // The planted box with two slivers of noise added: x2 ≤ 0.95 and x4 ≥ 0.03.
        List<Restriction> noisy = List.of(new Restriction("x1", 0.2, 0.6),
                new Restriction("x2", Double.NEGATIVE_INFINITY, 0.95), new Restriction("x3", 0.5, Double.POSITIVE_INFINITY),
                new Restriction("x4", 0.03, Double.POSITIVE_INFINITY));
        PrimBox box = new PrimBox(noisy, 1, 1, 1, 1, 1);
        PrimPruning.Pruned pruned = PrimPruning.prune(design.factors(), design.points(), y, 0.5, box,
                PrimPruning.ALPHA);
        assertThat(pruned.box().restrictions()).extracting(Restriction::parameter).containsExactly("x1", "x3");
        assertThat(pruned.dropped()).extracting(Restriction::parameter).containsExactlyInAnyOrder("x2", "x4");
        assertThat(pruned.quasiPValues()).allSatisfy(p -> assertThat(p).isLessThan(1e-6));
        // The pruned box is the planted one: 20% of the points, 80% of them positive (± sampling).
        assertThat(pruned.box().support()).isCloseTo(0.2, within(0.01));
        assertThat(pruned.box().density()).isCloseTo(0.8, within(0.04));
        assertThat(pruned.box().cases()).isEqualTo((int) Math.round(pruned.box().support() * 2000));
    }

    @Test
    void aPrimBoxLosesItsSpuriousCutsButKeepsItsRealOnes() {
        Design design = Designs.latinHypercube(FOUR, 2000, new MersenneTwisterFast(3));
        double[] y = planted(design);
        PrimPruning.Covering covering = PrimPruning.cover(design.factors(), design.points(), y, 0.5,
                PrimOptions.defaults(), 2, PrimPruning.ALPHA);
        List<PrimResult> boxes = covering.found();
        List<PrimPruning.Pruned> pruned = covering.simplified();
        assertThat(pruned).isNotEmpty().hasSize(boxes.size());
        PrimPruning.Pruned first = pruned.get(0);
        assertThat(first.box().restrictions()).extracting(Restriction::parameter).contains("x1", "x3")
                .doesNotContain("x2", "x4");
        // Dropping can only widen the box: never fewer positives, never less coverage.
        assertThat(first.box().positives()).isGreaterThanOrEqualTo(boxes.get(0).box().positives());
        assertThat(first.box().coverage()).isGreaterThanOrEqualTo(boxes.get(0).box().coverage());
    }

    @Test
    void aCoveringReportsDisjointBoxesDenserThanTheData() {
        // Eight factors, two that matter: positive with probability 0.7 where x0 < 0.4, else 0.5
        // where x1 > 0.6, else 0.1. PRIM's boxes restrict slivers of the inert factors, simplifying
        // widens them, and a later box must then be looked for outside the widened box.
        List<Factor> eight = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) eight.add(Factor.uniform("x" + i, 0, 1));
        int boxesSeen = 0;
        for (int seed = 1; seed <= 20; seed++) {
            Design design = Designs.latinHypercube(eight, 1000, new MersenneTwisterFast(seed));
            MersenneTwisterFast random = new MersenneTwisterFast(seed + 100);
            double[] y = new double[design.size()];
            int positives = 0;
            for (int r = 0; r < y.length; r++) {
                double p = design.value(r, 0) < 0.4 ? 0.7 : design.value(r, 1) > 0.6 ? 0.5 : 0.1;
                y[r] = random.nextBoolean(p) ? 1 : 0;
                positives += (int) y[r];
            }
            double baseRate = positives / (double) y.length;
            PrimPruning.Covering covering = PrimPruning.cover(design.factors(), design.points(), y, 0.5,
                    PrimOptions.defaults(), 3, PrimPruning.ALPHA);
            boolean[] taken = new boolean[y.length];
            int coveredPositives = 0;
            for (PrimPruning.Pruned pruned : covering.simplified()) {
                PrimBox box = pruned.box();
                assertThat(box.restrictions()).isNotEmpty();
                assertThat(box.density()).as("seed %d", seed).isGreaterThan(baseRate);
                int cases = 0;
                int boxPositives = 0;
                for (int r = 0; r < y.length; r++) {
                    if (!taken[r] && inside(design, r, box)) {
                        taken[r] = true;
                        cases++;
                        boxPositives += (int) y[r];
                    }
                }
                assertThat(box.cases()).as("seed %d", seed).isEqualTo(cases);
                assertThat(box.positives()).as("seed %d", seed).isEqualTo(boxPositives);
                coveredPositives += boxPositives;
                boxesSeen++;
            }
            double coverage = covering.simplified().stream().mapToDouble(b -> b.box().coverage()).sum();
            assertThat(coverage).as("seed %d", seed).isCloseTo(coveredPositives / (double) positives, within(1e-12))
                    .isLessThanOrEqualTo(1);
        }
        // The two planted regions make most seeds report two boxes.
        assertThat(boxesSeen).isGreaterThan(30);
    }

    @Test
    void noBoxIsReportedWhenNoneIsDenserThanTheData() {
        // Positives at random, 30% of cases, whatever the factors: every box PRIM finds is noise
        // that simplifying strips to nothing, which singles nothing out.
        Design design = Designs.latinHypercube(FOUR, 1000, new MersenneTwisterFast(5));
        MersenneTwisterFast random = new MersenneTwisterFast(6);
        double[] y = new double[design.size()];
        for (int r = 0; r < y.length; r++) y[r] = random.nextBoolean(0.3) ? 1 : 0;
        PrimPruning.Covering covering = PrimPruning.cover(design.factors(), design.points(), y, 0.5,
                PrimOptions.defaults(), 3, PrimPruning.ALPHA);
        assertThat(covering.found()).isEmpty();
        assertThat(covering.simplified()).isEmpty();
    }

    private static boolean inside(Design design, int row, PrimBox box) {
        for (Restriction restriction : box.restrictions()) {
            double v = design.value(row, design.factors().indexOf(restriction.parameter()));
            if (v < restriction.lower() || v > restriction.upper()) return false;
        }
        return true;
    }
}
