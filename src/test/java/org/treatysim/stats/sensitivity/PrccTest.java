package org.treatysim.stats.sensitivity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.stat.correlation.PearsonsCorrelation;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.regression.OLSMultipleLinearRegression;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;

class PrccTest {

    private static final List<Factor> FACTORS = List.of(Factor.uniform("driver", 0, 1),
            Factor.uniform("brake", 0, 1), new Factor("noise.a", new Quantity.Normal(0, 1)),
            new Factor("noise.b", new Quantity.Beta(2, 5)), Factor.uniform("noise.c", 100, 900));

    @Test
    void recoversMonotoneDriversAndIgnoresNoiseParameters() {
        Design design = Designs.latinHypercube(FACTORS, 500, new MersenneTwisterFast(42));
        MersenneTwisterFast noise = new MersenneTwisterFast(43);
        double[] y = new double[design.size()];
        for (int r = 0; r < y.length; r++) {
            // Non-linear but monotone: up in driver, down in brake, plus output noise.
            y[r] = Math.exp(3 * design.value(r, 0)) - 2 * design.value(r, 1) + 0.5 * noise.nextGaussian();
        }
        List<PrccIndex> indices = Prcc.estimate(design, y);

        assertThat(indices).extracting(PrccIndex::parameter)
                .containsExactly("driver", "brake", "noise.a", "noise.b", "noise.c");
        PrccIndex driver = indices.get(0);
        PrccIndex brake = indices.get(1);
        assertThat(driver.prcc()).isGreaterThan(0.9);
        assertThat(driver.low()).isGreaterThan(0.85);
        assertThat(driver.pValue()).isLessThan(1e-10);
        assertThat(brake.prcc()).isLessThan(-0.5);
        assertThat(brake.high()).isLessThan(0);
        // Each noise interval covers 0 with probability 0.95 by construction; at this seed all three do.
        for (PrccIndex inert : indices.subList(2, 5)) {
            assertThat(0.0).as(inert.parameter()).isBetween(inert.low(), inert.high());
            assertThat(Math.abs(inert.prcc())).isLessThan(0.1);
        }
        assertThat(Prcc.byStrength(indices).get(0).parameter()).isEqualTo("driver");
        assertThat(Prcc.byStrength(indices).get(1).parameter()).isEqualTo("brake");
    }

    @Test
    void equalsTheCorrelationOfRegressionResiduals() {
        // The textbook definition, computed independently: regress the ranks of x_i and of y on the
        // ranks of the other factors and correlate the residuals.
        Design design = Designs.latinHypercube(FACTORS.subList(0, 3), 60, new MersenneTwisterFast(1));
        MersenneTwisterFast noise = new MersenneTwisterFast(2);
        double[] y = new double[design.size()];
        for (int r = 0; r < y.length; r++) {
            y[r] = design.value(r, 0) + design.value(r, 1) * design.value(r, 2) + 0.3 * noise.nextGaussian();
        }
        List<PrccIndex> indices = Prcc.estimate(design, y);

        NaturalRanking ranking = new NaturalRanking();
        double[][] ranks = new double[3][];
        for (int c = 0; c < 3; c++) {
            ranks[c] = ranking.rank(design.column(c));
        }
        double[] rankY = ranking.rank(y);
        for (int i = 0; i < 3; i++) {
            double[][] others = new double[y.length][2];
            for (int r = 0; r < y.length; r++) {
                int o = 0;
                for (int c = 0; c < 3; c++) {
                    if (c != i) {
                        others[r][o++] = ranks[c][r];
                    }
                }
            }
            OLSMultipleLinearRegression regression = new OLSMultipleLinearRegression();
            regression.newSampleData(ranks[i], others);
            double[] residualX = regression.estimateResiduals();
            regression.newSampleData(rankY, others);
            double[] residualY = regression.estimateResiduals();
            double expected = new PearsonsCorrelation().correlation(residualX, residualY);
            assertThat(indices.get(i).prcc()).isCloseTo(expected, within(1e-10));
            // Fisher z interval with 60 - 3 - 2 = 55 degrees of freedom.
            double z = 0.5 * Math.log((1 + expected) / (1 - expected));
            assertThat(indices.get(i).low()).isCloseTo(Math.tanh(z - 1.959963984540054 / Math.sqrt(55)), within(1e-9));
            assertThat(indices.get(i).high()).isCloseTo(Math.tanh(z + 1.959963984540054 / Math.sqrt(55)), within(1e-9));
        }
    }

    @Test
    void anOutputThatIsAnExactMonotoneFunctionOfOneFactorHasPrccMinusOne() {
        // A 5 × 5 × 5 grid whose output falls with the first factor and ignores the others: the
        // output's ranks are those of the first factor reversed, so the rank correlation matrix
        // is singular, yet the answer is plain: -1 for the first factor, 0 for the others.
        List<Factor> three = List.of(Factor.uniform("driver", 0, 1), Factor.uniform("inert.a", 0, 1),
                Factor.uniform("inert.b", 10, 20));
        Design grid = Designs.grid(three, 5);
        double[] y = new double[grid.size()];
        for (int r = 0; r < y.length; r++) y[r] = Math.exp(-3 * grid.value(r, 0));
        List<PrccIndex> indices = Prcc.estimate(grid, y);
        assertThat(indices.get(0)).isEqualTo(new PrccIndex("driver", -1, -1, -1, 0));
        for (PrccIndex inert : indices.subList(1, 3)) {
            assertThat(inert.prcc()).as(inert.parameter()).isZero();
            assertThat(inert.low()).isZero();
            assertThat(inert.high()).isZero();
            assertThat(inert.pValue()).isEqualTo(1);
        }
        // Rising with the factor instead: +1.
        for (int r = 0; r < y.length; r++) y[r] = grid.value(r, 0) * grid.value(r, 0);
        assertThat(Prcc.estimate(grid, y).get(0).prcc()).isEqualTo(1);
    }

    @Test
    void refusesDegenerateInput() {
        Design design = Designs.latinHypercube(FACTORS.subList(0, 2), 20, new MersenneTwisterFast(1));
        assertThatThrownBy(() -> Prcc.estimate(design, new double[20])).isInstanceOf(ConstantOutputException.class);
        assertThatThrownBy(() -> Prcc.estimate(design, new double[19])).hasMessageContaining("19 outputs");
        double[][] twins = new double[10][2];
        double[] y = new double[10];
        for (int r = 0; r < 10; r++) {
            twins[r][0] = r;
            twins[r][1] = 2 * r;
            y[r] = r % 3;
        }
        assertThatThrownBy(() -> Prcc.estimate(List.of("a", "b"), twins, y)).hasMessageContaining("collinear");
        assertThatThrownBy(() -> Prcc.estimate(List.of("a", "b"), new double[4][2], new double[4]))
                .hasMessageContaining("at least 5 points");
    }
}
