package org.treatysim.stats.abc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;

class PosteriorAccumulatorTest {

    private static final List<String> PATHS = List.of("ratification.referendum.support", "parties.AZE.patienceDays",
            "shocks.trustLoss");
    private static final List<Quantity> PRIORS = List.of(new Quantity.Uniform(0, 1),
            new Quantity.LogNormal(Math.log(730), 0.4), new Quantity.Normal(0.1, 0.03));

    /**
     * A toy rejection ABC: support s ~ U(0, 1) a priori and a run "matches the observation" with
     * probability s (say, a referendum passed). The posterior is then Beta(2, 1), density 2s:
     * mean 2/3, quantiles sqrt(p) (q05 = 0.2236, median = 0.7071, q95 = 0.9747). The prior's sd is
     * 1/sqrt(12) = 0.2887, so the mean moves by (2/3 - 1/2) / 0.2887 = 0.577 prior sds, and the
     * largest CDF gap, max |s - s^2|, is 1/4 at s = 1/2. The other parameters play no part in
     * acceptance, so their posteriors equal their priors up to sampling noise.
     */
    @Test
    void rejectionMovesTheInformativeParameterAndLeavesTheOthers() {
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        PosteriorAccumulator accumulator = new PosteriorAccumulator(PATHS, PRIORS, PosteriorAccumulator.DEFAULT_BINS);
        for (int run = 0; run < 100_000; run++) {
            double support = random.nextDouble();
            double patience = Math.exp(Math.log(730) + 0.4 * random.nextGaussian());
            double trustLoss = 0.1 + 0.03 * random.nextGaussian();
            accumulator.add(new double[] {support, patience, trustLoss}, random.nextBoolean(support));
        }
        // About half the runs are accepted (E[s] = 1/2); sampling error of the quantiles below is
        // about 0.003 with ~50,000 accepted runs, so 0.01 is a safe tolerance.
        assertThat(accumulator.runs()).isEqualTo(100_000);
        assertThat(accumulator.acceptanceRate()).isCloseTo(0.5, within(0.01));

        List<ParameterPosterior> rows = accumulator.summarize();
        ParameterPosterior support = rows.get(0);
        assertThat(support.parameter()).isEqualTo("ratification.referendum.support");
        assertThat(support.prior().mean()).isCloseTo(0.5, within(0.01));
        assertThat(support.prior().median()).isCloseTo(0.5, within(0.01));
        assertThat(support.posterior().mean()).isCloseTo(2.0 / 3, within(0.01));
        assertThat(support.posterior().q05()).isCloseTo(Math.sqrt(0.05), within(0.01));
        assertThat(support.posterior().median()).isCloseTo(Math.sqrt(0.5), within(0.01));
        assertThat(support.posterior().q95()).isCloseTo(Math.sqrt(0.95), within(0.01));
        assertThat(support.shift()).isCloseTo(0.577, within(0.03));
        assertThat(support.ksDistance()).isCloseTo(0.25, within(0.01));
        assertThat(support.posterior().count()).isEqualTo(accumulator.accepted());

        for (ParameterPosterior inert : rows.subList(1, 3)) {
            assertThat(Math.abs(inert.shift())).as(inert.parameter()).isLessThan(0.03);
            // 1.36 / sqrt(50,000) = 0.006: the KS critical value at 5% for this many accepted runs.
            assertThat(inert.ksDistance()).as(inert.parameter()).isLessThan(0.01);
        }
        // A lognormal's median is exp(mu) = 730.
        assertThat(rows.get(1).prior().median()).isCloseTo(730, within(10.0));
        assertThat(ParameterPosterior.byShift(rows).get(0).parameter()).isEqualTo("ratification.referendum.support");
    }

    @Test
    void perThreadAccumulatorsMergeIntoTheSameSummary() {
        PosteriorAccumulator whole = new PosteriorAccumulator(PATHS, PRIORS, 200);
        PosteriorAccumulator first = whole.emptyCopy();
        PosteriorAccumulator second = whole.emptyCopy();
        MersenneTwisterFast random = new MersenneTwisterFast(8);
        for (int run = 0; run < 5000; run++) {
            double[] values = {random.nextDouble(), 300 + 900 * random.nextDouble(), random.nextGaussian()};
            boolean accepted = values[0] > 0.7;
            whole.add(values, accepted);
            (run % 3 == 0 ? first : second).add(values, accepted);
        }
        first.merge(second);
        assertThat(first.runs()).isEqualTo(whole.runs());
        assertThat(first.accepted()).isEqualTo(whole.accepted());
        List<ParameterPosterior> merged = first.summarize();
        List<ParameterPosterior> single = whole.summarize();
        for (int i = 0; i < PATHS.size(); i++) {
            assertThat(merged.get(i).posterior().median()).isEqualTo(single.get(i).posterior().median());
            assertThat(merged.get(i).prior().q95()).isEqualTo(single.get(i).prior().q95());
            assertThat(merged.get(i).posterior().mean()).isCloseTo(single.get(i).posterior().mean(), within(1e-9));
        }
    }

    @Test
    void refusesToSummariseWithoutAcceptedRuns() {
        PosteriorAccumulator accumulator = new PosteriorAccumulator(PATHS, PRIORS, 10);
        accumulator.add(new double[] {0.5, 700, 0.1}, false);
        assertThat(accumulator.acceptanceRate()).isZero();
        assertThatThrownBy(accumulator::summarize).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no run was accepted");
        assertThatThrownBy(() -> accumulator.add(new double[] {0.5}, true)).hasMessageContaining("3 parameters");
        assertThatThrownBy(() -> new PosteriorAccumulator(PATHS, PRIORS.subList(0, 2), 10))
                .hasMessageContaining("priors");
    }
}
