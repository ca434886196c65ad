package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.math3.distribution.RealDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;

class DistributionsTest {
    private static final MersenneTwisterRandomGenerator RANDOM = new MersenneTwisterRandomGenerator(new MersenneTwisterFast(7L));

    static Stream<Quantity> quantities() {
        return Stream.of(new Quantity.Uniform(0.2, 0.4), new Quantity.Normal(1, 2),
                new Quantity.TruncatedNormal(0.5, 0.3, 0, 1), new Quantity.Beta(2, 3),
                new Quantity.Triangular(180, 365, 730), new Quantity.LogNormal(0, 0.5),
                new Quantity.Choice(List.of(new Quantity.Choice.Option(1, 1), new Quantity.Choice.Option(3, 3))));
    }

    @ParameterizedTest
    @MethodSource("quantities")
    void inverseCdfIsMonotoneWithinBoundsAndHasTheRightMean(Quantity quantity) {
        RealDistribution distribution = Distributions.of(quantity, RANDOM);
        double previous = Double.NEGATIVE_INFINITY;
        double sum = 0;
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            // Midpoint rule over the unit interval: the mean of the quantiles is the mean.
            double x = distribution.inverseCumulativeProbability((i + 0.5) / n);
            assertThat(x).isGreaterThanOrEqualTo(previous).isBetween(quantity.lowerBound(), quantity.upperBound());
            previous = x;
            sum += x;
        }
        double scale = Math.max(1, Math.abs(quantity.mean()));
        assertThat(sum / n).isCloseTo(quantity.mean(), within(2e-3 * scale));
    }

    @Test
    void choiceDrawsEachValueWithItsWeight() {
        RealDistribution choice = Distributions.of(
                new Quantity.Choice(List.of(new Quantity.Choice.Option(1, 1), new Quantity.Choice.Option(3, 3))), RANDOM);
        assertThat(choice.inverseCumulativeProbability(0.2)).isEqualTo(1);
        assertThat(choice.inverseCumulativeProbability(0.3)).isEqualTo(3);
    }

    @Test
    void sampleDrawsFromTheGivenMasonGenerator() {
        MersenneTwisterFast a = new MersenneTwisterFast(11L);
        MersenneTwisterFast b = new MersenneTwisterFast(11L);
        double x = Distributions.of(new Quantity.Uniform(0, 1), new MersenneTwisterRandomGenerator(a)).sample();
        assertThat(x).isEqualTo(b.nextDouble());
    }

    @Test
    void fixedQuantitiesHaveNoDistribution() {
        assertThatThrownBy(() -> Distributions.of(Quantity.of(1), RANDOM)).isInstanceOf(IllegalArgumentException.class);
    }
}
