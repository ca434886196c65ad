package org.treatysim.model.spec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each {@link Quantity} checks its parameters when made, so that an invalid distribution cannot exist. */
class QuantityTest {

    @Test
    void aFixedValueIsAnyNumberButNaN() {
        assertThat(Quantity.of(-3).mean()).isEqualTo(-3);
        assertThatThrownBy(() -> Quantity.of(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }

    @Test
    void aUniformNeedsANonEmptyFiniteRange() {
        assertThat(new Quantity.Uniform(0, 1).mean()).isEqualTo(0.5);
        assertThatThrownBy(() -> new Quantity.Uniform(1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("uniform [1, 0] has an empty range (expected low < high)");
        assertThatThrownBy(() -> new Quantity.Uniform(2, 2)).hasMessageContaining("empty range");
        assertThatThrownBy(() -> new Quantity.Uniform(0, Double.POSITIVE_INFINITY))
                .hasMessageContaining("expected finite numbers");
        assertThatThrownBy(() -> new Quantity.Uniform(Double.NaN, 1)).hasMessageContaining("expected finite numbers");
    }

    @Test
    void aNormalNeedsAPositiveStandardDeviation() {
        assertThatNoException().isThrownBy(() -> new Quantity.Normal(-5, 0.1));
        assertThatThrownBy(() -> new Quantity.Normal(0, 0)).hasMessage("normal standard deviation 0 (expected sd > 0)");
        assertThatThrownBy(() -> new Quantity.Normal(0, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Quantity.Normal(Double.NaN, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTruncatedNormalNeedsAPositiveSdAWindowAndProbabilityInIt() {
        assertThat(new Quantity.TruncatedNormal(0.5, 0.1, 0.3, 0.7).mean()).isCloseTo(0.5, org.assertj.core.api.Assertions.within(1e-12));
        assertThatThrownBy(() -> new Quantity.TruncatedNormal(0, 0, 0, 1)).hasMessageContaining("expected sd > 0");
        assertThatThrownBy(() -> new Quantity.TruncatedNormal(0, 1, 1, 1))
                .hasMessage("empty truncnormal window [1, 1] (expected low < high)");
        assertThatThrownBy(() -> new Quantity.TruncatedNormal(0, 0.01, 5, 6)).hasMessageContaining("no probability");
        assertThat(Quantity.TruncatedNormal.mean(0, 0.01, 5, 6)).isNaN();
    }

    @Test
    void aBetaNeedsPositiveShapes() {
        assertThat(new Quantity.Beta(2, 3).mean()).isEqualTo(0.4);
        assertThatThrownBy(() -> new Quantity.Beta(0, 3))
                .hasMessage("beta parameters [0, 3] (expected both shape parameters > 0)");
        assertThatThrownBy(() -> new Quantity.Beta(2, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTriangularNeedsItsModeBetweenDistinctBounds() {
        assertThatNoException().isThrownBy(() -> new Quantity.Triangular(0, 0, 1));
        assertThatNoException().isThrownBy(() -> new Quantity.Triangular(0, 1, 1));
        assertThatThrownBy(() -> new Quantity.Triangular(0.1, 0.5, 0.3)).hasMessageContaining("out of order");
        assertThatThrownBy(() -> new Quantity.Triangular(1, 1, 1)).hasMessageContaining("low < high");
    }

    @Test
    void aLogNormalNeedsAPositiveSigmaAndAFiniteMean() {
        assertThat(new Quantity.LogNormal(0, 1).lowerBound()).isZero();
        assertThatThrownBy(() -> new Quantity.LogNormal(1, -1)).hasMessage("lognormal sigma -1 (expected sigma > 0)");
        assertThatThrownBy(() -> new Quantity.LogNormal(800, 1)).hasMessageContaining("overflows");
        assertThat(Quantity.LogNormal.mean(800, 1)).isInfinite();
    }

    @Test
    void aChoiceNeedsOptionsWithNonNegativeWeightsNotAllZero() {
        Quantity.Choice choice = new Quantity.Choice(List.of(new Quantity.Choice.Option(1, 0),
                new Quantity.Choice.Option(3, 1)));
        assertThat(choice.mean()).isEqualTo(3);
        assertThatThrownBy(() -> new Quantity.Choice(List.of())).hasMessageContaining("no options");
        assertThatThrownBy(() -> new Quantity.Choice(List.of(new Quantity.Choice.Option(1, 0))))
                .hasMessage("every choice weight is 0 (expected at least one weight > 0)");
        assertThatThrownBy(() -> new Quantity.Choice.Option(1, -1))
                .hasMessage("choice weight -1 is negative (expected weights >= 0)");
        assertThatThrownBy(() -> new Quantity.Choice.Option(Double.POSITIVE_INFINITY, 1))
                .hasMessageContaining("expected finite numbers");
    }
}
