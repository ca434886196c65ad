package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class NashDraftingTest {

    private static double utility(double[] x, double[] ideal, double[] weight) {
        return NegotiationMath.utility(x, ideal, weight, x.length);
    }

    // docs/model.md §12, check 3 on the pure function. Party 1 (ideal 0) weighs the issues (0.8, 0.2),
    // party 2 (ideal 1) weighs them (0.2, 0.8), batnas 0. The frontier starts at (0, 0) with
    // U = (1, 0); issue 2 has the best ratio (0.8/0.2 = 4), so it goes first:
    // U1 = 1 − 0.2t, U2 = 0.8t, product increasing on [0, 1] (derivative 0.8 − 0.32t > 0);
    // then issue 1: U1 = 0.8 − 0.8u, U2 = 0.8 + 0.2u, derivative at 0 = −0.64 + 0.16 < 0.
    // So the Nash point is the vertex (0, 1) with U = (0.8, 0.8).
    @Test
    void logrollingGivesEachPartyTheIssueItCaresAbout() {
        double[] ideal1 = {0, 0};
        double[] ideal2 = {1, 1};
        double[] w1 = {0.8, 0.2};
        double[] w2 = {0.2, 0.8};
        double[] x = NashDrafting.draft(ideal1, w1, ideal2, w2, 0, 0, 0);
        assertThat(x).containsExactly(0, 1);
        assertThat(utility(x, ideal1, w1)).isCloseTo(0.8, within(1e-12));
        assertThat(utility(x, ideal2, w2)).isCloseTo(0.8, within(1e-12));
        // Mirrored saliences give the mirrored package (1, 0).
        assertThat(NashDrafting.draft(ideal1, w2, ideal2, w1, 0, 0, 0)).containsExactly(1, 0);
    }

    @Test
    void oneIssueSplitsTheSurplusOverTheBatnas() {
        // One issue, u1 = 1 − x, u2 = x, batnas 0.1 and 0.3: max (0.9 − x)(x − 0.3) at x = 0.6.
        double[] x = NashDrafting.draft(new double[] {0}, new double[] {1}, new double[] {1}, new double[] {1}, 0.1, 0.3, 0);
        assertThat(x[0]).isCloseTo(0.6, within(1e-9));
        // A mediator biased toward the first party (bias 0.5, θ = 0.75) maximises
        // 0.75·ln(0.9 − x) + 0.25·ln(x − 0.3): x = 0.3 + 0.25·0.6 = 0.45.
        double[] biased = NashDrafting.draft(new double[] {0}, new double[] {1}, new double[] {1}, new double[] {1}, 0.1, 0.3, 0.5);
        assertThat(biased[0]).isCloseTo(0.45, within(1e-7));
    }

    @Test
    void matchesABruteForceSearchOnRandomProblems() {
        SplittableRandom random = new SplittableRandom(20240924);
        for (int trial = 0; trial < 200; trial++) {
            int n = 2;
            double[] ideal1 = {0, 0};
            double[] ideal2 = {1, 1};
            double[] w1 = normalised(random.nextDouble(), random.nextDouble());
            double[] w2 = normalised(random.nextDouble(), random.nextDouble());
            double b1 = random.nextDouble() * 0.4;
            double b2 = random.nextDouble() * 0.4;
            double[] x = NashDrafting.draft(ideal1, w1, ideal2, w2, b1, b2, 0);
            double best = product(x, ideal1, w1, ideal2, w2, b1, b2);
            // A 401 × 401 grid: the frontier optimum is at least as good as every grid point.
            double grid = Double.NEGATIVE_INFINITY;
            double[] y = new double[n];
            for (int a = 0; a <= 400; a++) {
                for (int c = 0; c <= 400; c++) {
                    y[0] = a / 400.0;
                    y[1] = c / 400.0;
                    grid = Math.max(grid, product(y, ideal1, w1, ideal2, w2, b1, b2));
                }
            }
            assertThat(best).as("trial %d", trial).isGreaterThanOrEqualTo(grid - 1e-9);
        }
    }

    private static double product(double[] x, double[] i1, double[] w1, double[] i2, double[] w2, double b1, double b2) {
        double g1 = utility(x, i1, w1) - b1;
        double g2 = utility(x, i2, w2) - b2;
        return g1 > 0 && g2 > 0 ? g1 * g2 : Double.NEGATIVE_INFINITY;
    }

    private static double[] normalised(double a, double b) {
        return new double[] {a / (a + b), b / (a + b)};
    }

    @Test
    void theSegmentBetweenTheOffersIsTheOfferIntervalForOneIssue() {
        NashDrafting drafting = new NashDrafting(1);
        boolean[] all = {true};
        double[] values = {0};
        drafting.prepare(1, all, values, new double[] {1}, new double[] {0}, new double[] {1}, new double[] {1}, new double[] {1});
        // Offers 0.3 (first) and 0.8 (second): U1(second's offer) = 0.2, U2(first's offer) = 0.3, so
        // s ∈ [0.3, 0.8], which is x ∈ [0.3, 0.8] because s = x on this frontier.
        double[] segment = new double[2];
        drafting.segmentFor(0.2, 0.3, segment);
        assertThat(segment[0]).isCloseTo(0.3, within(1e-12));
        assertThat(segment[1]).isCloseTo(0.8, within(1e-12));
        // With batnas 0 the Nash point is 0.5, inside; with a batna of 0.6 for the second party it
        // would be 0.8, the edge of the segment.
        drafting.valuesAt(drafting.nashPoint(0, 0, 0, segment[0], segment[1]), all, values);
        assertThat(values[0]).isCloseTo(0.5, within(1e-9));
        drafting.valuesAt(drafting.nashPoint(0, 0.6, 0, segment[0], segment[1]), all, values);
        assertThat(values[0]).isCloseTo(0.8, within(1e-9));
    }

    @Test
    void fixedIssuesAndRedLinesAreRespected() {
        NashDrafting drafting = new NashDrafting(2);
        boolean[] draftable = {true, false};
        double[] values = {0, 0.5};
        // The first issue is capped at 0.4 (a red line); the second is fixed at 0.5.
        drafting.prepare(2, draftable, values, new double[] {0.4, 1}, new double[] {0, 0}, new double[] {0.5, 0.5},
                new double[] {1, 1}, new double[] {0.5, 0.5});
        drafting.valuesAt(drafting.frontierLength(), draftable, values);
        assertThat(values).containsExactly(0.4, 0.5);
    }

    /**
     * Equally good packages (version 2, docs/model.md section 5): with equal saliences every split of
     * the first party's loss between the two issues gives both parties the same utilities, so the
     * package is the one nearest the reference (the midpoint of the offers when drafting).
     */
    @Test
    void tiesAreResolvedTowardTheReference() {
        NashDrafting drafting = new NashDrafting(3);
        boolean[] two = {true, true};
        drafting.prepare(2, two, new double[2], new double[] {1, 1}, new double[] {0, 0}, new double[] {0.5, 0.5},
                new double[] {1, 1}, new double[] {0.5, 0.5});
        double[] values = new double[2];
        // s = 0.5 is half the first party's utility: x₁ + x₂ = 1.
        drafting.valuesAt(0.5, two, new double[] {0.5, 0.5}, values);
        assertThat(values[0]).isCloseTo(0.5, within(1e-12));
        assertThat(values[1]).isCloseTo(0.5, within(1e-12));
        drafting.valuesAt(0.5, two, new double[] {0.2, 0.6}, values);
        assertThat(values[0]).isCloseTo(0.3, within(1e-12));
        assertThat(values[1]).isCloseTo(0.7, within(1e-12));
        // Version 1 gives the whole loss to the first issue of the class.
        drafting.valuesAt(0.5, two, values);
        assertThat(values).containsExactly(1, 0);
        // Three tied issues, s = 0.5 of 1: x₁ + x₂ + x₃ = 1.5; toward (1, 1, 0) the third stays at its end.
        boolean[] three = {true, true, true};
        double third = 1.0 / 3;
        drafting.prepare(3, three, new double[3], new double[] {1, 1, 1}, new double[] {0, 0, 0},
                new double[] {third, third, third}, new double[] {1, 1, 1}, new double[] {third, third, third});
        double[] package3 = new double[3];
        drafting.valuesAt(0.5, three, new double[] {1, 1, 0}, package3);
        assertThat(package3[0]).isCloseTo(0.75, within(1e-12));
        assertThat(package3[1]).isCloseTo(0.75, within(1e-12));
        assertThat(package3[2]).isCloseTo(0, within(1e-12));
        // The utilities are those of the frontier point, whatever the split.
        double[] weights = {third, third, third};
        assertThat(utility(package3, new double[] {0, 0, 0}, weights)).isCloseTo(drafting.firstUtility(0.5), within(1e-12));
        assertThat(utility(package3, new double[] {1, 1, 1}, weights)).isCloseTo(drafting.secondUtility(0.5), within(1e-12));
    }

    @Test
    void anIssueNeitherPartyCaresAboutTakesTheReference() {
        NashDrafting drafting = new NashDrafting(2);
        boolean[] two = {true, true};
        drafting.prepare(2, two, new double[2], new double[] {1, 1}, new double[] {0, 0}, new double[] {1, 0},
                new double[] {1, 1}, new double[] {1, 0});
        double[] values = new double[2];
        drafting.valuesAt(0.4, two, new double[] {0.3, 0.35}, values);
        assertThat(values[0]).isCloseTo(0.4, within(1e-12));
        assertThat(values[1]).isEqualTo(0.35);
    }

    @Test
    void theReachOfEachPartyOnTheFrontier() {
        NashDrafting drafting = new NashDrafting(1);
        drafting.prepare(1, new boolean[] {true}, new double[1], new double[] {1}, new double[] {0}, new double[] {1},
                new double[] {1}, new double[] {1});
        // U₁ = 1 − s, U₂ = s on s ∈ [0, 1].
        assertThat(drafting.lastPointGivingFirst(0.7)).isCloseTo(0.3, within(1e-15));
        assertThat(drafting.lastPointGivingFirst(-0.5)).isEqualTo(1);
        assertThat(drafting.lastPointGivingFirst(1.2)).isNegative();
        assertThat(drafting.firstPointGivingSecond(0.7)).isCloseTo(0.7, within(1e-15));
        assertThat(drafting.firstPointGivingSecond(-0.5)).isZero();
        assertThat(drafting.firstPointGivingSecond(1.2)).isGreaterThan(drafting.length());
    }

    @Test
    void aStepThatOnlyMovesTheOffersAllocatesNothingAndReusesTheSearch() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        NashDrafting drafting = new NashDrafting(3);
        boolean[] all = {true, true, true};
        double[] values = new double[3];
        double[] upper = {1, 1, 1};
        double[] ideal1 = {0, 0, 0};
        double[] ideal2 = {1, 1, 1};
        double[] w1 = {0.5, 0.3, 0.2};
        double[] w2 = {0.2, 0.3, 0.5};
        double[] segment = new double[2];
        Runnable step = () -> {
            drafting.prepare(3, all, values, upper, ideal1, w1, ideal2, w2);
            drafting.segmentFor(0.3, 0.3, segment);
            drafting.valuesAt(drafting.nashPoint(0.2, 0.25, 0, segment[0], segment[1]), all, values);
        };
        for (int i = 0; i < 20_000; i++) step.run();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) step.run();
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertThat(allocated).as("bytes for 10,000 steps").isLessThan(1_000);
        assertThat(drafting.searches()).isEqualTo(1);
        assertThat(Arrays.stream(values).sum()).isBetween(0.0, 3.0);
    }
}
