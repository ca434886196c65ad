package org.treatysim.stats;

/**
 * The 2×2 table of paired runs for one event (e.g. "signed by 2025-12-31") in two scenarios, the
 * first being the reference: run i of both scenarios used the same run index, so the two outcomes
 * of run i form a pair (common random numbers).
 *
 * <pre>
 *                      second: yes    second: no
 *   first: yes           both          firstOnly
 *   first: no          secondOnly       neither
 * </pre>
 *
 * Only the discordant pairs ({@code firstOnly}, {@code secondOnly}) carry information about the
 * difference of the two probabilities.
 *
 * @param both       runs in which the event happened in both scenarios, &ge; 0
 * @param firstOnly  runs in which it happened in the first scenario only, &ge; 0
 * @param secondOnly runs in which it happened in the second scenario only, &ge; 0
 * @param neither    runs in which it happened in neither, &ge; 0
 */
public record PairedCounts(long both, long firstOnly, long secondOnly, long neither) {
    public PairedCounts {
        if (both < 0 || firstOnly < 0 || secondOnly < 0 || neither < 0) {
            throw new IllegalArgumentException("counts must be >= 0, got " + both + ", " + firstOnly + ", "
                    + secondOnly + ", " + neither);
        }
    }

    /** Pairs (runs), the sum of the four cells. */
    public long n() {
        return both + firstOnly + secondOnly + neither;
    }

    /** Runs in which the event happened in the first scenario. */
    public long firstCount() {
        return both + firstOnly;
    }

    /** Runs in which the event happened in the second scenario. */
    public long secondCount() {
        return both + secondOnly;
    }

    /** Runs whose two outcomes differ. */
    public long discordant() {
        return firstOnly + secondOnly;
    }

    /** The estimated difference P(second) − P(first) = (secondOnly − firstOnly) / n, in [−1, 1]. */
    public double difference() {
        long n = n();
        if (n < 1) throw new IllegalStateException("no pairs");
        return (double) (secondOnly - firstOnly) / n;
    }
}
