package org.treatysim.stats.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;

class DesignsTest {

    private static final List<Factor> UNIT_FACTORS = List.of(Factor.uniform("a.x", 0, 1),
            Factor.uniform("a.y", 0, 1), Factor.uniform("a.z", 0, 1));

    @Test
    void latinHypercubeUsesEveryStratumOfEveryFactorOnce() {
        int n = 50;
        Design design = Designs.latinHypercube(UNIT_FACTORS, n, new MersenneTwisterFast(1));
        assertThat(design.size()).isEqualTo(n);
        assertThat(design.method()).isEqualTo(Design.Method.LATIN_HYPERCUBE);
        for (int j = 0; j < 3; j++) {
            int[] strata = Arrays.stream(design.column(j)).mapToInt(u -> (int) Math.floor(u * n)).sorted().toArray();
            int[] expected = new int[n];
            Arrays.setAll(expected, i -> i);
            assertThat(strata).containsExactly(expected);
        }
    }

    @Test
    void latinHypercubeMapsThroughTheDistributionAndIsReproducible() {
        List<Factor> factors = List.of(new Factor("n", new Quantity.Normal(0, 1)), Factor.uniform("u", 100, 200));
        Design one = Designs.latinHypercube(factors, 400, new MersenneTwisterFast(7));
        Design same = Designs.latinHypercube(factors, 400, new MersenneTwisterFast(7));
        Design other = Designs.latinHypercube(factors, 400, new MersenneTwisterFast(8));
        assertThat(one).isEqualTo(same);
        assertThat(one).isNotEqualTo(other);
        double[] normal = one.column(0);
        // Stratified normal sample: the mean is within a few thousandths of 0, the sd near 1.
        double mean = Arrays.stream(normal).average().orElseThrow();
        double sd = Math.sqrt(Arrays.stream(normal).map(v -> (v - mean) * (v - mean)).sum() / (normal.length - 1));
        assertThat(mean).isCloseTo(0, within(0.01));
        assertThat(sd).isCloseTo(1, within(0.03));
        assertThat(Arrays.stream(normal).allMatch(Double::isFinite)).isTrue();
        assertThat(Arrays.stream(one.column(1)).allMatch(v -> v >= 100 && v <= 200)).isTrue();
    }

    @Test
    void saltelliRowsAreAThenMixedThenB() {
        List<Factor> factors = List.of(Factor.uniform("x", -1, 1), Factor.uniform("y", 0, 10),
                new Factor("z", new Quantity.Normal(0, 1)));
        int n = 64;
        Design design = Designs.saltelli(factors, n, new MersenneTwisterFast(3));
        assertThat(design.size()).isEqualTo(n * (3 + 2));
        for (int j = 0; j < n; j++) {
            double[] a = design.row(design.rowOfA(j));
            double[] b = design.row(design.rowOfB(j));
            for (int i = 0; i < 3; i++) {
                double[] mixed = design.row(design.rowOfMixed(j, i));
                for (int c = 0; c < 3; c++) {
                    assertThat(mixed[c]).isEqualTo(c == i ? b[c] : a[c]);
                }
            }
        }
        assertThat(design.rowOfA(1)).isEqualTo(5);
        assertThat(design.rowOfMixed(1, 2)).isEqualTo(8);
        assertThat(design.rowOfB(1)).isEqualTo(9);
        assertThat(Arrays.stream(design.column(2)).allMatch(Double::isFinite)).isTrue();
    }

    @Test
    void shiftedSobolPointsStillFillEveryStratumOnce() {
        // A digital shift keeps the (0, m, 1)-net property of each coordinate of a Sobol sequence:
        // with N = 2^m points every interval [i/N, (i+1)/N) holds exactly one A value and one B value.
        int n = 256;
        Design design = Designs.saltelli(UNIT_FACTORS, n, new MersenneTwisterFast(11));
        for (int c = 0; c < 3; c++) {
            boolean[] seenA = new boolean[n];
            boolean[] seenB = new boolean[n];
            for (int j = 0; j < n; j++) {
                seenA[(int) Math.floor(design.value(design.rowOfA(j), c) * n)] = true;
                seenB[(int) Math.floor(design.value(design.rowOfB(j), c) * n)] = true;
            }
            for (int i = 0; i < n; i++) {
                assertThat(seenA[i]).as("A stratum %d of factor %d", i, c).isTrue();
                assertThat(seenB[i]).as("B stratum %d of factor %d", i, c).isTrue();
            }
        }
        assertThat(Designs.saltelli(UNIT_FACTORS, n, new MersenneTwisterFast(12))).isNotEqualTo(design);
    }

    @Test
    void gridTakesEveryCombinationLastFactorFastest() {
        List<Factor> factors = List.of(Factor.uniform("x", 0, 1), new Factor("z", new Quantity.Normal(10, 2)),
                new Factor("c", new Quantity.Choice(List.of(new Quantity.Choice.Option(5, 1),
                        new Quantity.Choice.Option(7, 1)))));
        Design design = Designs.grid(factors, new int[] {3, 2, 99});
        assertThat(design.size()).isEqualTo(3 * 2 * 2);
        assertThat(design.row(0)).containsExactly(new double[] {0, 10 - 2 * 2.5758293035489, 5}, within(1e-9));
        assertThat(design.row(1)).containsExactly(new double[] {0, 10 - 2 * 2.5758293035489, 7}, within(1e-9));
        assertThat(design.row(2)).containsExactly(new double[] {0, 10 + 2 * 2.5758293035489, 5}, within(1e-9));
        assertThat(design.row(11)).containsExactly(new double[] {1, 10 + 2 * 2.5758293035489, 7}, within(1e-9));
        assertThat(Arrays.stream(design.column(0)).distinct().sorted().toArray()).containsExactly(0, 0.5, 1);
        assertThat(Designs.grid(List.of(Factor.uniform("x", 2, 4)), 1).row(0)).containsExactly(3);
    }

    @Test
    void designsAreImmutableAndChecked() {
        double[][] points = {{1, 2}, {3, 4}};
        Design design = new Design(Design.Method.LATIN_HYPERCUBE, List.of("a", "b"), points, 2);
        points[0][0] = 99;
        design.points()[1][1] = 99;
        assertThat(design.value(0, 0)).isEqualTo(1);
        assertThat(design.value(1, 1)).isEqualTo(4);
        assertThatThrownBy(() -> new Design(Design.Method.SALTELLI, List.of("a", "b"), points, 2))
                .hasMessageContaining("base samples");
        assertThatThrownBy(() -> new Design(Design.Method.GRID, List.of("a", "a"), points, 2))
                .hasMessageContaining("duplicate");
        assertThatThrownBy(() -> design.rowOfA(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Designs.grid(UNIT_FACTORS, 1000)).hasMessageContaining("more than");
    }
}
