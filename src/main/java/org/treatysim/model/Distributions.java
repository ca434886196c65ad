package org.treatysim.model;

import java.util.List;
import java.util.Objects;
import org.apache.commons.math3.distribution.AbstractRealDistribution;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.EnumeratedRealDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.TriangularDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.treatysim.model.spec.Quantity;

/**
 * Turns a {@link Quantity} into a Commons Math distribution that takes its randomness from the
 * given generator (in the model: a {@link MersenneTwisterRandomGenerator}; never a clock-seeded
 * default). The model draws by inverse CDF ({@link RealDistribution#inverseCumulativeProbability})
 * from a per-parameter uniform (see {@link RunStreams}); {@code sample()} works too and uses the
 * generator.
 */
public final class Distributions {
    private Distributions() { }

    /**
     * The distribution of {@code quantity}.
     *
     * @param quantity a non-fixed quantity
     * @param random   where {@code sample()} takes its randomness from; not null
     * @throws IllegalArgumentException for a fixed quantity (it has no distribution)
     */
    public static RealDistribution of(Quantity quantity, RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        if (quantity instanceof Quantity.Uniform q) {
            return new UniformRealDistribution(random, q.low(), q.high());
        } else if (quantity instanceof Quantity.Normal q) {
            return new NormalDistribution(random, q.mu(), q.sd());
        } else if (quantity instanceof Quantity.TruncatedNormal q) {
            return new TruncatedNormalDistribution(random, q.mu(), q.sd(), q.low(), q.high());
        } else if (quantity instanceof Quantity.Beta q) {
            return new BetaDistribution(random, q.alpha(), q.beta());
        } else if (quantity instanceof Quantity.Triangular q) {
            return new TriangularDistribution(random, q.low(), q.mode(), q.high());
        } else if (quantity instanceof Quantity.LogNormal q) {
            return new LogNormalDistribution(random, q.mu(), q.sigma());
        } else if (quantity instanceof Quantity.Choice q) {
            List<Quantity.Choice.Option> options = q.options();
            double[] values = new double[options.size()];
            double[] weights = new double[options.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = options.get(i).value();
                weights[i] = options.get(i).weight();
            }
            return new EnumeratedRealDistribution(random, values, weights);
        }
        throw new IllegalArgumentException("a fixed quantity has no distribution: " + quantity.describe());
    }

    /**
     * Normal(mu, sd) conditioned on [low, high], by inversion of the standard normal CDF between
     * the two truncation points.
     */
    static final class TruncatedNormalDistribution extends AbstractRealDistribution {
        private static final long serialVersionUID = 1L;
        private final NormalDistribution parent;
        private final double low;
        private final double high;
        private final double cdfLow;
        private final double mass;

        TruncatedNormalDistribution(RandomGenerator random, double mu, double sd, double low, double high) {
            super(random);
            if (!(low < high)) {
                throw new IllegalArgumentException("empty truncation range [" + low + ", " + high + "]");
            }
            this.parent = new NormalDistribution(random, mu, sd);
            this.low = low;
            this.high = high;
            this.cdfLow = parent.cumulativeProbability(low);
            this.mass = parent.cumulativeProbability(high) - cdfLow;
            if (!(mass > 0)) {
                throw new IllegalArgumentException("truncation range carries no probability");
            }
        }

        @Override
        public double density(double x) {
            return x < low || x > high ? 0 : parent.density(x) / mass;
        }

        @Override
        public double cumulativeProbability(double x) {
            if (x <= low) return 0;
            if (x >= high) return 1;
            return (parent.cumulativeProbability(x) - cdfLow) / mass;
        }

        @Override
        public double inverseCumulativeProbability(double p) {
            if (p < 0 || p > 1) {
                throw new IllegalArgumentException("probability " + p + " outside [0, 1]");
            }
            double x = parent.inverseCumulativeProbability(cdfLow + p * mass);
            return Math.min(high, Math.max(low, x));
        }

        @Override
        public double getNumericalMean() {
            double a = (low - parent.getMean()) / parent.getStandardDeviation();
            double b = (high - parent.getMean()) / parent.getStandardDeviation();
            double phiA = StrictMath.exp(-a * a / 2) / Math.sqrt(2 * Math.PI);
            double phiB = StrictMath.exp(-b * b / 2) / Math.sqrt(2 * Math.PI);
            return parent.getMean() + parent.getStandardDeviation() * (phiA - phiB) / mass;
        }

        @Override
        public double getNumericalVariance() {
            double sd = parent.getStandardDeviation();
            double a = (low - parent.getMean()) / sd;
            double b = (high - parent.getMean()) / sd;
            double phiA = StrictMath.exp(-a * a / 2) / Math.sqrt(2 * Math.PI);
            double phiB = StrictMath.exp(-b * b / 2) / Math.sqrt(2 * Math.PI);
            double ratio = (phiA - phiB) / mass;
            return sd * sd * (1 + (a * phiA - b * phiB) / mass - ratio * ratio);
        }

        @Override
        public double getSupportLowerBound() {
            return low;
        }

        @Override
        public double getSupportUpperBound() {
            return high;
        }

        @Override
        public boolean isSupportLowerBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportUpperBoundInclusive() {
            return true;
        }

        @Override
        public boolean isSupportConnected() {
            return true;
        }
    }
}
