package org.treatysim.stats.sensitivity;

import java.util.List;

/**
 * PRIM's answer for one box: the whole peeling trajectory (for {@code boxes.csv} and for an
 * analyst who prefers another trade-off between coverage and density), the step chosen by the
 * rule of {@link PrimOptions}, and the chosen box after pasting.
 *
 * @param threshold     cases with output &ge; threshold are positive
 * @param cases         cases the box was peeled from (all cases for the first box; those left
 *                      outside earlier boxes for later ones, the simplified boxes in
 *                      {@link PrimPruning#cover})
 * @param positives     positive cases among them
 * @param trajectory    step 0 is the whole space; each later step one peel
 * @param selectedStep  index into {@code trajectory} of the box chosen before pasting
 * @param box           the chosen box, after pasting when pasting is on
 */
public record PrimResult(double threshold, int cases, int positives, List<PrimBox> trajectory, int selectedStep,
                         PrimBox box) {
    public PrimResult {
        trajectory = List.copyOf(trajectory);
    }
}
