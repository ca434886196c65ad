package org.treatysim.stats.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;

class FactorTest {

    /** Φ^-1(0.975), the standard normal's 97.5% quantile. */
    private static final double Z_975 = 1.959963984540054;

    @Test
    void uniformQuantileIsLinearBetweenTheBounds() {
        Factor factor = Factor.uniform("x", 10, 30);
        assertThat(factor.quantile(0)).isEqualTo(10);
        assertThat(factor.quantile(0.25)).isEqualTo(15);
        assertThat(factor.quantile(1)).isEqualTo(30);
    }

    @Test
    void normalQuantileIsMeanPlusZTimesSd() {
        Factor factor = new Factor("x", new Quantity.Normal(5, 2));
        assertThat(factor.quantile(0.5)).isCloseTo(5, within(1e-12));
        assertThat(factor.quantile(0.975)).isCloseTo(5 + 2 * Z_975, within(1e-9));
        assertThat(factor.quantile(0)).isEqualTo(Double.NEGATIVE_INFINITY);
    }

    @Test
    void truncatedNormalQuantileStaysInsideItsBoundsAndIsSymmetric() {
        // Symmetric truncation around the mean: the median is the mean, the ends are the bounds.
        Factor factor = new Factor("x", new Quantity.TruncatedNormal(1, 1, 0, 2));
        assertThat(factor.quantile(0.5)).isCloseTo(1, within(1e-12));
        assertThat(factor.quantile(0)).isCloseTo(0, within(1e-12));
        assertThat(factor.quantile(1)).isCloseTo(2, within(1e-12));
        // P(X <= q) within [0, 2] for N(1, 1): (Φ(q - 1) - Φ(-1)) / (Φ(1) - Φ(-1)); at u = 0.25 the
        // solution is q = 1 + Φ^-1(Φ(-1) + 0.25 (Φ(1) - Φ(-1))) = 1 + Φ^-1(0.3293) = 0.55821.
        assertThat(factor.quantile(0.25)).isCloseTo(0.55821, within(1e-4));
    }

    @Test
    void betaQuantileMatchesClosedForms() {
        // Beta(2, 1) has CDF x^2, so its u-quantile is sqrt(u).
        Factor factor = new Factor("x", new Quantity.Beta(2, 1));
        assertThat(factor.quantile(0.49)).isCloseTo(0.7, within(1e-8));
        assertThat(new Factor("y", new Quantity.Beta(3, 3)).quantile(0.5)).isCloseTo(0.5, within(1e-8));
    }

    @Test
    void triangularQuantileFollowsBothBranches() {
        Factor factor = new Factor("x", new Quantity.Triangular(0, 1, 3));
        // F(x) = x^2 / 3 below the mode (F(1) = 1/3), so F^-1(1/12) = 0.5.
        assertThat(factor.quantile(1.0 / 12)).isCloseTo(0.5, within(1e-12));
        // 1 - F(x) = (3 - x)^2 / 6 above the mode, so F^-1(1 - 1/6) = 2.
        assertThat(factor.quantile(5.0 / 6)).isCloseTo(2, within(1e-12));
        assertThat(factor.quantile(1.0 / 3)).isCloseTo(1, within(1e-12));
    }

    @Test
    void logNormalMedianIsExpMu() {
        Factor factor = new Factor("x", new Quantity.LogNormal(Math.log(400), 0.5));
        assertThat(factor.quantile(0.5)).isCloseTo(400, within(1e-9));
        assertThat(factor.quantile(0.975)).isCloseTo(400 * Math.exp(0.5 * Z_975), within(1e-6));
    }

    @Test
    void choiceQuantileIsMonotoneInTheValues() {
        // Options listed out of order: weights 1, 2, 1 on values 3, 1, 2 -> sorted 1 (0.5), 2 (0.25), 3 (0.25).
        Factor factor = new Factor("x", new Quantity.Choice(List.of(new Quantity.Choice.Option(3, 1),
                new Quantity.Choice.Option(1, 2), new Quantity.Choice.Option(2, 1), new Quantity.Choice.Option(9, 0))));
        assertThat(factor.quantile(0.1)).isEqualTo(1);
        assertThat(factor.quantile(0.5)).isEqualTo(1);
        assertThat(factor.quantile(0.6)).isEqualTo(2);
        assertThat(factor.quantile(0.99)).isEqualTo(3);
        assertThat(factor.discreteValues()).containsExactly(1, 2, 3);
    }

    @Test
    void refusesFactorsThatCannotVary() {
        assertThatThrownBy(() -> new Factor("x", Quantity.of(3))).hasMessageContaining("fixed value");
        assertThatThrownBy(() -> Factor.uniform("x", 2, 2)).hasMessageContaining("empty range");
        assertThatThrownBy(() -> Factor.uniform("x", 0, 1).quantile(1.5)).hasMessageContaining("outside");
    }
}
