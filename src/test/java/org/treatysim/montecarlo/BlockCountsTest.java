package org.treatysim.montecarlo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.ForecastAccumulator;

/**
 * The block codec: the counts of a job's blocks, encoded, decoded and merged in block order, are
 * bit for bit those of the engine running the whole job; what is not of the format, cut short,
 * altered, or of another job is told apart.
 */
class BlockCountsTest {
    private static final int RUNS = 5_000;

    private static JobIdentity job(long seed) {
        return new JobIdentity("run", "ab".repeat(32), seed, BlockPlan.of(RUNS), "", "0.1.0");
    }

    private static ForecastAccumulator engine(int first, int count) throws InterruptedException {
        return new MonteCarloEngine(2).run(() -> new ToySimulator(MonteCarloEngineTest.SCENARIO), first, count,
                () -> new ForecastAccumulator(MonteCarloEngineTest.LAYOUT), null, "runs", ProgressListener.NONE);
    }

    @Test
    void blocksEncodedDecodedAndMergedInOrderAreTheWholeJobBitForBit() throws Exception {
        BlockPlan plan = BlockPlan.of(RUNS);
        assertThat(plan.blocks()).isEqualTo(20);
        ForecastAccumulator merged = new ForecastAccumulator(MonteCarloEngineTest.LAYOUT);
        for (int shard = 1; shard <= 3; shard++) {
            BlockPlan.Range range = plan.shard(shard, 3);
            ForecastAccumulator part = engine((int) plan.start(range.first()), (int) plan.indicesIn(range));
            BlockCounts written = new BlockCounts(job(7), shard, 3, range, "baseline.yaml", List.of("--runs", "5000"),
                    part.toCounts());
            BlockCounts read = BlockCounts.decode(written.encode());
            assertThat(read).isEqualTo(written);
            merged.merge(ForecastAccumulator.ofCounts(MonteCarloEngineTest.LAYOUT, read.counts()));
        }
        assertThat(merged.toCounts()).isEqualTo(engine(0, RUNS).toCounts());
        assertThat(merged.runs()).isEqualTo(RUNS);
    }

    @Test
    void shardsCoverEveryBlockOnceInOrder() {
        BlockPlan plan = BlockPlan.of(10_000_000);
        assertThat(plan.blockSize()).isEqualTo(BlockPlan.MAX_BLOCK);
        int next = 0;
        for (int k = 1; k <= 7; k++) {
            BlockPlan.Range range = plan.shard(k, 7);
            assertThat(range.first()).isEqualTo(next);
            next = range.end();
        }
        assertThat(next).isEqualTo(plan.blocks());
        assertThat(plan.start(plan.blocks())).isEqualTo(10_000_000);
        assertThatThrownBy(() -> BlockPlan.of(300).shard(1, 3)).hasMessageContaining("only 2 blocks of 256 runs");
        assertThatThrownBy(() -> plan.shard(0, 3)).hasMessageContaining("expected K/N with 1 <= K <= N");
    }

    @Test
    void whatIsNotBlockCountsOrWasCutOrAlteredIsRefused() {
        byte[] good = new BlockCounts(job(7), 1, 1, BlockPlan.of(RUNS).all(), "s.yaml", List.of(), new long[] {1, 2, 3})
                .encode();
        assertThatThrownBy(() -> BlockCounts.decode("scenario: x\n".getBytes()))
                .isInstanceOf(BlockCounts.MalformedException.class).hasMessageContaining("not treatysim block counts");
        byte[] cut = Arrays.copyOf(good, good.length - 5);
        assertThatThrownBy(() -> BlockCounts.decode(cut)).isInstanceOf(BlockCounts.MalformedException.class);
        byte[] altered = good.clone();
        altered[altered.length - 12] ^= 1;
        assertThatThrownBy(() -> BlockCounts.decode(altered)).hasMessageContaining("checksum");
    }

    @Test
    void anotherJobsCountsSayHowTheyDiffer() {
        JobIdentity mine = job(7);
        JobIdentity theirs = new JobIdentity("run", "cd".repeat(32), 8, BlockPlan.of(RUNS), "", "0.2.0");
        assertThat(mine.differences(mine)).isEmpty();
        assertThat(mine.differences(theirs)).containsExactly("scenario SHA-256 " + "cd".repeat(32) + " (expected "
                + "ab".repeat(32) + ")", "seed 8 (expected 7)", "treatysim version 0.2.0 (expected 0.1.0)");
    }

    @Test
    void aJobStoppedAfterACheckpointAndResumedCountsWhatTheWholeJobCounts() throws Exception {
        BlockPlan plan = BlockPlan.of(200_000);
        List<BlockCounts> saved = new ArrayList<>();
        Checkpoints<ForecastAccumulator> keeping = new Checkpoints<>() {
            @Override
            public Optional<Resumed<ForecastAccumulator>> resume(BlockPlan p, BlockPlan.Range r) {
                return Optional.empty();
            }

            @Override
            public void save(BlockPlan p, BlockPlan.Range r, int nextBlock, ForecastAccumulator merged) {
                JobIdentity job = new JobIdentity("run", "ab".repeat(32), 7, p, "", "0.1.0");
                saved.add(new BlockCounts(job, 1, 1, new BlockPlan.Range(r.first(), nextBlock), "s.yaml", List.of(),
                        merged.toCounts()));
            }

            @Override
            public long intervalNanos() {
                return 0;
            }
        };
        MonteCarloEngine engine = new MonteCarloEngine(2);
        ForecastAccumulator whole = BlockRunner.run(engine, () -> new ToySimulator(MonteCarloEngineTest.SCENARIO), plan,
                plan.all(), () -> new ForecastAccumulator(MonteCarloEngineTest.LAYOUT), null, "runs",
                ProgressListener.NONE, keeping, System::nanoTime);
        assertThat(saved).hasSizeGreaterThan(2);
        BlockCounts second = saved.get(1);
        Checkpoints<ForecastAccumulator> fromSecond = new Checkpoints<>() {
            @Override
            public Optional<Resumed<ForecastAccumulator>> resume(BlockPlan p, BlockPlan.Range r) {
                return Optional.of(new Resumed<>(second.range().end(),
                        ForecastAccumulator.ofCounts(MonteCarloEngineTest.LAYOUT, second.counts())));
            }

            @Override
            public void save(BlockPlan p, BlockPlan.Range r, int nextBlock, ForecastAccumulator merged) {
            }

            @Override
            public long intervalNanos() {
                return Long.MAX_VALUE;
            }
        };
        List<Long> firstProgress = new ArrayList<>();
        ForecastAccumulator resumed = BlockRunner.run(engine, () -> new ToySimulator(MonteCarloEngineTest.SCENARIO),
                plan, plan.all(), () -> new ForecastAccumulator(MonteCarloEngineTest.LAYOUT), null, "runs",
                (stage, done, total) -> firstProgress.add(done), fromSecond, System::nanoTime);
        assertThat(resumed.toCounts()).isEqualTo(whole.toCounts()).isEqualTo(engine(0, 200_000).toCounts());
        assertThat(firstProgress.get(0)).isEqualTo(plan.start(second.range().end()));
    }

    @Test
    void countsOfTheWrongShapeAreRefused() {
        long[] counts = new ForecastAccumulator(MonteCarloEngineTest.LAYOUT).toCounts();
        assertThatThrownBy(() -> ForecastAccumulator.ofCounts(MonteCarloEngineTest.LAYOUT,
                Arrays.copyOf(counts, counts.length + 1))).hasMessageContaining("counts, but this scenario");
        counts[3] = -1;
        assertThatThrownBy(() -> ForecastAccumulator.ofCounts(MonteCarloEngineTest.LAYOUT, counts))
                .hasMessageContaining("negative");
    }
}
