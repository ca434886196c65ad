package org.treatysim.stats;

import java.util.Arrays;

/**
 * Counts in equal-width bins over [min, max]; the last bin includes max.
 *
 * @param label  what is counted, for chart axes
 * @param min    left edge of the first bin
 * @param max    right edge of the last bin, &gt; min
 * @param counts runs per bin (a copy is kept)
 */
public record Histogram(String label, double min, double max, long[] counts) {
    public Histogram {
        counts = counts.clone();
    }

    /** Runs per bin; a copy. */
    @Override
    public long[] counts() {
        return counts.clone();
    }

    /** Total runs counted. */
    public long total() {
        return Arrays.stream(counts).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Histogram h && label.equals(h.label) && min == h.min && max == h.max
                && Arrays.equals(counts, h.counts);
    }

    @Override
    public int hashCode() {
        return label.hashCode() * 31 + Arrays.hashCode(counts);
    }
}
