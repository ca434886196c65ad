package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.lang.management.ManagementFactory;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The frontier of curved utilities, {@link CurvedFrontier}, against its closed form and against
 * brute-force grids over packages (docs/model.md section 12, check 11 of version 2).
 */
class CurvedFrontierTest {

    private static final boolean[] BOTH = {true, true};
    private static final double[] NOWHERE = {Double.NaN, Double.NaN};
    private static final boolean[] ALL_THREE = {true, true, true};
    private static final double[] NOWHERE_THREE = {Double.NaN, Double.NaN, Double.NaN};

    private static double[] normalised(double a, double b) {
        return new double[] {a / (a + b), b / (a + b)};
    }

    private static double utility(double[] x, double[] ideal, double[] weight, double gamma) {
        return NegotiationMath.utility(x, ideal, weight, gamma, x.length);
    }

    /**
     * Check 11, the frontier: γ₁ = γ₂ = 2, ideals 0 and 1, so x_i(λ) = (1 − λ)·w₂ᵢ / (λ·w₁ᵢ + (1 − λ)·w₂ᵢ);
     * the frontier's parameter is t = 1 − λ.
     */
    @Test
    void theQuadraticFrontierIsTheClosedForm() {
        SplittableRandom random = new SplittableRandom(11);
        CurvedFrontier frontier = new CurvedFrontier(2);
        double[] values = new double[2];
        for (int trial = 0; trial < 200; trial++) {
            double[] w1 = normalised(random.nextDouble(0.01, 1), random.nextDouble(0.01, 1));
            double[] w2 = normalised(random.nextDouble(0.01, 1), random.nextDouble(0.01, 1));
            frontier.prepare(2, BOTH, NOWHERE, new double[] {1, 1}, new double[] {0, 0}, w1, 2, new double[] {1, 1},
                    w2, 2);
            for (int k = 0; k <= 20; k++) {
                double lambda = k / 20.0;
                frontier.valuesAt(1 - lambda, BOTH, NOWHERE, values);
                for (int i = 0; i < 2; i++) {
                    double expected = (1 - lambda) * w2[i] / (lambda * w1[i] + (1 - lambda) * w2[i]);
                    assertThat(values[i]).as("trial %d, λ = %s, issue %d", trial, lambda, i).isCloseTo(expected, within(1e-12));
                }
            }
        }
    }

    /**
     * Every frontier point maximises λ·U₁ + (1 − λ)·U₂ over all packages (a 101 × 101 grid cannot
     * beat it), for equal and unequal exponents, one of them linear, and a red line that moves the
     * first party's end off its ideal; and along the frontier U₁ falls while U₂ rises.
     */
    @ParameterizedTest(name = "γ = ({0}, {1})")
    @CsvSource({"2, 2", "3, 3", "1, 2", "2, 1", "1.5, 3", "4, 1.5"})
    void everyPointMaximisesItsWeightedSum(double gamma1, double gamma2) {
        SplittableRandom random = new SplittableRandom(7);
        CurvedFrontier frontier = new CurvedFrontier(2);
        double[] values = new double[2];
        double[] y = new double[2];
        for (int trial = 0; trial < 30; trial++) {
            double[] ideal1 = {random.nextDouble(0, 0.3), random.nextDouble(0.7, 1)};
            double[] ideal2 = {random.nextDouble(0.7, 1), random.nextDouble(0, 0.3)};
            double[] w1 = normalised(random.nextDouble(0.05, 1), random.nextDouble(0.05, 1));
            double[] w2 = normalised(random.nextDouble(0.05, 1), random.nextDouble(0.05, 1));
            double[] upper = {trial % 3 == 0 ? random.nextDouble(0.4, 0.9) : 1, 1};
            // A red line below the second issue's first ideal moves the first party's end off it.
            if (trial % 4 == 1) upper[1] = random.nextDouble(0.3, ideal1[1]);
            frontier.prepare(2, BOTH, NOWHERE, upper, ideal1, w1, gamma1, ideal2, w2, gamma2);
            double previous1 = Double.POSITIVE_INFINITY;
            double previous2 = Double.NEGATIVE_INFINITY;
            for (int k = 0; k <= 10; k++) {
                double t = k / 10.0;
                double lambda = 1 - t;
                frontier.valuesAt(t, BOTH, NOWHERE, values);
                double u1 = utility(values, ideal1, w1, gamma1);
                double u2 = utility(values, ideal2, w2, gamma2);
                assertThat(u1).isCloseTo(frontier.firstUtility(t), within(1e-12));
                assertThat(u2).isCloseTo(frontier.secondUtility(t), within(1e-12));
                assertThat(u1).isLessThanOrEqualTo(previous1 + 1e-12);
                assertThat(u2).isGreaterThanOrEqualTo(previous2 - 1e-12);
                previous1 = u1;
                previous2 = u2;
                double best = Double.NEGATIVE_INFINITY;
                for (int a = 0; a <= 100; a++) {
                    for (int c = 0; c <= 100; c++) {
                        y[0] = a / 100.0 * upper[0];
                        y[1] = c / 100.0 * upper[1];
                        best = Math.max(best, lambda * utility(y, ideal1, w1, gamma1) + t * utility(y, ideal2, w2, gamma2));
                    }
                }
                assertThat(lambda * u1 + t * u2).as("trial %d, t = %s", trial, t).isGreaterThanOrEqualTo(best - 1e-9);
            }
        }
    }

    /**
     * Check 11, the draft: the Nash point of the frontier (bias 0, ±0.5) against a 401 × 401 grid of
     * packages: its generalised Nash product is at least the grid's best, and within 10⁻³ of it.
     */
    @ParameterizedTest(name = "bias {0}")
    @CsvSource({"0", "0.5", "-0.5"})
    void theNashPointMatchesABruteForceGrid(double bias) {
        SplittableRandom random = new SplittableRandom(20240924);
        CurvedFrontier frontier = new CurvedFrontier(2);
        double[] ideal1 = {0, 0};
        double[] ideal2 = {1, 1};
        double theta = (1 + bias) / 2;
        double[] values = new double[2];
        double[] y = new double[2];
        for (int trial = 0; trial < 40; trial++) {
            double[] w1 = normalised(random.nextDouble(0.05, 1), random.nextDouble(0.05, 1));
            double[] w2 = normalised(random.nextDouble(0.05, 1), random.nextDouble(0.05, 1));
            double b1 = random.nextDouble(0, 0.5);
            double b2 = random.nextDouble(0, 0.5);
            frontier.prepare(2, BOTH, NOWHERE, new double[] {1, 1}, ideal1, w1, 2, ideal2, w2, 2);
            frontier.valuesAt(frontier.nashPoint(b1, b2, bias), BOTH, NOWHERE, values);
            double drafted = product(values, w1, w2, b1, b2, theta);
            double grid = Double.NEGATIVE_INFINITY;
            for (int a = 0; a <= 400; a++) {
                for (int c = 0; c <= 400; c++) {
                    y[0] = a / 400.0;
                    y[1] = c / 400.0;
                    grid = Math.max(grid, product(y, w1, w2, b1, b2, theta));
                }
            }
            assertThat(grid).isPositive();
            assertThat(drafted).as("trial %d", trial).isGreaterThanOrEqualTo(grid - 1e-12).isCloseTo(grid, within(1e-3));
        }
    }

    private static double product(double[] x, double[] w1, double[] w2, double b1, double b2, double theta) {
        double g1 = utility(x, new double[] {0, 0}, w1, 2) - b1;
        double g2 = utility(x, new double[] {1, 1}, w2, 2) - b2;
        if (g1 <= 0 || g2 <= 0) return Double.NEGATIVE_INFINITY;
        return Math.pow(g1, theta) * Math.pow(g2, 1 - theta);
    }

    /** The searches for a party's utility: the point found meets the target and a point just beyond it does not. */
    @Test
    void theSearchesFindWhereAPartysUtilityReachesATarget() {
        SplittableRandom random = new SplittableRandom(3);
        CurvedFrontier frontier = new CurvedFrontier(3);
        for (int trial = 0; trial < 500; trial++) {
            double[] w1 = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            double[] w2 = {random.nextDouble(), random.nextDouble(), random.nextDouble()};
            NegotiationMath.normaliseWeights(w1.clone(), w1, 3);
            NegotiationMath.normaliseWeights(w2.clone(), w2, 3);
            double gamma1 = 1 + random.nextInt(3) * 0.5;
            double gamma2 = gamma1 == 1 ? 2 : 1 + random.nextInt(3) * 0.5;
            frontier.prepare(3, ALL_THREE, NOWHERE_THREE, new double[] {1, 1, 1}, new double[] {0, 0, 0}, w1, gamma1,
                    new double[] {1, 1, 1}, w2, gamma2);
            double target = random.nextDouble(-0.1, 1.1);
            // A search repeated every step starts from a guess (or none) and stops at 10⁻¹⁰; a single one at 10⁻¹⁴.
            boolean repeated = random.nextBoolean();
            double guess = random.nextBoolean() ? Double.NaN : random.nextDouble();
            double last = repeated ? frontier.lastPointGivingFirst(target, guess) : frontier.lastPointGivingFirst(target);
            double tolerance = repeated ? 1e-9 : 1e-13;
            if (frontier.firstUtility(0) < target) {
                assertThat(last).isNegative();
            } else if (last < 1) {
                assertThat(frontier.firstUtility(last)).isGreaterThanOrEqualTo(target);
                assertThat(frontier.firstUtility(Math.min(1, last + tolerance))).isLessThan(target + 1e-12);
            } else {
                assertThat(frontier.firstUtility(1)).isGreaterThanOrEqualTo(target);
            }
            double first = repeated ? frontier.firstPointGivingSecond(target, guess)
                    : frontier.firstPointGivingSecond(target);
            if (frontier.secondUtility(1) < target) {
                assertThat(first).isGreaterThan(1);
            } else if (first > 0) {
                assertThat(frontier.secondUtility(first)).isGreaterThanOrEqualTo(target);
                assertThat(frontier.secondUtility(Math.max(0, first - tolerance))).isLessThan(target + 1e-12);
            } else {
                assertThat(frontier.secondUtility(0)).isGreaterThanOrEqualTo(target);
            }
        }
    }

    /** When a supporting line says no package gives both needs, none on a fine grid does. */
    @Test
    void aSeparatingLineIsNeverWrong() {
        SplittableRandom random = new SplittableRandom(5);
        CurvedFrontier frontier = new CurvedFrontier(2);
        double[] y = new double[2];
        double[] ideal1 = {0, 0};
        double[] ideal2 = {1, 1};
        int separated = 0;
        for (int trial = 0; trial < 300; trial++) {
            double[] w1 = normalised(random.nextDouble(0.05, 1), random.nextDouble(0.05, 1));
            double[] w2 = normalised(random.nextDouble(0.05, 1), random.nextDouble(0.05, 1));
            frontier.prepare(2, BOTH, NOWHERE, new double[] {1, 1}, ideal1, w1, 2, ideal2, w2, 2);
            double need1 = random.nextDouble(0.5, 1);
            double need2 = random.nextDouble(0.5, 1);
            if (!frontier.separates(random.nextDouble(), need1, need2)) continue;
            separated++;
            for (int a = 0; a <= 100; a++) {
                for (int c = 0; c <= 100; c++) {
                    y[0] = a / 100.0;
                    y[1] = c / 100.0;
                    boolean both = utility(y, ideal1, w1, 2) >= need1 && utility(y, ideal2, w2, 2) >= need2;
                    assertThat(both).as("trial %d", trial).isFalse();
                }
            }
        }
        assertThat(separated).isGreaterThan(50);
    }

    /**
     * A search from where the last one ended takes the utilities and slopes there from its memo
     * instead of evaluating again; the answers are the same bits as a fresh frontier's, also after
     * the frontier was rebuilt with other weights (the memo then no longer applies).
     */
    @Test
    void aSearchFromTheLastAnswerGivesTheBitsOfAFreshSearch() {
        SplittableRandom random = new SplittableRandom(17);
        CurvedFrontier tracking = new CurvedFrontier(3);
        double[] ideal1 = {0, 0, 0};
        double[] ideal2 = {1, 1, 1};
        double[] upper = {1, 1, 1};
        double[][] w1 = {{0.5, 0.3, 0.2}, {0.2, 0.2, 0.6}};
        double[][] w2 = {{0.2, 0.3, 0.5}, {0.6, 0.3, 0.1}};
        double first = 0.5;
        double second = 0.5;
        for (int step = 0; step < 400; step++) {
            // Every tenth step the frontier is rebuilt with the other weights, as after an event.
            int weights = step / 10 % 2;
            if (step % 10 == 0) tracking.prepare(3, ALL_THREE, NOWHERE_THREE, upper, ideal1, w1[weights], 2, ideal2, w2[weights], 2);
            double firstTarget = random.nextDouble(0.3, 0.9);
            double secondTarget = random.nextDouble(0.3, 0.9);
            CurvedFrontier fresh = new CurvedFrontier(3);
            fresh.prepare(3, ALL_THREE, NOWHERE_THREE, upper, ideal1, w1[weights], 2, ideal2, w2[weights], 2);
            double expectedFirst = fresh.lastPointGivingFirst(firstTarget, first);
            double expectedSecond = fresh.firstPointGivingSecond(secondTarget, second);
            first = tracking.lastPointGivingFirst(firstTarget, first);
            second = tracking.firstPointGivingSecond(secondTarget, second);
            assertThat(first).as("step %d", step).isEqualTo(expectedFirst);
            assertThat(second).as("step %d", step).isEqualTo(expectedSecond);
            assertThat(tracking.firstUtility(first)).isEqualTo(fresh.firstUtility(expectedFirst));
            assertThat(tracking.secondUtility(second)).isEqualTo(fresh.secondUtility(expectedSecond));
        }
    }

    @Test
    void searchesFromAGuessAllocateNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        CurvedFrontier frontier = new CurvedFrontier(3);
        double[] values = new double[3];
        frontier.prepare(3, ALL_THREE, NOWHERE_THREE, new double[] {1, 1, 1}, new double[] {0, 0, 0}, new double[] {0.5, 0.3, 0.2}, 2,
                new double[] {1, 1, 1}, new double[] {0.2, 0.3, 0.5}, 2);
        double[] guess = {0.5};
        Runnable step = () -> {
            double t = frontier.lastPointGivingFirst(0.6 + 0.01 * Math.sin(guess[0]), guess[0]);
            frontier.valuesAt(t, ALL_THREE, NOWHERE_THREE, values);
            guess[0] = t;
            frontier.separates(t, 0.7, 0.7);
            frontier.nashPoint(0.1, 0.2, 0);
        };
        for (int i = 0; i < 20_000; i++) step.run();
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 10_000; i++) step.run();
        assertThat(threads.getCurrentThreadAllocatedBytes() - before).as("bytes for 10,000 steps").isLessThan(1_000);
        assertThat(frontier.searches()).isEqualTo(1);
    }
}
