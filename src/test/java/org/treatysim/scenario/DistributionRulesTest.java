package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.Quantity;

/**
 * The loader refuses a distribution, with a located message, exactly when its record would refuse
 * to exist: the two statements of each distribution's rules cannot drift apart.
 */
class DistributionRulesTest {
    private static final double[] VALUES = {-1, 0, 0.5, 1, 2, 5, 800};

    private static boolean loaderAccepts(String text) {
        try {
            ScenarioLoader.parseQuantity(text, "test");
            return true;
        } catch (ScenarioException e) {
            return false;
        }
    }

    private static boolean recordAccepts(Function<double[], Quantity> make, double[] p) {
        try {
            make.apply(p);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static List<double[]> tuples(int arity) {
        List<double[]> all = new ArrayList<>();
        all.add(new double[0]);
        for (int k = 0; k < arity; k++) {
            List<double[]> longer = new ArrayList<>();
            for (double[] t : all) {
                for (double v : VALUES) {
                    double[] u = java.util.Arrays.copyOf(t, t.length + 1);
                    u[t.length] = v;
                    longer.add(u);
                }
            }
            all = longer;
        }
        return all;
    }

    private static void agree(String kind, int arity, Function<double[], Quantity> make) {
        int refused = 0;
        for (double[] p : tuples(arity)) {
            List<String> numbers = new ArrayList<>();
            for (double v : p) numbers.add(String.format(Locale.ROOT, "%s", v));
            String text = "{ " + kind + ": [" + String.join(", ", numbers) + "] }";
            boolean accepted = loaderAccepts(text);
            assertThat(accepted).as(text).isEqualTo(recordAccepts(make, p));
            if (!accepted) refused++;
        }
        assertThat(refused).as("some %s parameters are refused", kind).isPositive();
    }

    @Test
    void theLoaderAndTheRecordsAgreeOnEveryDistribution() {
        agree("uniform", 2, p -> new Quantity.Uniform(p[0], p[1]));
        agree("normal", 2, p -> new Quantity.Normal(p[0], p[1]));
        agree("truncnormal", 4, p -> new Quantity.TruncatedNormal(p[0], p[1], p[2], p[3]));
        agree("beta", 2, p -> new Quantity.Beta(p[0], p[1]));
        agree("triangular", 3, p -> new Quantity.Triangular(p[0], p[1], p[2]));
        agree("lognormal", 2, p -> new Quantity.LogNormal(p[0], p[1]));
    }

    @Test
    void theLoaderAndTheRecordsAgreeOnChoices() {
        for (double[] weights : tuples(2)) {
            String text = String.format(Locale.ROOT, "{ choice: [[1, %s], [2, %s]] }", weights[0], weights[1]);
            boolean record = recordAccepts(w -> new Quantity.Choice(List.of(new Quantity.Choice.Option(1, w[0]),
                    new Quantity.Choice.Option(2, w[1]))), weights);
            assertThat(loaderAccepts(text)).as(text).isEqualTo(record);
        }
        assertThat(loaderAccepts("{ choice: [] }")).isFalse();
        assertThat(recordAccepts(w -> new Quantity.Choice(List.of()), new double[0])).isFalse();
    }
}
