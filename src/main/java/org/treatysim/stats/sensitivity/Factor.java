package org.treatysim.stats.sensitivity;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Objects;
import org.apache.commons.math3.distribution.BetaDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.treatysim.model.spec.Quantity;

/**
 * One uncertain input of a sensitivity design: a parameter named by its dotted scenario path
 * (e.g. {@code parties.AZE.patienceDays}) and the distribution its values follow.
 *
 * <p>Designs are built on the unit cube and mapped to parameter values through
 * {@link #quantile(double)}, the inverse of the distribution's cumulative distribution function.
 * A point spread evenly over [0, 1] therefore lands where the distribution puts its mass, and a
 * bounded uniform factor is simply a range.
 *
 * @param name         dotted scenario path; not blank
 * @param distribution how the factor varies; never {@link Quantity.Fixed}, which cannot vary
 */
public record Factor(String name, Quantity distribution) {

    /**
     * Name of the dummy factor: a column of a design that no model parameter is read from, added
     * so that its sensitivity indices, which can only come from noise, show the noise floor that
     * every other factor's indices are read against ({@link #dummy()}).
     */
    public static final String DUMMY = "dummy";

    /** No generator: these distributions are only asked for quantiles, never to sample. */
    private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

    public Factor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(distribution, "distribution");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a factor needs a name");
        }
        if (distribution.isFixed()) {
            throw new IllegalArgumentException(name + ": a fixed value cannot be a factor (give it a distribution)");
        }
        if (!(distribution.lowerBound() < distribution.upperBound())) {
            throw new IllegalArgumentException(name + ": " + distribution.describe() + " has an empty range");
        }
    }

    /** A factor uniform on [low, high], low &lt; high: the usual way to state a range to sweep. */
    public static Factor uniform(String name, double low, double high) {
        return new Factor(name, new Quantity.Uniform(low, high));
    }

    /** The dummy factor ({@link #DUMMY}), uniform on [0, 1]: the model never reads it. */
    public static Factor dummy() {
        return uniform(DUMMY, 0, 1);
    }

    /** Whether this is the dummy factor. */
    public boolean isDummy() {
        return name.equals(DUMMY);
    }

    /**
     * The value below which the factor lies with probability {@code u}.
     *
     * @param u a probability in [0, 1]
     * @return the u-quantile, in the factor's units; at u = 0 or 1 the distribution's bound,
     *         which is infinite for a normal (and above for a lognormal). For a choice, the
     *         options are ordered by value so that the mapping is monotone, which rank-based
     *         methods (PRCC, PRIM) rely on.
     */
    public double quantile(double u) {
        if (!(u >= 0 && u <= 1)) {
            throw new IllegalArgumentException("probability " + u + " outside [0, 1]");
        }
        Quantity q = distribution;
        if (q instanceof Quantity.Uniform d) {
            return d.low() + u * (d.high() - d.low());
        }
        if (q instanceof Quantity.Normal d) {
            return d.mu() + d.sd() * STANDARD_NORMAL.inverseCumulativeProbability(u);
        }
        if (q instanceof Quantity.TruncatedNormal d) {
            return truncatedNormalQuantile(d, u);
        }
        if (q instanceof Quantity.Beta d) {
            return new BetaDistribution(null, d.alpha(), d.beta()).inverseCumulativeProbability(u);
        }
        if (q instanceof Quantity.Triangular d) {
            return triangularQuantile(d, u);
        }
        if (q instanceof Quantity.LogNormal d) {
            return StrictMath.exp(d.mu() + d.sigma() * STANDARD_NORMAL.inverseCumulativeProbability(u));
        }
        if (q instanceof Quantity.Choice d) {
            return choiceQuantile(d, u);
        }
        throw new IllegalStateException("no quantile function for " + q.describe());
    }

    /** The values a choice can take (positive weight), ascending; empty for continuous factors. */
    public double[] discreteValues() {
        if (!(distribution instanceof Quantity.Choice d)) {
            return new double[0];
        }
        return d.options().stream().filter(o -> o.weight() > 0).mapToDouble(Quantity.Choice.Option::value)
                .sorted().distinct().toArray();
    }

    private static double truncatedNormalQuantile(Quantity.TruncatedNormal d, double u) {
        double below = STANDARD_NORMAL.cumulativeProbability((d.low() - d.mu()) / d.sd());
        double upTo = STANDARD_NORMAL.cumulativeProbability((d.high() - d.mu()) / d.sd());
        double x = d.mu() + d.sd() * STANDARD_NORMAL.inverseCumulativeProbability(below + u * (upTo - below));
        // Far in a tail the CDF rounds to 0 or 1; keep the answer inside the stated bounds.
        return Math.min(d.high(), Math.max(d.low(), x));
    }

    private static double triangularQuantile(Quantity.Triangular d, double u) {
        double width = d.high() - d.low();
        double modeAt = (d.mode() - d.low()) / width;
        if (u <= modeAt) {
            return d.low() + Math.sqrt(u * width * (d.mode() - d.low()));
        }
        return d.high() - Math.sqrt((1 - u) * width * (d.high() - d.mode()));
    }

    private static double choiceQuantile(Quantity.Choice d, double u) {
        Quantity.Choice.Option[] options = d.options().stream().filter(o -> o.weight() > 0)
                .sorted(Comparator.comparingDouble(Quantity.Choice.Option::value))
                .toArray(Quantity.Choice.Option[]::new);
        double total = Arrays.stream(options).mapToDouble(Quantity.Choice.Option::weight).sum();
        double cumulative = 0;
        for (Quantity.Choice.Option option : options) {
            cumulative += option.weight() / total;
            if (u <= cumulative) {
                return option.value();
            }
        }
        // Rounding can leave the cumulative sum a hair below 1.
        return options[options.length - 1].value();
    }
}
