package org.treatysim.model;

/**
 * A run's random stream for a mechanism that draws a handful of numbers per run at most
 * (docs/model.md section 11): a SplitMix64 sequence (Steele, Lea &amp; Flood 2014) started from the
 * run's seed and the mechanism's tag. Seeding a Mersenne Twister (624 words, about as long as the
 * rest of a run's set-up) would cost more than the draws; SplitMix64 starts at once and its outputs
 * pass BigCrush, which is ample for a few numbers. Its draws depend only on the run's seed and the
 * mechanism, not on any other stream.
 */
final class SplitMixStream {
    /** 2^64 / golden ratio, the SplitMix64 increment. */
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final long tag;
    private long state;
    private boolean haveSpare;
    private double spare;

    SplitMixStream(RunStreams.Stream stream) {
        this.tag = stream.tag();
    }

    /** Starts the run's sequence: the next draw is the first of run {@code runSeed}'s stream. */
    void beginRun(long runSeed) {
        state = RunStreams.mix(runSeed + GOLDEN_GAMMA * tag);
        haveSpare = false;
    }

    /** A uniform on [0, 1), from the top 53 bits of the next output. */
    double nextDouble() {
        state += GOLDEN_GAMMA;
        return (RunStreams.mix(state) >>> 11) * 0x1.0p-53;
    }

    /** A standard normal by Marsaglia's polar method on {@code StrictMath} (the same bits everywhere). */
    double nextGaussian() {
        if (haveSpare) {
            haveSpare = false;
            return spare;
        }
        double v1;
        double v2;
        double s;
        do {
            v1 = 2 * nextDouble() - 1;
            v2 = 2 * nextDouble() - 1;
            s = v1 * v1 + v2 * v2;
        } while (s >= 1 || s == 0);
        double multiplier = StrictMath.sqrt(-2 * StrictMath.log(s) / s);
        spare = v2 * multiplier;
        haveSpare = true;
        return v1 * multiplier;
    }
}
