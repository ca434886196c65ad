package org.treatysim.stats.abc;

import java.util.Comparator;
import java.util.List;

/**
 * How conditioning on the observations changed one uncertain parameter: a row of
 * {@code posterior.csv}.
 *
 * @param parameter    dotted scenario path
 * @param prior        the parameter over all runs made (its draws from the scenario's distribution)
 * @param posterior    the parameter over the accepted runs
 * @param shift        (posterior mean - prior mean) / prior sd: how far the mean moved, in prior
 *                     standard deviations (0 when the prior does not vary)
 * @param ksDistance   Kolmogorov–Smirnov distance between prior and posterior, in [0, 1]: the
 *                     largest gap between their CDFs. Near 0 when the observations say nothing
 *                     about the parameter; with n accepted runs, values below about 1.36 / sqrt(n)
 *                     are within sampling noise
 */
public record ParameterPosterior(String parameter, DistributionSummary prior, DistributionSummary posterior,
                                 double shift, double ksDistance) {

    /** The rows ordered by |shift|, largest first: "the parameters that shifted most". */
    public static List<ParameterPosterior> byShift(List<ParameterPosterior> rows) {
        return rows.stream().sorted(Comparator.comparingDouble((ParameterPosterior p) -> Math.abs(p.shift()))
                .reversed()).toList();
    }
}
