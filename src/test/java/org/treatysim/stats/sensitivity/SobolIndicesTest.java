package org.treatysim.stats.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {

    private static final double A = 7;
    private static final double B = 0.1;

    /**
     * Analytic indices of the Ishigami function f = sin x1 + a sin^2 x2 + b x3^4 sin x1 on
     * U(-π, π)^3 (Ishigami and Homma 1990; Sobol' and Levitan 1999):
     * V1 = (1 + b π^4/5)^2 / 2, V2 = a^2/8, V3 = 0, V13 = b^2 π^8 (1/18 - 1/50) = 8 b^2 π^8 / 225,
     * V = a^2/8 + b π^4/5 + b^2 π^8/18 + 1/2. With a = 7, b = 0.1: S1 = 0.3139, S2 = 0.4424,
     * S3 = 0, ST1 = 0.5576, ST2 = 0.4424, ST3 = 0.2437.
     */
    private static final double PI4 = Math.pow(Math.PI, 4);
    private static final double V = A * A / 8 + B * PI4 / 5 + B * B * PI4 * PI4 / 18 + 0.5;
    private static final double V1 = 0.5 * (1 + B * PI4 / 5) * (1 + B * PI4 / 5);
    private static final double V2 = A * A / 8;
    private static final double V13 = 8 * B * B * PI4 * PI4 / 225;
    private static final double[] FIRST = {V1 / V, V2 / V, 0};
    private static final double[] TOTAL = {(V1 + V13) / V, V2 / V, V13 / V};

    /**
     * With N = 4096 base samples the estimates at this seed are within 0.002 of the analytic
     * values, and the bootstrap half-widths are 0.013-0.03 (the bootstrap treats the quasi-random
     * points as independent, so it is conservative for them). A tolerance of 0.03 leaves room for
     * another seed without hiding a wrong estimator, whose error would be of the size of the
     * indices themselves (e.g. the uncentred first-order formula with V from A only).
     */
    private static final double TOLERANCE = 0.03;

    @Test
    void ishigamiIndicesLandOnTheAnalyticValuesWithinTheirIntervals() {
        List<Factor> factors = List.of(Factor.uniform("x1", -Math.PI, Math.PI),
                Factor.uniform("x2", -Math.PI, Math.PI), Factor.uniform("x3", -Math.PI, Math.PI));
        Design design = Designs.saltelli(factors, 4096, new MersenneTwisterFast(20240924));
        double[] outputs = new double[design.size()];
        for (int r = 0; r < design.size(); r++) {
            outputs[r] = ishigami(design.value(r, 0), design.value(r, 1), design.value(r, 2));
        }

        SobolResult result = SobolIndices.estimate(design, outputs, 500, new MersenneTwisterFast(5));

        assertThat(result.outputVariance()).isCloseTo(V, within(0.5));
        assertThat(result.baseSamples()).isEqualTo(4096);
        for (int i = 0; i < 3; i++) {
            SobolIndex index = result.indices().get(i);
            assertThat(index.parameter()).isEqualTo("x" + (i + 1));
            assertThat(index.first()).as("S%d", i + 1).isCloseTo(FIRST[i], within(TOLERANCE));
            assertThat(index.total()).as("ST%d", i + 1).isCloseTo(TOTAL[i], within(TOLERANCE));
            assertThat(FIRST[i]).as("S%d in [%f, %f]", i + 1, index.firstLow(), index.firstHigh())
                    .isBetween(index.firstLow(), index.firstHigh());
            assertThat(TOTAL[i]).as("ST%d in [%f, %f]", i + 1, index.totalLow(), index.totalHigh())
                    .isBetween(index.totalLow(), index.totalHigh());
            assertThat(index.firstHigh() - index.firstLow()).isLessThan(0.1);
        }
        assertThat(result.byTotalDescending().get(0).parameter()).isEqualTo("x1");
    }

    @Test
    void linearModelIndicesMatchTheirShareOfVariance() {
        // y = x1 + 2 x2 with independent U(0, 1) factors: Var = 1/12 + 4/12, so S1 = ST1 = 0.2 and
        // S2 = ST2 = 0.8 (no interactions).
        Design design = Designs.saltelli(List.of(Factor.uniform("x1", 0, 1), Factor.uniform("x2", 0, 1)), 2048,
                new MersenneTwisterFast(1));
        double[] outputs = new double[design.size()];
        for (int r = 0; r < design.size(); r++) {
            outputs[r] = design.value(r, 0) + 2 * design.value(r, 1);
        }
        SobolResult result = SobolIndices.estimate(design, outputs, 200, new MersenneTwisterFast(2));
        assertThat(result.indices().get(0).first()).isCloseTo(0.2, within(0.01));
        assertThat(result.indices().get(0).total()).isCloseTo(0.2, within(0.01));
        assertThat(result.indices().get(1).first()).isCloseTo(0.8, within(0.01));
        assertThat(result.indices().get(1).total()).isCloseTo(0.8, within(0.01));
    }

    @Test
    void sameSeedGivesTheSameIntervals() {
        Design design = Designs.saltelli(List.of(Factor.uniform("x1", 0, 1), Factor.uniform("x2", 0, 1)), 64,
                new MersenneTwisterFast(1));
        double[] outputs = new double[design.size()];
        for (int r = 0; r < design.size(); r++) {
            outputs[r] = design.value(r, 0) * design.value(r, 1);
        }
        SobolResult one = SobolIndices.estimate(design, outputs, 100, new MersenneTwisterFast(9));
        SobolResult two = SobolIndices.estimate(design, outputs, 100, new MersenneTwisterFast(9));
        assertThat(one).isEqualTo(two);
    }

    @Test
    void refusesConstantOutputsAndOtherDesigns() {
        Design design = Designs.saltelli(List.of(Factor.uniform("x1", 0, 1), Factor.uniform("x2", 0, 1)), 16,
                new MersenneTwisterFast(1));
        assertThatThrownBy(() -> SobolIndices.estimate(design, new double[design.size()], 10,
                new MersenneTwisterFast(1))).isInstanceOf(ConstantOutputException.class)
                .hasMessageContaining("no variance");
        Design lhs = Designs.latinHypercube(List.of(Factor.uniform("x1", 0, 1)), 16, new MersenneTwisterFast(1));
        assertThatThrownBy(() -> SobolIndices.estimate(lhs, new double[16], 10, new MersenneTwisterFast(1)))
                .hasMessageContaining("Saltelli");
        double[] withNaN = new double[design.size()];
        withNaN[3] = Double.NaN;
        assertThatThrownBy(() -> SobolIndices.estimate(design, withNaN, 10, new MersenneTwisterFast(1)))
                .hasMessageContaining("row 3");
    }

    private static double ishigami(double x1, double x2, double x3) {
        double s2 = Math.sin(x2);
        return Math.sin(x1) + A * s2 * s2 + B * x3 * x3 * x3 * x3 * Math.sin(x1);
    }
}
