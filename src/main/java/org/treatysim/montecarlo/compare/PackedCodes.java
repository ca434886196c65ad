package org.treatysim.montecarlo.compare;

/**
 * The codes of a scenario's runs, one per run in run order, packed at a fixed number of bits: the
 * reference scenario's outcomes, kept so that every later scenario's run i can be paired with it.
 * Memory is runs × bits / 8 bytes (10⁶ runs at 4 bits: 0.5 MB). Filled by one writer in run
 * order; read after filling.
 */
final class PackedCodes {
    private final int bits;
    private final long mask;
    private final long[] words;
    private final int capacity;
    private int size;

    /**
     * @param capacity runs to hold, &ge; 0
     * @param bits     bits per code, in [1, 31] (codes are non-negative ints)
     */
    PackedCodes(int capacity, int bits) {
        if (capacity < 0 || bits < 1 || bits > 31) throw new IllegalArgumentException("need capacity >= 0, 1 <= bits <= 31");
        this.capacity = capacity;
        this.bits = bits;
        this.mask = (1L << bits) - 1;
        this.words = new long[(int) (((long) capacity * bits + 63) / 64)];
    }

    /** Codes held so far. */
    int size() {
        return size;
    }

    /** Appends the next run's code, in [0, 2^bits). */
    void append(int code) {
        if (size == capacity) throw new IllegalStateException("full: " + capacity + " codes");
        if (code < 0 || code > mask) throw new IllegalArgumentException("code " + code + " does not fit " + bits + " bits");
        long bit = (long) size * bits;
        int word = (int) (bit >>> 6);
        int shift = (int) (bit & 63);
        words[word] |= (long) code << shift;
        if (shift + bits > 64) {
            words[word + 1] |= (long) code >>> (64 - shift);
        }
        size++;
    }

    /** The code of run {@code index}, in [0, size). */
    int get(int index) {
        if (index < 0 || index >= size) throw new IndexOutOfBoundsException("run " + index + " of " + size);
        long bit = (long) index * bits;
        int word = (int) (bit >>> 6);
        int shift = (int) (bit & 63);
        long value = words[word] >>> shift;
        if (shift + bits > 64) {
            value |= words[word + 1] << (64 - shift);
        }
        return (int) (value & mask);
    }

    /** Bytes of code storage (for tests of the memory bound). */
    long storageBytes() {
        return 8L * words.length;
    }
}
