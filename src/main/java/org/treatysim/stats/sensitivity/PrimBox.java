package org.treatysim.stats.sensitivity;

import java.util.List;

/**
 * A box of PRIM's peeling trajectory or a chosen box: the cases whose factors satisfy every
 * restriction, and how well they single out the cases where the output reaches the threshold
 * (the "positive" cases).
 *
 * @param restrictions the restricted factors only, in column order; empty for the whole space
 * @param cases        design points in the box
 * @param positives    of which positive
 * @param coverage     positives in the box / positives in all the data, in [0, 1]
 *                     (how much of the phenomenon the box explains)
 * @param density      positives in the box / cases in the box, in [0, 1]
 *                     (how reliably the box's conditions lead to it)
 * @param support      cases in the box / cases in all the data, in (0, 1]
 */
public record PrimBox(List<Restriction> restrictions, int cases, int positives, double coverage, double density,
                      double support) {
    public PrimBox {
        restrictions = List.copyOf(restrictions);
    }

    /**
     * A sentence for a brief, e.g. "P(signed by end-2025) ≥ 0.5 in 83% of cases where
     * parties.AZE.patienceDays ≤ 500 and ratification.referendum.support ≥ 0.45". Only restricted
     * factors are named; a box without restrictions reads "... in 35% of all cases".
     *
     * @param outcome what "positive" means, e.g. "P(signed by end-2025) ≥ 0.5"
     */
    public String sentence(String outcome) {
        String share = percent(density);
        if (restrictions.isEmpty()) {
            return outcome + " in " + share + " of all cases";
        }
        StringBuilder text = new StringBuilder(outcome).append(" in ").append(share).append(" of cases where ");
        for (int i = 0; i < restrictions.size(); i++) {
            if (i > 0) {
                text.append(i == restrictions.size() - 1 ? " and " : ", ");
            }
            text.append(restrictions.get(i).describe());
        }
        return text.toString();
    }

    /**
     * The companion sentence on coverage and support, e.g. "These cases hold 72% of all cases
     * where P(signed by end-2025) ≥ 0.5, and 31% of all cases."
     */
    public String coverageSentence(String outcome) {
        return "These cases hold " + percent(coverage) + " of all cases where " + outcome + ", and "
                + percent(support) + " of all cases.";
    }

    private static String percent(double share) {
        return Math.round(100 * share) + "%";
    }
}
