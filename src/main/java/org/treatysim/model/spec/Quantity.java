package org.treatysim.model.spec;

import java.util.List;

/**
 * A model parameter: either a fixed number or a probability distribution from which one value
 * is drawn per Monte Carlo run. Units and range are those of the parameter it stands for.
 *
 * <p>Values are plain descriptions; drawing happens in the model, from the run's own random
 * stream, so a {@code Quantity} holds no generator and is safe to share between threads.
 */
public sealed interface Quantity {

    /** True when every run sees the same value (no draw is made). */
    boolean isFixed();

    /** The smallest value a draw can take ({@code -Infinity} when unbounded). */
    double lowerBound();

    /** The largest value a draw can take ({@code +Infinity} when unbounded). */
    double upperBound();

    /** The distribution's mean, used for documentation and as the fixed value of a sweep centre. */
    double mean();

    /** The scenario-file spelling, e.g. {@code 0.3} or {@code { uniform: [0.2, 0.4] }}. */
    String describe();

    static Quantity of(double value) {
        return new Fixed(value);
    }

    /** A number, the same in every run. */
    record Fixed(double value) implements Quantity {
        public boolean isFixed() { return true; }
        public double lowerBound() { return value; }
        public double upperBound() { return value; }
        public double mean() { return value; }
        public String describe() { return Formats.number(value); }
    }

    /** Uniform on [low, high], low &lt; high. */
    record Uniform(double low, double high) implements Quantity {
        public boolean isFixed() { return false; }
        public double lowerBound() { return low; }
        public double upperBound() { return high; }
        public double mean() { return (low + high) / 2; }
        public String describe() { return "{ uniform: [" + Formats.number(low) + ", " + Formats.number(high) + "] }"; }
    }

    /** Normal with the given mean and standard deviation sd &gt; 0. */
    record Normal(double mu, double sd) implements Quantity {
        public boolean isFixed() { return false; }
        public double lowerBound() { return Double.NEGATIVE_INFINITY; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public double mean() { return mu; }
        public String describe() { return "{ normal: [" + Formats.number(mu) + ", " + Formats.number(sd) + "] }"; }
    }

    /** Normal(mu, sd) conditioned on [low, high], low &lt; high, sd &gt; 0. */
    record TruncatedNormal(double mu, double sd, double low, double high) implements Quantity {
        public boolean isFixed() { return false; }
        public double lowerBound() { return low; }
        public double upperBound() { return high; }
        public double mean() {
            var standard = new org.apache.commons.math3.distribution.NormalDistribution(null, 0, 1);
            double a = (low - mu) / sd;
            double b = (high - mu) / sd;
            double mass = standard.cumulativeProbability(b) - standard.cumulativeProbability(a);
            return mu + sd * (standard.density(a) - standard.density(b)) / mass;
        }
        public String describe() {
            return "{ truncnormal: [" + Formats.number(mu) + ", " + Formats.number(sd) + ", "
                    + Formats.number(low) + ", " + Formats.number(high) + "] }";
        }
    }

    /** Beta(alpha, beta) on [0, 1], both shape parameters &gt; 0. */
    record Beta(double alpha, double beta) implements Quantity {
        public boolean isFixed() { return false; }
        public double lowerBound() { return 0; }
        public double upperBound() { return 1; }
        public double mean() { return alpha / (alpha + beta); }
        public String describe() { return "{ beta: [" + Formats.number(alpha) + ", " + Formats.number(beta) + "] }"; }
    }

    /** Triangular on [low, high] with the given mode, low &le; mode &le; high, low &lt; high. */
    record Triangular(double low, double mode, double high) implements Quantity {
        public boolean isFixed() { return false; }
        public double lowerBound() { return low; }
        public double upperBound() { return high; }
        public double mean() { return (low + mode + high) / 3; }
        public String describe() {
            return "{ triangular: [" + Formats.number(low) + ", " + Formats.number(mode) + ", " + Formats.number(high) + "] }";
        }
    }

    /** exp(Normal(mu, sigma)), sigma &gt; 0; positive. */
    record LogNormal(double mu, double sigma) implements Quantity {
        public boolean isFixed() { return false; }
        public double lowerBound() { return 0; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public double mean() { return StrictMath.exp(mu + sigma * sigma / 2); }
        public String describe() { return "{ lognormal: [" + Formats.number(mu) + ", " + Formats.number(sigma) + "] }"; }
    }

    /** One of several values, with non-negative weights that need not sum to 1 (at least one &gt; 0). */
    record Choice(List<Option> options) implements Quantity {
        public Choice {
            options = List.copyOf(options);
        }
        public boolean isFixed() { return false; }
        public double lowerBound() { return options.stream().mapToDouble(Option::value).min().orElse(Double.NaN); }
        public double upperBound() { return options.stream().mapToDouble(Option::value).max().orElse(Double.NaN); }
        public double mean() {
            double total = options.stream().mapToDouble(Option::weight).sum();
            return options.stream().mapToDouble(o -> o.value() * o.weight()).sum() / total;
        }
        public String describe() {
            StringBuilder text = new StringBuilder("{ choice: [");
            for (int i = 0; i < options.size(); i++) {
                if (i > 0) text.append(", ");
                text.append('[').append(Formats.number(options.get(i).value())).append(", ")
                        .append(Formats.number(options.get(i).weight())).append(']');
            }
            return text.append("] }").toString();
        }

        /** A value and its relative weight (&ge; 0). */
        public record Option(double value, double weight) { }
    }
}
