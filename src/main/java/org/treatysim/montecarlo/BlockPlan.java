package org.treatysim.montecarlo;

/**
 * A job's run indices {@code 0 .. indices − 1} cut into consecutive blocks of {@code blockSize}
 * (the last may be shorter): the unit that shards, checkpoints and cluster tasks count in. The
 * block size follows from the number of indices alone ({@link #of}), so every machine that plans
 * the same job cuts it the same way.
 *
 * @param indices   run indices of the job (runs, or design points × runs per point), &ge; 1
 * @param blockSize indices per block, &ge; 1
 */
public record BlockPlan(long indices, int blockSize) {
    /** Fewest indices per block: a block should keep two threads busy for a while. */
    public static final int MIN_BLOCK = 256;
    /** Most indices per block: a block of the baseline takes a few seconds on one core. */
    public static final int MAX_BLOCK = 65_536;
    /** Blocks a job is cut into when that keeps the blocks within their bounds. */
    public static final int TARGET_BLOCKS = 64;

    public BlockPlan {
        if (indices < 1 || indices - 1 > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("a job has 1 to 2^31 run indices, not " + indices);
        }
        if (blockSize < 1) throw new IllegalArgumentException("block size must be >= 1, not " + blockSize);
    }

    /** The plan of a job of {@code indices} run indices: about {@value #TARGET_BLOCKS} blocks, each within the bounds. */
    public static BlockPlan of(long indices) {
        long size = (indices + TARGET_BLOCKS - 1) / TARGET_BLOCKS;
        return new BlockPlan(indices, (int) Math.min(MAX_BLOCK, Math.max(MIN_BLOCK, size)));
    }

    /** Number of blocks. */
    public int blocks() {
        return (int) ((indices + blockSize - 1) / blockSize);
    }

    /** First run index of {@code block}; {@code start(blocks())} is {@link #indices}. */
    public long start(int block) {
        if (block < 0 || block > blocks()) throw new IllegalArgumentException("no block " + block);
        return Math.min(indices, (long) block * blockSize);
    }

    /** Every block. */
    public Range all() {
        return new Range(0, blocks());
    }

    /**
     * The K-th of N shards: a run of consecutive blocks, the shards in order covering every block
     * once and differing in size by one block at most.
     *
     * @param shard K, in [1, shards]
     * @param shards N, in [1, {@link #blocks()}]
     */
    public Range shard(int shard, int shards) {
        if (shards < 1 || shard < 1 || shard > shards) {
            throw new IllegalArgumentException("shard " + shard + "/" + shards + ": expected K/N with 1 <= K <= N");
        }
        if (shards > blocks()) {
            throw new IllegalArgumentException("shard " + shard + "/" + shards + ": this job has only " + blocks()
                    + " block" + (blocks() == 1 ? "" : "s") + " of " + blockSize + " runs, so at most " + blocks()
                    + " shard" + (blocks() == 1 ? "" : "s"));
        }
        return new Range((int) ((long) blocks() * (shard - 1) / shards), (int) ((long) blocks() * shard / shards));
    }

    /** Run indices in {@code range}. */
    public long indicesIn(Range range) {
        return start(range.end()) - start(range.first());
    }

    /**
     * Consecutive blocks {@code first .. end − 1}.
     *
     * @param first first block, &ge; 0
     * @param end   one past the last block, &ge; first
     */
    public record Range(int first, int end) {
        public Range {
            if (first < 0 || end < first) throw new IllegalArgumentException("no blocks " + first + ".." + end);
        }
    }
}
