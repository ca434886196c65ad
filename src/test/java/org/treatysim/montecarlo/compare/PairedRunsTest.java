package org.treatysim.montecarlo.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Simulation;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Scenario;
import org.treatysim.montecarlo.MonteCarloEngine;
import org.treatysim.montecarlo.ProgressListener;
import org.treatysim.scenario.ScenarioLoader;
import org.treatysim.stats.ForecastAccumulator;
import org.treatysim.stats.PairedComparison;
import org.treatysim.stats.PairedCounts;
import org.treatysim.stats.PairedDifference;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.ToyScenarios;
import org.treatysim.stats.Wilson;

class PairedRunsTest {
    static final Path FIXTURES = Path.of("src/test/resources/compare");

    static Scenario load(Path file) throws Exception {
        return new ScenarioLoader().load(file).scenario();
    }

    /** The scenario with the comparison's common seed and run count, on the real model. */
    static PairedRuns.Arm arm(Scenario scenario, long seed, int runs) {
        Scenario common = scenario.withRunsAndSeed(runs, seed);
        return new PairedRuns.Arm(common, () -> new Simulation(common));
    }

    static PairedRuns.Result run(int threads, List<PairedRuns.Arm> arms, int runs) throws Exception {
        Scenario first = arms.get(0).scenario();
        // Small chunks, so that several threads interleave within a scenario.
        MonteCarloEngine engine = new MonteCarloEngine(threads, 16, 4 * threads);
        return new PairedRuns(engine).run(arms, KeyDates.defaults(first), runs, ProgressListener.NONE);
    }

    static List<Provenance> provenance(List<PairedRuns.Arm> arms, int runs) {
        List<Provenance> list = new ArrayList<>();
        for (PairedRuns.Arm arm : arms) {
            Scenario s = arm.scenario();
            list.add(new Provenance(s.id(), s.title(), runs, s.seed(), "00", "test", "17", Instant.EPOCH));
        }
        return list;
    }

    /**
     * Common random numbers pair runs exactly: the base and a copy of it under another id run
     * the same model with the same seed, so run i ends the same way in both, and not one run of
     * 400 is discordant at any key date. The estimated difference is exactly 0. The reference's
     * own rows (the base against itself) carry the degenerate interval [0, 0]; the copy's carry
     * Tango's interval for 0 discordant pairs in n, ±z²/(n + z²): a statistical statement about
     * runs that happen to agree, the narrowest any paired interval with n runs can honestly be.
     */
    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZero() throws Exception {
        int runs = 400;
        Scenario base = load(FIXTURES.resolve("referendum-base.yaml"));
        Scenario copy = load(FIXTURES.resolve("referendum-copy.yaml"));
        List<PairedRuns.Arm> arms = List.of(arm(base, 42, runs), arm(copy, 42, runs));
        PairedRuns.Result result = run(2, arms, runs);
        PairedComparison comparison = result.freeze(provenance(arms, runs));

        double half = Wilson.Z95 * Wilson.Z95 / (runs + Wilson.Z95 * Wilson.Z95);
        for (PairedComparison.Row row : comparison.rows()) {
            assertThat(row.counts().discordant()).as(row.toString()).isZero();
            assertThat(row.difference().difference()).isZero();
            if (row.reference()) {
                assertThat(row.difference()).isEqualTo(PairedDifference.IDENTICAL);
            } else {
                assertThat(row.difference().lo()).isCloseTo(-half, within(1e-12));
                assertThat(row.difference().hi()).isCloseTo(half, within(1e-12));
                PairedComparison.Row twin = comparison.row(base.id(), row.event(), row.date());
                assertThat(row.probability()).isEqualTo(twin.probability());
            }
        }
        // Not a vacuous agreement: some runs are signed by the horizon and some are not.
        PairedCounts horizon = result.signedBy(1, comparison.keyDates().size() - 1);
        assertThat(horizon.both()).isPositive();
        assertThat(horizon.neither()).isPositive();
    }

    /**
     * A lever in which the model is monotone run by run: higher referendum support (Beta(8, 4)
     * instead of Beta(5, 5), drawn at the same quantile, so at least as high in every run). The
     * fixture has no clashes and no patron, so nothing pauses the talks, and support enters only
     * when a vote is counted. Until the first vote both runs are identical; if the base's vote
     * passes so does the variant's, on the same day, and both sign on the same day; if the
     * base's fails and the variant's passes, the variant signs after signingDays while the base
     * must renegotiate, initial and sign (later, if ever); if both fail they go on identically.
     * So no run may be signed by a date in the base but not in the variant, and the text is agreed
     * in exactly the same runs.
     */
    @Test
    void aStrongerLeverNeverLosesARun() throws Exception {
        int runs = 400;
        List<PairedRuns.Arm> arms = List.of(arm(load(FIXTURES.resolve("referendum-base.yaml")), 42, runs),
                arm(load(FIXTURES.resolve("referendum-popular.yaml")), 42, runs));
        PairedRuns.Result result = run(2, arms, runs);
        int keys = result.code().keyDates().size();
        for (int k = 0; k < keys; k++) {
            assertThat(result.signedBy(1, k).firstOnly()).as("signed in the base only by key date %d", k).isZero();
        }
        assertThat(result.signedBy(1, keys - 1).secondOnly()).as("runs the popular vote saves").isGreaterThan(40);
        assertThat(result.textAgreed(1).discordant()).isZero();
        PairedDifference gain = result.freeze(provenance(arms, runs)).row("referendum-popular",
                Milestone.SIGNED, result.code().keyDates().get(keys - 1)).difference();
        assertThat(gain.excludesZero()).isTrue();
        assertThat(gain.lo()).isPositive();
    }

    /**
     * The library's own levers on 300 runs: dropping the precondition, or a more popular
     * referendum. Both should only ever add signatures. Run by run this is exact for
     * no-precondition (the runs are identical until initialing; then the variant signs after
     * signingDays while the base waits for its vote, under the same pauses). For
     * popular-referendum it is nearly so: after a vote that fails in the base and passes in the
     * variant, the base reopens the constitution, which changes its spoiler hazard, and a spoiler
     * incident can then delay the variant's signature past a base that renegotiated fast. So the
     * tolerance: at most 1% of runs signed in the baseline only.
     */
    @Test
    void theLibrarysLeversOnlyAddSignatures() throws Exception {
        int runs = 300;
        Scenario baseline = load(Path.of("scenarios/baseline-2024-09.yaml"));
        List<PairedRuns.Arm> arms = List.of(arm(baseline, baseline.seed(), runs),
                arm(load(Path.of("scenarios/no-precondition.yaml")), baseline.seed(), runs),
                arm(load(Path.of("scenarios/popular-referendum.yaml")), baseline.seed(), runs));
        PairedRuns.Result result = run(2, arms, runs);
        int keys = result.code().keyDates().size();
        for (int k = 0; k < keys; k++) {
            assertThat(result.signedBy(1, k).firstOnly()).as("no-precondition, key date %d", k).isZero();
            assertThat(result.signedBy(2, k).firstOnly()).as("popular-referendum, key date %d", k)
                    .isLessThanOrEqualTo(runs / 100);
        }
        assertThat(result.signedBy(1, keys - 1).secondOnly()).isPositive();
        assertThat(result.signedBy(2, keys - 1).secondOnly()).isPositive();
        // Neither lever acts before the text is agreed.
        assertThat(result.textAgreed(1).discordant()).isZero();
        assertThat(result.textAgreed(2).discordant()).isZero();
    }

    @Test
    void theSameCountsOnAnyNumberOfThreads() throws Exception {
        int runs = 300;
        List<PairedRuns.Arm> arms = List.of(arm(load(FIXTURES.resolve("referendum-base.yaml")), 7, runs),
                arm(load(FIXTURES.resolve("referendum-popular.yaml")), 7, runs));
        PairedComparison one = run(1, arms, runs).freeze(provenance(arms, runs));
        PairedComparison three = run(3, arms, runs).freeze(provenance(arms, runs));
        assertThat(three).isEqualTo(one);
    }

    /** The key-date rows and the forecast counts agree where they overlap (by the horizon). */
    @Test
    void rowsAgreeWithTheForecastCounts() throws Exception {
        int runs = 300;
        List<PairedRuns.Arm> arms = List.of(arm(load(FIXTURES.resolve("referendum-base.yaml")), 42, runs),
                arm(load(FIXTURES.resolve("referendum-popular.yaml")), 42, runs));
        PairedRuns.Result result = run(2, arms, runs);
        PairedComparison comparison = result.freeze(provenance(arms, runs));
        for (int arm = 0; arm < 2; arm++) {
            ForecastAccumulator counts = result.counts().get(arm);
            String id = arms.get(arm).scenario().id();
            assertThat(comparison.row(id, Milestone.SIGNED, comparison.horizon()).counts().secondCount())
                    .isEqualTo(counts.milestoneByHorizon(Milestone.SIGNED));
            assertThat(comparison.row(id, Milestone.TEXT_AGREED, comparison.horizon()).counts()
                    .secondCount()).isEqualTo(counts.milestoneByHorizon(Milestone.TEXT_AGREED));
            assertThat(comparison.scenarios().get(arm).outcomes().get("signed"))
                    .isEqualTo(comparison.row(id, Milestone.SIGNED, comparison.horizon()).probability());
        }
    }

    /**
     * A stand-in for the model that costs next to nothing, so a test can make many runs: run
     * i's text agreement and signature days come from a SplitMix64 hash of (salt, i), about half
     * of the runs agreeing and a share {@code signedShare} of those signing. Results depend on the
     * run index only, as the {@code RunSimulator} contract requires.
     */
    private record HashedSimulator(Scenario scenario, long salt, double signedShare)
            implements org.treatysim.model.RunSimulator {
        @Override
        public org.treatysim.model.RunResult run(int runIndex) {
            long h = mix(salt * 0x9E3779B97F4A7C15L + runIndex);
            long days = java.time.temporal.ChronoUnit.DAYS.between(scenario.start(), scenario.horizon());
            LocalDate text = (h & 1) == 0 ? scenario.start().plusDays(1 + Math.floorMod(h >> 1, days - 100)) : null;
            boolean signs = text != null && ((h >>> 40) & 1023) < signedShare * 1024;
            LocalDate signed = signs ? text.plusDays(1 + Math.floorMod(h >> 20, 99)) : null;
            return new org.treatysim.model.RunResult(runIndex, h, signs ? org.treatysim.model.Outcome.SIGNED
                    : org.treatysim.model.Outcome.STALLED, text, null, null, null, signed, null, 0, 0,
                    new double[] {Double.NaN, Double.NaN}, new double[] {0, 0}, new double[0]);
        }

        @Override
        public List<String> sampledParameterPaths() {
            return List.of();
        }

        private static long mix(long z) {
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            return z ^ (z >>> 31);
        }
    }

    /**
     * Half a million runs of two scenarios: the reference's codes take runs × 4 bits (4 key dates,
     * codes 0..9), 250,000 bytes (so 0.5 MB for 10⁶ runs), no more than runs × key dates bits;
     * every other scenario adds only its table of code pairs (10 × 10 counts), whatever the number
     * of runs.
     */
    @Test
    void memoryIsRunsTimesCodeBits() throws Exception {
        int runs = 500_000;
        Scenario toy = ToyScenarios.toy(11);
        List<PairedRuns.Arm> arms = List.of(new PairedRuns.Arm(toy, () -> new HashedSimulator(toy, 1, 0.3)),
                new PairedRuns.Arm(toy, () -> new HashedSimulator(toy, 1, 0.6)));
        PairedRuns.Result result = new PairedRuns(new MonteCarloEngine(2)).run(arms, KeyDates.defaults(toy), runs,
                ProgressListener.NONE);
        assertThat(result.code().keyDates()).hasSize(4);
        assertThat(result.referenceBytes()).isEqualTo(runs * 4L / 8);
        assertThat(result.referenceBytes() * 8).isLessThanOrEqualTo((long) runs * result.code().keyDates().size());
        PairedCounts horizon = result.signedBy(1, 3);
        assertThat(horizon.n()).isEqualTo(runs);
        // The variant signs in every run the reference signs (same hash, a larger share), and more.
        assertThat(horizon.firstOnly()).isZero();
        assertThat(horizon.secondOnly()).isPositive();
        assertThat(result.counts().get(1).runs()).isEqualTo(runs);
    }

    @Test
    void refusesScenariosWhoseRunsWouldNotPair() throws Exception {
        Scenario base = load(FIXTURES.resolve("referendum-base.yaml"));
        Scenario later = load(FIXTURES.resolve("referendum-later.yaml"));
        PairedRuns paired = new PairedRuns(new MonteCarloEngine(1));
        List<LocalDate> keys = KeyDates.defaults(base);
        assertThatThrownBy(() -> paired.run(List.of(arm(base, 1, 10), arm(base, 2, 10)), keys, 10,
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("seed");
        assertThatThrownBy(() -> paired.run(List.of(arm(base, 1, 10), arm(later, 1, 10)), keys, 10,
                ProgressListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-06-30");
        assertThatThrownBy(() -> paired.run(List.of(arm(base, 1, 10)), keys, 10, ProgressListener.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
