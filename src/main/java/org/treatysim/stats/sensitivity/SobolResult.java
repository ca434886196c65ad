package org.treatysim.stats.sensitivity;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Sobol indices of every factor of a Saltelli design.
 *
 * @param indices            one per factor, in the design's column order
 * @param baseSamples        N, the number of base samples the estimates rest on
 * @param outputVariance     Var(Y) estimated from the A and B rows (2N values), in the output's units squared
 * @param bootstrapResamples B, the bootstrap resamples behind the intervals
 * @param confidence         coverage the intervals aim at, e.g. 0.95
 */
public record SobolResult(List<SobolIndex> indices, int baseSamples, double outputVariance,
                          int bootstrapResamples, double confidence) {
    public SobolResult {
        indices = List.copyOf(indices);
    }

    /** The dummy factor's indices ({@link Factor#DUMMY}), the noise floor, when the design has it. */
    public Optional<SobolIndex> dummy() {
        return indices.stream().filter(i -> i.parameter().equals(Factor.DUMMY)).findFirst();
    }

    /** The indices ordered from the most to the least influential by total index (for a tornado chart). */
    public List<SobolIndex> byTotalDescending() {
        return indices.stream().sorted(Comparator.comparingDouble(SobolIndex::total).reversed()).toList();
    }
}
