package org.treatysim.model;

import ec.util.MersenneTwisterFast;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * The one adapter through which Commons Math distributions get randomness: it forwards every
 * call to a MASON {@link MersenneTwisterFast}. Reseeding through this adapter reseeds the
 * wrapped generator (the {@code int[]} form keeps all bits). Not thread-safe, like the generator.
 */
public final class MersenneTwisterRandomGenerator implements RandomGenerator {
    private final MersenneTwisterFast generator;

    /** Wraps {@code generator}; draws advance it. */
    public MersenneTwisterRandomGenerator(MersenneTwisterFast generator) {
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** The wrapped MASON generator. */
    public MersenneTwisterFast generator() {
        return generator;
    }

    @Override
    public void setSeed(int seed) {
        generator.setSeed(new int[] {seed});
    }

    @Override
    public void setSeed(int[] seed) {
        generator.setSeed(seed);
    }

    @Override
    public void setSeed(long seed) {
        generator.setSeed(new int[] {(int) seed, (int) (seed >>> 32)});
    }

    @Override
    public void nextBytes(byte[] bytes) {
        generator.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return generator.nextInt();
    }

    @Override
    public int nextInt(int n) {
        return generator.nextInt(n);
    }

    @Override
    public long nextLong() {
        return generator.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return generator.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return generator.nextFloat();
    }

    @Override
    public double nextDouble() {
        return generator.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return generator.nextGaussian();
    }
}
