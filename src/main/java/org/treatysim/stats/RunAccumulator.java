package org.treatysim.stats;

import org.treatysim.model.RunResult;

/**
 * A statistic over runs that one thread fills and that merges with others of its kind.
 *
 * <p>The Monte Carlo engine gives every worker thread its own accumulator, so implementations
 * need no locking; at the end it merges them in a fixed order. Implementations whose state is
 * integer counts merge exactly, so the merged result does not depend on which thread saw which
 * run.
 *
 * @param <A> the implementing type, so that {@link #merge} takes its own kind
 */
public interface RunAccumulator<A extends RunAccumulator<A>> {

    /** Counts one run. */
    void add(RunResult result);

    /** Adds everything {@code other} has counted; {@code other} is left unchanged. */
    void merge(A other);
}
