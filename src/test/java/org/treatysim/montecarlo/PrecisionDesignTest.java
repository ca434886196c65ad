package org.treatysim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.SampleDesign;
import org.treatysim.stats.Wilson;

class PrecisionDesignTest {

    @Test
    void aLooseTargetNeedsNoPilot() {
        // h = 0.05 at p = 1/2 needs about z²/4h² = 385 runs, less than two pilots of 1000.
        SampleDesign design = PrecisionDesign.withoutPilot(new RunRequest.Precision(0.05));
        assertThat(design).isNotNull();
        assertThat(design.method()).isEqualTo(SampleDesign.Method.WORST_CASE);
        assertThat(design.runs()).isBetween(383L, 388L);
        assertThat(PrecisionDesign.withoutPilot(new RunRequest.Precision(0.005))).isNull();
    }

    @Test
    void thePilotUsesTheTopRunIndices() {
        assertThat(PrecisionDesign.pilotFirstRun(new RunRequest.Precision(0.01, 1000)))
                .isEqualTo(Integer.MAX_VALUE - 999);
    }

    @Test
    void theVarianceBoundIsTheWorstPointOfThePilotInterval() {
        assertThat(PrecisionDesign.varianceBound(new Estimate(0.5, 0.45, 0.55))).isEqualTo(0.25);
        assertThat(PrecisionDesign.varianceBound(new Estimate(0.1, 0.05, 0.2))).isCloseTo(0.16, within(1e-15));
        assertThat(PrecisionDesign.varianceBound(new Estimate(0.9, 0.8, 0.95))).isCloseTo(0.16, within(1e-15));
    }

    @Test
    void rareEventsNeedFewerRunsThanTheWorstCase() {
        RunRequest.Precision request = new RunRequest.Precision(0.005);
        // Pilot of 1000: every headline share 0 or 1 except one at 0.1. The 99.9% Wilson interval
        // of 100/1000 (z = 3.2905) reaches 0.1351, so v ≤ 0.1351·0.8649 = 0.1168 and
        // N ≈ z²·v/h² = 3.8415·0.1168/0.000025 ≈ 17,950.
        SampleDesign rare = PrecisionDesign.afterPilot(request, new long[] {100, 0, 0, 0, 1000, 0, 0});
        assertThat(rare.method()).isEqualTo(SampleDesign.Method.TWO_STAGE);
        assertThat(rare.varianceBound()).isBetween(0.114, 0.119);
        assertThat(rare.runs()).isBetween(17_500L, 18_400L);
        assertThat(rare.pilotRuns()).isEqualTo(1000);
        // A share near 1/2 needs the worst case: z²/4h² ≈ 38,415.
        SampleDesign even = PrecisionDesign.afterPilot(request, new long[] {480, 0, 0, 0, 0});
        assertThat(even.varianceBound()).isEqualTo(0.25);
        assertThat(even.runs()).isBetween(38_400L, 38_420L);
        // Nothing happens at all: 0/1000 still allows up to z²/(n + z²) = 10.83/1010.83 = 0.0107,
        // v = 0.0106, N = runsFor(v, h) ≈ 1630, above the floor.
        SampleDesign none = PrecisionDesign.afterPilot(request, new long[5]);
        assertThat(none.varianceBound()).isBetween(0.0105, 0.0107);
        assertThat(none.runs()).isEqualTo(Wilson.runsFor(none.varianceBound(), 0.005)).isBetween(1500L, 1800L);
        // A loose target on such a pilot is floored at MIN_RUNS.
        assertThat(PrecisionDesign.afterPilot(new RunRequest.Precision(0.02), new long[5]).runs())
                .isEqualTo(PrecisionDesign.MIN_RUNS);
    }

    @Test
    void theTwoStageDesignKeepsCoverageAndMeetsItsTarget() {
        // 1000 repetitions of the design on a Bernoulli(0.3) "model" with target 0.02: the pilot
        // (1000 draws) picks N, then N fresh draws give the Wilson interval. Fixed-N Wilson coverage
        // at p = 0.3 and n ≈ 2000 is 0.95 ± 0.005; 1000 repetitions add a binomial error of 0.007,
        // so coverage ≥ 0.93; the target is met in ≥ 99%: it fails only when the final share lands
        // beyond the pilot's 99.9% bound, P(Z > 3.29·σ₁/√(σ₁² + σ₂²)) ≈ 0.4% here.
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {4, 2});
        RunRequest.Precision request = new RunRequest.Precision(0.02, 1000);
        int covered = 0;
        int met = 0;
        for (int t = 0; t < 1000; t++) {
            long pilot = 0;
            for (int i = 0; i < 1000; i++) if (random.nextDouble() < 0.3) pilot++;
            SampleDesign design = PrecisionDesign.afterPilot(request, new long[] {pilot});
            long successes = 0;
            for (long i = 0; i < design.runs(); i++) if (random.nextDouble() < 0.3) successes++;
            Estimate e = Wilson.estimate(successes, design.runs());
            if (e.lo() <= 0.3 && 0.3 <= e.hi()) covered++;
            if ((e.hi() - e.lo()) / 2 <= 0.02) met++;
        }
        assertThat(covered).isGreaterThanOrEqualTo(930);
        assertThat(met).isGreaterThanOrEqualTo(990);
    }
}
