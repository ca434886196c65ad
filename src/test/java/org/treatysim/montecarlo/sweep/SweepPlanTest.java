package org.treatysim.montecarlo.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Milestone;
import org.treatysim.model.spec.Quantity;
import org.treatysim.stats.sensitivity.Factor;

class SweepPlanTest {
    private static final Target TARGET = new Target(Milestone.SIGNED, LocalDate.of(2026, 12, 31));

    private static List<Factor> factors(int k) {
        return Collections.nCopies(k, Factor.uniform("x", 0, 1));
    }

    private static SweepPlan plan(SweepMethod method, Integer samples, Integer levels) throws SweepInputException {
        return SweepPlan.fromOptions(method, samples, levels, 200, TARGET, 0.5, 1, 3);
    }

    @Test
    void defaultsAndSizes() throws Exception {
        SweepPlan lhs = plan(SweepMethod.LHS, null, null);
        assertThat(lhs.samples()).isEqualTo(200);
        assertThat(lhs.points(factors(32))).isEqualTo(200);
        assertThat(lhs.runs(factors(32))).isEqualTo(40_000);
        SweepPlan sobol = plan(SweepMethod.SOBOL, null, null);
        assertThat(sobol.samples()).isEqualTo(256);
        // k + 2 rows per base sample for k = 3 factors and the dummy.
        assertThat(sobol.points(factors(3))).isEqualTo(256 * 6);
        SweepPlan grid = plan(SweepMethod.GRID, null, 3);
        assertThat(grid.points(factors(4))).isEqualTo(81);
        // A choice factor takes each of its values, whatever the levels: 3 x 2 = 6 points.
        Factor choice = new Factor("c", new Quantity.Choice(List.of(new Quantity.Choice.Option(0.8, 3),
                new Quantity.Choice.Option(1.6, 1))));
        assertThat(grid.points(List.of(Factor.uniform("x", 0, 1), choice))).isEqualTo(6);
    }

    @Test
    void sobolNeedsAPowerOfTwo() {
        assertThatThrownBy(() -> plan(SweepMethod.SOBOL, 200, null)).isInstanceOf(SweepInputException.class)
                .hasMessage("--samples 200 is not a power of two: a Sobol design takes N = 2^m base samples and has"
                        + " N (k + 3) points for k factors (expected e.g. 128 or 256)");
    }

    @Test
    void optionsThatDoNotSuitTheMethodAreRefused() {
        assertThatThrownBy(() -> plan(SweepMethod.GRID, 100, null)).hasMessageContaining("--samples does not apply to a grid");
        assertThatThrownBy(() -> plan(SweepMethod.LHS, null, 4)).hasMessageContaining("--levels applies to --method grid only");
        assertThatThrownBy(() -> plan(SweepMethod.GRID, null, 1)).hasMessageContaining("--levels 1 is too few");
        assertThatThrownBy(() -> SweepPlan.fromOptions(SweepMethod.LHS, null, null, 0, TARGET, 0.5, 1, 3))
                .hasMessageContaining("--runs-per-sample 0 is out of range");
        assertThatThrownBy(() -> SweepPlan.fromOptions(SweepMethod.LHS, null, null, 10, TARGET, 1.5, 1, 3))
                .hasMessageContaining("--threshold 1.5 is not a probability");
        assertThatThrownBy(() -> SweepPlan.fromOptions(SweepMethod.LHS, null, null, 10, TARGET, 0.5, 1, 0))
                .hasMessageContaining("--boxes 0");
        assertThatThrownBy(() -> SweepMethod.ofKey("morris")).hasMessageContaining("expected lhs, sobol or grid");
    }

    @Test
    void designsTooSmallForTheIndicesOrTooBigAreRefused() throws Exception {
        assertThatThrownBy(() -> plan(SweepMethod.LHS, 10, null).check(factors(8)))
                .hasMessageContaining("partial rank correlations of 8 factors need at least 11 design points, not 10");
        assertThatThrownBy(() -> plan(SweepMethod.GRID, null, 5).check(factors(32)))
                .hasMessageContaining("a grid suits a few factors");
        assertThatThrownBy(() -> SweepPlan.fromOptions(SweepMethod.LHS, 5_000_000, null, 1000, TARGET, 0.5, 1, 3)
                .check(factors(3))).hasMessageContaining("more runs than a sweep can index");
        plan(SweepMethod.LHS, 11, null).check(factors(8));
        plan(SweepMethod.SOBOL, 2, null).check(factors(8));
    }
}
