package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NegotiationMathTest {

    // docs/model.md §12, check 1: offer = ideal at τ = 0 (k = 0), = reservation at τ ≥ 1, monotone for every β > 0.
    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.2, 0.5, 1, 2, 5, 20})
    void concessionCurveRunsFromIdealToReservationMonotonically(double stance) {
        double ideal = 0.1;
        double reservation = 0.7;
        assertThat(NegotiationMath.offer(ideal, reservation, NegotiationMath.concessionShare(0, 0, stance))).isEqualTo(ideal);
        assertThat(NegotiationMath.offer(ideal, reservation, NegotiationMath.concessionShare(1, 0, stance))).isEqualTo(reservation);
        assertThat(NegotiationMath.offer(ideal, reservation, NegotiationMath.concessionShare(3, 0, stance))).isEqualTo(reservation);
        double previous = ideal;
        for (int i = 1; i <= 1000; i++) {
            double offer = NegotiationMath.offer(ideal, reservation, NegotiationMath.concessionShare(i / 1000.0, 0, stance));
            assertThat(offer).isGreaterThanOrEqualTo(previous);
            previous = offer;
        }
    }

    @Test
    void powerAgreesWithTheCorrectlyRoundedOneAndKeepsItsEdges() {
        for (double base : new double[] {1e-12, 0.001, 0.25, 0.5, 0.9, 0.999999}) {
            for (double exponent : new double[] {0.05, 0.5, 1, 7.0 / 365, 2, 20}) {
                double exact = StrictMath.pow(base, exponent);
                assertThat(NegotiationMath.power(base, exponent)).isCloseTo(exact, within(1e-13 + 1e-12 * exact));
            }
        }
        assertThat(NegotiationMath.power(0, 0.3)).isZero();
        assertThat(NegotiationMath.power(1, 5)).isEqualTo(1);
        assertThat(NegotiationMath.power(0.3, 0)).isEqualTo(1);
        assertThat(NegotiationMath.power(0.25, 0.5)).isCloseTo(0.5, within(1e-15));
    }

    @Test
    void stanceSeparatesBoulwareFromConceder() {
        // α(½) = ½^(1/β): β = 0.5 → 0.25 (Boulware, late), β = 1 → 0.5 (linear), β = 2 → 0.7071 (Conceder, early).
        assertThat(NegotiationMath.concessionShare(0.5, 0, 0.5)).isCloseTo(0.25, within(1e-12));
        assertThat(NegotiationMath.concessionShare(0.5, 0, 1)).isCloseTo(0.5, within(1e-12));
        assertThat(NegotiationMath.concessionShare(0.5, 0, 2)).isCloseTo(Math.sqrt(0.5), within(1e-12));
        // The initial concession k is conceded at once: α(0) = k, α(½) = k + (1 − k)·½ for β = 1.
        assertThat(NegotiationMath.concessionShare(0, 0.2, 1)).isEqualTo(0.2);
        assertThat(NegotiationMath.concessionShare(0.5, 0.2, 1)).isCloseTo(0.6, within(1e-12));
    }

    @Test
    void utilityIsLinearAdditiveAndNormalisedByTheFarEnd() {
        // Ideal 0.2: the far end is 1, at distance 0.8, so u(0.6) = 1 − 0.4/0.8 = 0.5 and u(1) = 0.
        assertThat(NegotiationMath.issueUtility(0.2, 0.2)).isEqualTo(1);
        assertThat(NegotiationMath.issueUtility(0.6, 0.2)).isCloseTo(0.5, within(1e-12));
        assertThat(NegotiationMath.issueUtility(1, 0.2)).isCloseTo(0, within(1e-12));
        double[] weights = new double[2];
        NegotiationMath.normaliseWeights(new double[] {3, 1}, weights, 2);
        assertThat(weights).containsExactly(0.75, 0.25);
        // 0.75·u(0.5 | 0) + 0.25·u(0 | 1) = 0.75·0.5 + 0.25·0 = 0.375.
        assertThat(NegotiationMath.utility(new double[] {0.5, 0}, new double[] {0, 1}, weights, 2)).isCloseTo(0.375, within(1e-12));
        assertThat(NegotiationMath.concession(new double[] {0.5, 0}, new double[] {0, 1}, weights, 2)).isCloseTo(0.625, within(1e-12));
        NegotiationMath.normaliseWeights(new double[] {0, 0}, weights, 2);
        assertThat(weights).containsExactly(0.5, 0.5);
    }

    @Test
    void clockRunsAtStepOverPatienceTimesOnePlusPressure() {
        // 7/350 = 0.02 per step without pressure; P = 0.5 → 0.03; P = −2 stops the clock; a letdown of ½ halves it.
        assertThat(NegotiationMath.clockIncrement(7, 350, 0, 1)).isCloseTo(0.02, within(1e-15));
        assertThat(NegotiationMath.clockIncrement(7, 350, 0.5, 1)).isCloseTo(0.03, within(1e-15));
        assertThat(NegotiationMath.clockIncrement(7, 350, -2, 1)).isZero();
        assertThat(NegotiationMath.clockIncrement(7, 350, 0, 0.5)).isCloseTo(0.01, within(1e-15));
    }

    @Test
    void acceptanceNeedsTheBetterOfBatnaAndOwnOffer() {
        assertThat(NegotiationMath.accepts(0.5, 0, 0.4, 0.5)).isTrue();
        assertThat(NegotiationMath.accepts(0.5, 0, 0.6, 0.3)).isFalse();
        assertThat(NegotiationMath.accepts(0.5, 0.1, 0.6, 0.3)).as("side payments make up the gap").isTrue();
        assertThat(NegotiationMath.accepts(0.5, 0, 0.2, 0.55)).as("own offer is better").isFalse();
        // Pressure 1.5 with pressureToBatna 0.2 lowers a batna of 0.5 to 0.2.
        assertThat(NegotiationMath.effectiveBatna(0.5, 0.2, 1.5)).isCloseTo(0.2, within(1e-15));
    }

    @Test
    void trustFallsWithBiasAgainstTheParty() {
        // France with bias 0.6 toward the first party, biasPenalty 0.8: the second party's trust is 1 − 0.48.
        assertThat(NegotiationMath.trust(0.6, 0.8, 0)).isEqualTo(1);
        assertThat(NegotiationMath.trust(-0.6, 0.8, 0)).isCloseTo(0.52, within(1e-12));
        assertThat(NegotiationMath.trust(-0.6, 0.8, 0.1)).isCloseTo(0.42, within(1e-12));
        assertThat(NegotiationMath.trust(-1, 1, 0.5)).isZero();
        assertThat(NegotiationMath.mediatorPressure(0.7, 0.4, 0.92)).isCloseTo(0.2576, within(1e-12));
    }

    @Test
    void deadlinePressureBuildsUpExponentiallyAndStopsAfterTheWindow() {
        // 30 days before a deadline with λ = 30: weight·e^−1.
        assertThat(NegotiationMath.deadlinePressure(1.5, 70, 100, 110, 30)).isCloseTo(1.5 * Math.exp(-1), within(1e-12));
        assertThat(NegotiationMath.deadlinePressure(1.5, 100, 100, 110, 30)).isEqualTo(1.5);
        assertThat(NegotiationMath.deadlinePressure(1.5, 110, 100, 110, 30)).isEqualTo(1.5);
        assertThat(NegotiationMath.deadlinePressure(1.5, 111, 100, 110, 30)).isZero();
        assertThat(NegotiationMath.letdown(115, 110, 30, 0.25)).isEqualTo(0.25);
        assertThat(NegotiationMath.letdown(141, 110, 30, 0.25)).isEqualTo(1);
        assertThat(NegotiationMath.letdown(105, 110, 30, 0.25)).isEqualTo(1);
    }

    @Test
    void hazardsBecomePerStepProbabilities() {
        // One clash a year, weekly steps: 1 − e^(−7/365) = 0.018994...
        assertThat(NegotiationMath.stepProbability(1, 7)).isCloseTo(1 - Math.exp(-7 / 365.0), within(1e-15));
        assertThat(NegotiationMath.stepProbability(0, 7)).isZero();
        // Spoiler: 0.3·0.5·0.8·7/365.
        assertThat(NegotiationMath.spoilerProbability(0.3, 0.5, 0.8, 7)).isCloseTo(0.3 * 0.5 * 0.8 * 7 / 365, within(1e-15));
        assertThat(NegotiationMath.spoilerProbability(1, 1, 1, 7)).isGreaterThan(NegotiationMath.spoilerProbability(1, 1, 0.5, 7));
        // Influence 0.4 decaying by 20% a year keeps 0.8^(7/365) per week; after 365 daily steps 0.32.
        double influence = 0.4;
        for (int d = 0; d < 365; d++) influence = NegotiationMath.decayedInfluence(influence, 0.2, 1);
        assertThat(influence).isCloseTo(0.32, within(1e-12));
    }

    @Test
    void referendumNeedsAMajorityAndTheQuorumOfRegisteredVoters() {
        assertThat(NegotiationMath.referendumPasses(0.6, 0.5, 0.25)).isTrue();   // 0.30 ≥ 0.25
        assertThat(NegotiationMath.referendumPasses(0.6, 0.4, 0.25)).isFalse();  // 0.24 < 0.25
        assertThat(NegotiationMath.referendumPasses(0.5, 1.0, 0.25)).isFalse();  // not more than half
        assertThat(NegotiationMath.referendumPasses(0.5000001, 1.0, 0.25)).isTrue();
    }

    @Test
    void midpointDraftShiftsTowardTheFavouredParty() {
        // Offers 0.2 and 0.6: mean 0.4, half gap 0.2; bias 0.5 toward the first party → 0.3.
        assertThat(NegotiationMath.midpointDraft(0.2, 0.6, 0, 1)).isCloseTo(0.4, within(1e-15));
        assertThat(NegotiationMath.midpointDraft(0.2, 0.6, 0.5, 1)).isCloseTo(0.3, within(1e-15));
        assertThat(NegotiationMath.midpointDraft(0.2, 0.6, -1, 1)).isCloseTo(0.6, within(1e-15));
        // Crossed offers (first 0.6, second 0.2): the shift still goes toward the first party's ideal (down).
        assertThat(NegotiationMath.midpointDraft(0.6, 0.2, 0.5, 1)).isCloseTo(0.3, within(1e-15));
    }

    @Test
    void nashWeightIsOnePlusTheClampedBiasOverTwo() {
        assertThat(NegotiationMath.nashWeight(0)).isEqualTo(0.5);
        assertThat(NegotiationMath.nashWeight(0.5)).isEqualTo(0.75);
        assertThat(NegotiationMath.nashWeight(-0.5)).isEqualTo(0.25);
        // A bias beyond [−1, 1] weighs like its end: the whole weight to one party.
        assertThat(NegotiationMath.nashWeight(3)).isEqualTo(1.0);
        assertThat(NegotiationMath.nashWeight(-3)).isEqualTo(0.0);
    }

    @Test
    void reciprocityIsTheOtherSidesConcessionAsAYearlyRate() {
        // The other side conceded 7/365 of its range in a 7-day step: a rate of 1 range a year; ρ = 0.3.
        assertThat(NegotiationMath.reciprocityPressure(0.3, 7 / 365.0, 7)).isCloseTo(0.3, within(1e-12));
        assertThat(NegotiationMath.reciprocityPressure(0.3, 0, 7)).isZero();
    }

    /** Version 2's loss exponent: γ = 1 is version 1's utility bit for bit; γ = 2 the quadratic loss. */
    @Test
    void aLossExponentOfOneIsTheLinearUtilityBitForBit() {
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        double[] x = new double[5];
        double[] ideals = new double[5];
        double[] weights = {0.1, 0.2, 0.3, 0.25, 0.15};
        for (int trial = 0; trial < 1000; trial++) {
            for (int i = 0; i < 5; i++) {
                x[i] = random.nextDouble();
                ideals[i] = random.nextDouble();
            }
            assertThat(NegotiationMath.issueUtility(x[0], ideals[0], 1)).isEqualTo(NegotiationMath.issueUtility(x[0], ideals[0]));
            assertThat(NegotiationMath.utility(x, ideals, weights, 1, 5)).isEqualTo(NegotiationMath.utility(x, ideals, weights, 5));
        }
    }

    @Test
    void aLossExponentAboveOneBendsTheUtility() {
        // u = 1 − d^γ with d = |x − ideal| / max(ideal, 1 − ideal).
        assertThat(NegotiationMath.issueUtility(0.5, 0, 2)).isEqualTo(0.75);
        assertThat(NegotiationMath.issueUtility(0.3, 1, 3)).isCloseTo(1 - 0.343, within(1e-15));
        assertThat(NegotiationMath.issueUtility(0.6, 0.2, 1.5)).isCloseTo(1 - Math.pow(0.5, 1.5),
                within(1e-15));
        assertThat(NegotiationMath.issueUtility(0, 0, 2)).isEqualTo(1);
        assertThat(NegotiationMath.issueUtility(1, 0, 2)).isEqualTo(0);
        assertThat(NegotiationMath.utility(new double[] {0.5, 1}, new double[] {0, 0}, new double[] {0.5, 0.5}, 2, 2))
                .isEqualTo(0.375);
    }
}
