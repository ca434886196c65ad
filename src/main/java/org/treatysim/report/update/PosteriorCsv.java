package org.treatysim.report.update;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.treatysim.report.files.Csv;
import org.treatysim.report.files.Numbers;
import org.treatysim.stats.abc.DistributionSummary;
import org.treatysim.stats.abc.ParameterPosterior;

/**
 * posterior.csv: one row per uncertain parameter, the parameters that moved most first (by
 * |shift|), with the prior (all runs made) and the posterior (the accepted runs) side by side.
 *
 * <p>Columns: {@code parameter}, then for the prior and the posterior {@code mean, sd, q05, q25,
 * median, q75, q95} (in the parameter's units; quantiles within one histogram bin, 1/1000 of the
 * range, of the sample quantiles), then {@code shift} ((posterior mean − prior mean) / prior sd)
 * and {@code ks} (Kolmogorov–Smirnov distance, in [0, 1]).
 */
public final class PosteriorCsv {
    /** The header line, without its newline. */
    public static final String HEADER = "parameter,prior_mean,prior_sd,prior_q05,prior_q25,prior_median,prior_q75,"
            + "prior_q95,posterior_mean,posterior_sd,posterior_q05,posterior_q25,posterior_median,posterior_q75,"
            + "posterior_q95,shift,ks";

    private PosteriorCsv() { }

    /** Writes the header and one line per parameter, largest |shift| first; does not close {@code out}. */
    public static void write(List<ParameterPosterior> rows, Writer out) throws IOException {
        Csv.write(HEADER, ParameterPosterior.byShift(rows), (row, text) -> {
            text.append(Csv.plain(row.parameter()));
            summary(text, row.prior());
            summary(text, row.posterior());
            text.append(',').append(Numbers.format(row.shift())).append(',').append(Numbers.format(row.ksDistance()));
        }, out);
    }

    private static void summary(StringBuilder text, DistributionSummary s) {
        for (double v : new double[] {s.mean(), s.sd(), s.q05(), s.q25(), s.median(), s.q75(), s.q95()}) {
            text.append(',').append(Numbers.format(v));
        }
    }
}
