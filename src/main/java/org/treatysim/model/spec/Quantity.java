package org.treatysim.model.spec;

import java.util.List;

/**
 * A model parameter: either a fixed number or a probability distribution from which one value
 * is drawn per Monte Carlo run. Units and range are those of the parameter it stands for.
 *
 * <p>Values are plain descriptions; drawing happens in the model, from the run's own random
 * stream, so a {@code Quantity} holds no generator and is safe to share between threads.
 *
 * <p>Every record checks its parameters when it is made, so that an invalid distribution (an
 * empty uniform range, a zero standard deviation) cannot exist: the constructors throw
 * {@link IllegalArgumentException} naming the parameters and what was expected. Parameters are
 * finite numbers. The scenario loader checks the same rules first, to report them where a file
 * writes them.
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

    /** A number, the same in every run; any number but NaN. */
    record Fixed(double value) implements Quantity {
        public Fixed {
            if (Double.isNaN(value)) {
                throw new IllegalArgumentException("a fixed value of NaN (expected a number)");
            }
        }
        public boolean isFixed() { return true; }
        public double lowerBound() { return value; }
        public double upperBound() { return value; }
        public double mean() { return value; }
        public String describe() { return Formats.number(value); }
    }

    /** Uniform on [low, high], low &lt; high. */
    record Uniform(double low, double high) implements Quantity {
        public Uniform {
            requireFinite("uniform", low, high);
            if (!(low < high)) {
                throw new IllegalArgumentException("uniform [" + Formats.number(low) + ", " + Formats.number(high)
                        + "] has an empty range (expected low < high)");
            }
        }
        public boolean isFixed() { return false; }
        public double lowerBound() { return low; }
        public double upperBound() { return high; }
        public double mean() { return (low + high) / 2; }
        public String describe() { return "{ uniform: [" + Formats.number(low) + ", " + Formats.number(high) + "] }"; }
    }

    /** Normal with the given mean and standard deviation sd &gt; 0. */
    record Normal(double mu, double sd) implements Quantity {
        public Normal {
            requireFinite("normal", mu, sd);
            requirePositive("normal standard deviation", sd, "sd > 0");
        }
        public boolean isFixed() { return false; }
        public double lowerBound() { return Double.NEGATIVE_INFINITY; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public double mean() { return mu; }
        public String describe() { return "{ normal: [" + Formats.number(mu) + ", " + Formats.number(sd) + "] }"; }
    }

    /**
     * Normal(mu, sd) conditioned on [low, high], low &lt; high, sd &gt; 0; the window must hold
     * some probability (its mean, {@link #mean(double, double, double, double)}, is finite).
     */
    record TruncatedNormal(double mu, double sd, double low, double high) implements Quantity {
        public TruncatedNormal {
            requireFinite("truncnormal", mu, sd, low, high);
            requirePositive("truncnormal standard deviation", sd, "sd > 0");
            if (!(low < high)) {
                throw new IllegalArgumentException("empty truncnormal window [" + Formats.number(low) + ", "
                        + Formats.number(high) + "] (expected low < high)");
            }
            if (!Double.isFinite(mean(mu, sd, low, high))) {
                throw new IllegalArgumentException("truncnormal window [" + Formats.number(low) + ", "
                        + Formats.number(high) + "] lies so far from the mean " + Formats.number(mu)
                        + " that it has no probability (expected a window within a few sd of the mean)");
            }
        }
        public boolean isFixed() { return false; }
        public double lowerBound() { return low; }
        public double upperBound() { return high; }
        public double mean() { return mean(mu, sd, low, high); }

        /**
         * The mean of Normal(mu, sd) conditioned on [low, high]; not finite when the window lies
         * so far in a tail that its probability rounds to 0.
         */
        public static double mean(double mu, double sd, double low, double high) {
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
        public Beta {
            requireFinite("beta", alpha, beta);
            if (!(alpha > 0 && beta > 0)) {
                throw new IllegalArgumentException("beta parameters [" + Formats.number(alpha) + ", "
                        + Formats.number(beta) + "] (expected both shape parameters > 0)");
            }
        }
        public boolean isFixed() { return false; }
        public double lowerBound() { return 0; }
        public double upperBound() { return 1; }
        public double mean() { return alpha / (alpha + beta); }
        public String describe() { return "{ beta: [" + Formats.number(alpha) + ", " + Formats.number(beta) + "] }"; }
    }

    /** Triangular on [low, high] with the given mode, low &le; mode &le; high, low &lt; high. */
    record Triangular(double low, double mode, double high) implements Quantity {
        public Triangular {
            requireFinite("triangular", low, mode, high);
            if (!(low <= mode && mode <= high && low < high)) {
                throw new IllegalArgumentException("triangular [" + Formats.number(low) + ", " + Formats.number(mode)
                        + ", " + Formats.number(high) + "] is out of order (expected low <= mode <= high, low < high)");
            }
        }
        public boolean isFixed() { return false; }
        public double lowerBound() { return low; }
        public double upperBound() { return high; }
        public double mean() { return (low + mode + high) / 3; }
        public String describe() {
            return "{ triangular: [" + Formats.number(low) + ", " + Formats.number(mode) + ", " + Formats.number(high) + "] }";
        }
    }

    /** exp(Normal(mu, sigma)), sigma &gt; 0, with a finite mean (mu + sigma²/2 below about 709); positive. */
    record LogNormal(double mu, double sigma) implements Quantity {
        public LogNormal {
            requireFinite("lognormal", mu, sigma);
            requirePositive("lognormal sigma", sigma, "sigma > 0");
            if (!Double.isFinite(mean(mu, sigma))) {
                throw new IllegalArgumentException("lognormal [" + Formats.number(mu) + ", " + Formats.number(sigma)
                        + "] overflows (expected mu + sigma^2/2 below 700)");
            }
        }
        public boolean isFixed() { return false; }
        public double lowerBound() { return 0; }
        public double upperBound() { return Double.POSITIVE_INFINITY; }
        public double mean() { return mean(mu, sigma); }

        /** The mean exp(mu + sigma²/2); infinite when it overflows a double. */
        public static double mean(double mu, double sigma) {
            return StrictMath.exp(mu + sigma * sigma / 2);
        }
        public String describe() { return "{ lognormal: [" + Formats.number(mu) + ", " + Formats.number(sigma) + "] }"; }
    }

    /** One of several values, with non-negative weights that need not sum to 1 (at least one &gt; 0). */
    record Choice(List<Option> options) implements Quantity {
        public Choice {
            options = List.copyOf(options);
            if (options.isEmpty()) {
                throw new IllegalArgumentException("choice with no options (expected at least one [value, weight])");
            }
            if (!(options.stream().mapToDouble(Option::weight).sum() > 0)) {
                throw new IllegalArgumentException("every choice weight is 0 (expected at least one weight > 0)");
            }
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

        /** A finite value and its finite relative weight (&ge; 0). */
        public record Option(double value, double weight) {
            public Option {
                requireFinite("choice option", value, weight);
                if (weight < 0) {
                    throw new IllegalArgumentException("choice weight " + Formats.number(weight)
                            + " is negative (expected weights >= 0)");
                }
            }
        }
    }

    private static void requireFinite(String what, double... parameters) {
        for (double p : parameters) {
            if (!Double.isFinite(p)) {
                throw new IllegalArgumentException(what + " parameter " + p + " (expected finite numbers)");
            }
        }
    }

    private static void requirePositive(String what, double value, String expected) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(what + " " + Formats.number(value) + " (expected " + expected + ")");
        }
    }
}
