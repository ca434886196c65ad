package org.treatysim.report.sweep;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.treatysim.model.spec.Components;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.PrimResult;
import org.treatysim.stats.sensitivity.SobolResult;

/**
 * Everything sweep.json holds: where the sweep came from, how it was run, what it found.
 *
 * @param provenance   scenario id and title, total runs, master seed, scenario SHA-256, version,
 *                     Java, time of writing
 * @param targetEvent  the target's event key, e.g. {@code signed}
 * @param targetDate   the target's date
 * @param targetText   the target in words, e.g. {@code P(signed by 2026-12-31)}
 * @param threshold    PRIM's threshold, in [0, 1]
 * @param outcome      what a positive point is, e.g. {@code P(signed by 2026-12-31) ≥ 0.5}
 * @param method       {@code lhs}, {@code sobol} or {@code grid}
 * @param samples      LHS points or Sobol base samples N; 0 for a grid
 * @param levels       grid levels per factor; 0 otherwise
 * @param runsPerPoint R, runs at every point (indices 0..R-1 at each)
 * @param factors      the factors, in design column order
 * @param points       design points
 * @param spread       the target over the points
 * @param sobol        Sobol indices, for a Sobol design whose target varies
 * @param prcc         partial rank correlations, strongest first (LHS and grid); may be empty
 * @param boxes        PRIM boxes, best first; may be empty
 * @param simplified   each box with its insignificant restrictions dropped, in the same order;
 *                     what the sentences describe
 * @param indicesNote  why there are no indices, when there are none; with indices, a caveat on
 *                     reading them, when there is one
 * @param boxesNote    why there is no box, when there is none
 * @param tornado      whether charts/tornado.png and .svg were drawn (not without indices)
 */
public record SweepSummary(Provenance provenance, String targetEvent, LocalDate targetDate, String targetText,
                           double threshold, String outcome, String method, int samples, int levels,
                           int points, int runsPerPoint, List<FactorEntry> factors, Spread spread,
                           Optional<SobolResult> sobol, List<PrccIndex> prcc, List<PrimResult> boxes,
                           List<PrimPruning.Pruned> simplified,
                           Optional<String> indicesNote, Optional<String> boxesNote, boolean tornado) {

    /**
     * One factor as swept.
     *
     * @param parameter    dotted scenario path
     * @param distribution the distribution swept, in scenario-file spelling
     * @param from         {@code scenario} (its own distribution) or {@code --vary}
     */
    public record FactorEntry(String parameter, String distribution, String from) {
        public FactorEntry {
            Components.requireNonNull("parameter, distribution, from", parameter, distribution, from);
        }
    }

    public SweepSummary {
        Components.requireNonNull("provenance, targetEvent, targetDate, targetText, outcome, method, spread, sobol,"
                + " indicesNote, boxesNote", provenance, targetEvent, targetDate, targetText, outcome, method, spread,
                sobol, indicesNote, boxesNote);
        factors = List.copyOf(factors);
        prcc = List.copyOf(prcc);
        boxes = List.copyOf(boxes);
        simplified = List.copyOf(simplified);
        if (simplified.size() != boxes.size()) {
            throw new IllegalArgumentException(simplified.size() + " simplified boxes for " + boxes.size());
        }
        if (points < 1 || runsPerPoint < 1) {
            throw new IllegalArgumentException("a sweep has at least one point and one run per point");
        }
    }

    /**
     * How the target spreads over the design points.
     *
     * @param min    smallest value
     * @param median middle value (the mean of the two middle ones for an even count)
     * @param mean   average over the points
     * @param max    largest value
     */
    public record Spread(double min, double median, double mean, double max) {
        /** The spread of these values (at least one). */
        public static Spread of(double[] values) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int n = sorted.length;
            if (n == 0) throw new IllegalArgumentException("no values");
            double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
            return new Spread(sorted[0], median, Arrays.stream(sorted).average().orElseThrow(), sorted[n - 1]);
        }
    }

    /** The first simplified box's sentence for the brief, if there is a box. */
    public Optional<String> primSentence() {
        return simplified.isEmpty() ? Optional.empty() : Optional.of(simplified.get(0).box().sentence(outcome));
    }

    /** The first simplified box's coverage sentence, if there is a box. */
    public Optional<String> primCoverageSentence() {
        return simplified.isEmpty() ? Optional.empty()
                : Optional.of(simplified.get(0).box().coverageSentence(outcome));
    }
}
