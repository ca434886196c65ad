package org.treatysim.stats.abc;

import java.util.ArrayList;
import java.util.List;
import org.treatysim.model.spec.Quantity;
import org.treatysim.stats.sensitivity.Factor;

/**
 * Prior and posterior samples of every uncertain parameter for rejection ABC, in memory that
 * does not grow with the number of runs. Feed it each run's sampled parameters and whether the
 * run matched the observations; keep one per thread and {@link #merge} them.
 *
 * <p>Each parameter gets two {@link BinnedSample}s with the same bins: over its distribution's
 * range when bounded, and between its 0.01% and 99.99% quantiles on an unbounded side (values
 * beyond land in the under/overflow bins and are still counted exactly in the moments).
 */
public final class PosteriorAccumulator {

    /** Default bins per parameter: quantiles within 0.1% of the range. */
    public static final int DEFAULT_BINS = 1000;

    /** Probability left out on each unbounded side when choosing the bins' range. */
    static final double UNBOUNDED_TAIL = 1e-4;

    private final List<String> parameters;
    private final BinnedSample[] prior;
    private final BinnedSample[] posterior;
    private long runs;
    private long accepted;

    /**
     * @param parameters dotted paths, in the order of {@code RunResult.sampledParameters()}
     * @param priors     each parameter's distribution (not fixed), same order
     * @param bins       histogram bins per parameter, &ge; 1
     */
    public PosteriorAccumulator(List<String> parameters, List<Quantity> priors, int bins) {
        if (parameters.size() != priors.size()) {
            throw new IllegalArgumentException(parameters.size() + " parameters with " + priors.size() + " priors");
        }
        this.parameters = List.copyOf(parameters);
        this.prior = new BinnedSample[parameters.size()];
        this.posterior = new BinnedSample[parameters.size()];
        for (int i = 0; i < prior.length; i++) {
            Factor factor = new Factor(parameters.get(i), priors.get(i));
            double low = factor.quantile(Double.isInfinite(factor.quantile(0)) ? UNBOUNDED_TAIL : 0);
            double high = factor.quantile(Double.isInfinite(factor.quantile(1)) ? 1 - UNBOUNDED_TAIL : 1);
            prior[i] = new BinnedSample(low, high, bins);
            posterior[i] = new BinnedSample(low, high, bins);
        }
    }

    /** An empty accumulator with the same parameters and bins, e.g. one per thread. */
    public PosteriorAccumulator emptyCopy() {
        return new PosteriorAccumulator(this);
    }

    private PosteriorAccumulator(PosteriorAccumulator layout) {
        this.parameters = layout.parameters;
        this.prior = new BinnedSample[layout.prior.length];
        this.posterior = new BinnedSample[layout.posterior.length];
        for (int i = 0; i < prior.length; i++) {
            prior[i] = layout.prior[i].emptyCopy();
            posterior[i] = layout.posterior[i].emptyCopy();
        }
    }

    /**
     * Counts one run: its parameter values join the prior, and the posterior too when accepted.
     *
     * @param values   the run's sampled parameters, in constructor order
     * @param accepted whether the run's history matched every observation
     */
    public void add(double[] values, boolean accepted) {
        if (values.length != prior.length) {
            throw new IllegalArgumentException(values.length + " values for " + prior.length + " parameters");
        }
        runs++;
        for (int i = 0; i < values.length; i++) {
            prior[i].add(values[i]);
        }
        if (accepted) {
            this.accepted++;
            for (int i = 0; i < values.length; i++) {
                posterior[i].add(values[i]);
            }
        }
    }

    /** Adds {@code other}'s runs to this one's. */
    public void merge(PosteriorAccumulator other) {
        if (!other.parameters.equals(parameters)) {
            throw new IllegalArgumentException("cannot merge accumulators of different parameters");
        }
        for (int i = 0; i < prior.length; i++) {
            prior[i].merge(other.prior[i]);
            posterior[i].merge(other.posterior[i]);
        }
        runs += other.runs;
        accepted += other.accepted;
    }

    /** Runs counted. */
    public long runs() {
        return runs;
    }

    /** Runs accepted. */
    public long accepted() {
        return accepted;
    }

    /** accepted / runs; NaN before any run. */
    public double acceptanceRate() {
        return runs == 0 ? Double.NaN : accepted / (double) runs;
    }

    /** Parameter paths, in order. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * Prior against posterior for every parameter, in constructor order.
     *
     * @throws IllegalStateException when no run was accepted (there is no posterior to show; the
     *                               command should name the observation no run reproduces)
     */
    public List<ParameterPosterior> summarize() {
        if (accepted == 0) {
            throw new IllegalStateException("no run was accepted: there is no posterior");
        }
        List<ParameterPosterior> rows = new ArrayList<>(prior.length);
        for (int i = 0; i < prior.length; i++) {
            DistributionSummary before = prior[i].summary();
            DistributionSummary after = posterior[i].summary();
            double shift = before.sd() > 0 ? (after.mean() - before.mean()) / before.sd() : 0;
            rows.add(new ParameterPosterior(parameters.get(i), before, after, shift, prior[i].ksDistance(posterior[i])));
        }
        return List.copyOf(rows);
    }
}
