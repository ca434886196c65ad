package org.treatysim.montecarlo.sweep;

import java.util.List;
import java.util.Optional;
import org.treatysim.model.spec.Components;
import org.treatysim.model.spec.Scenario;
import org.treatysim.stats.sensitivity.Design;
import org.treatysim.stats.sensitivity.Factor;
import org.treatysim.stats.sensitivity.Prcc;
import org.treatysim.stats.sensitivity.PrccIndex;
import org.treatysim.stats.sensitivity.PrimPruning;
import org.treatysim.stats.sensitivity.PrimResult;
import org.treatysim.stats.sensitivity.SobolIndex;
import org.treatysim.stats.sensitivity.SobolResult;

/**
 * A finished sweep: the design, the target at every point, and what was learnt from them.
 *
 * @param scenario    the scenario swept, with the plan's master seed
 * @param plan        how it was run
 * @param factors     the factors, in the design's column order (a Sobol design has the dummy,
 *                    {@link Factor#DUMMY}, as a last column besides)
 * @param design      the points
 * @param estimates   the target at every point
 * @param sobol       Sobol indices ({@code sobol} method, when the target varies), the dummy's
 *                    among them
 * @param prcc        partial rank correlations, in column order ({@code lhs} and {@code grid},
 *                    when the target varies); empty otherwise
 * @param covering    PRIM's boxes for "target ≥ threshold" ({@link PrimPruning#cover}), best
 *                    first, as found and simplified; none when no point reaches the threshold,
 *                    the target does not vary, or no simplified box is denser than the whole
 *                    design
 * @param indicesNote why there are no indices, in words, when there are none; with indices, what
 *                    to keep in mind when reading them, when there is something
 * @param boxesNote   why there is no box, in words, when there is none
 */
public record SweepResult(Scenario scenario, SweepPlan plan, List<Factor> factors, Design design,
                          PointEstimates estimates, Optional<SobolResult> sobol, List<PrccIndex> prcc,
                          PrimPruning.Covering covering, Optional<String> indicesNote, Optional<String> boxesNote) {
    public SweepResult {
        Components.requireNonNull("scenario, plan, design, estimates, sobol, covering, indicesNote, boxesNote",
                scenario, plan, design, estimates, sobol, covering, indicesNote, boxesNote);
        factors = List.copyOf(factors);
        prcc = List.copyOf(prcc);
        if (design.size() != estimates.size()) {
            throw new IllegalArgumentException(estimates.size() + " estimates for " + design.size() + " points");
        }
    }

    /** PRIM's boxes as PRIM found them, best first; possibly none. */
    public List<PrimResult> boxes() {
        return covering.found();
    }

    /**
     * Each of {@link #boxes()} with the restrictions that add nothing significant dropped, in the
     * same order: what the sentences describe; they hold disjoint points, each denser than the
     * whole design.
     */
    public List<PrimPruning.Pruned> simplified() {
        return covering.simplified();
    }

    /** Whether sensitivity indices could be computed. */
    public boolean hasIndices() {
        return sobol.isPresent() || !prcc.isEmpty();
    }

    /**
     * Factor names from the most to the least influential (by total Sobol index or by |PRCC|);
     * empty without indices. The dummy of a Sobol design is not a factor and is left out.
     */
    public List<String> ranking() {
        if (sobol.isPresent()) {
            return sobol.get().byTotalDescending().stream().map(SobolIndex::parameter)
                    .filter(name -> !name.equals(Factor.DUMMY)).toList();
        }
        return Prcc.byStrength(prcc).stream().map(PrccIndex::parameter).toList();
    }

    /** What a positive point is, e.g. "P(signed by 2025-12-31) ≥ 0.5". */
    public String outcome() {
        return plan.target().atLeast(plan.threshold());
    }

    /** The first simplified box's sentence for the brief, e.g. "P(signed by …) ≥ 0.5 in 83% of cases where …". */
    public Optional<String> primSentence() {
        return simplified().isEmpty() ? Optional.empty() : Optional.of(simplified().get(0).box().sentence(outcome()));
    }

    /** The first simplified box's coverage sentence ("These cases hold …"). */
    public Optional<String> primCoverageSentence() {
        return simplified().isEmpty() ? Optional.empty()
                : Optional.of(simplified().get(0).box().coverageSentence(outcome()));
    }
}
