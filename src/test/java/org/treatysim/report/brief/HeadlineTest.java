package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.treatysim.stats.CurvePoint;
import org.treatysim.stats.DeadlineOutcome;
import org.treatysim.stats.Estimate;
import org.treatysim.stats.ForecastSummary;
import org.treatysim.stats.Histogram;
import org.treatysim.stats.Provenance;
import org.treatysim.stats.SampleDesign;

class HeadlineTest {
    static final Estimate E = new Estimate(0.2314, 0.2232, 0.2398);

    static ForecastSummary summary() {
        LocalDate horizon = LocalDate.of(2026, 12, 31);
        Map<String, Estimate> outcomes = Map.of("signed", E, "textAgreed", E, "initialed", E, "collapsed", E,
                "stalled", E);
        return new ForecastSummary(new Provenance("toy", "Toy", 10_000, 1, "00", "dev", "17", Instant.EPOCH),
                outcomes, List.of(new DeadlineOutcome("cop29", "COP29, Baku", LocalDate.of(2024, 11, 22), E, E)),
                List.of(new CurvePoint(horizon, E, E, E, E)), 0.0136, List.of(), Map.of(), Map.of(),
                new Histogram("days", 0, 1, new long[1]), List.of(), java.util.Optional.empty());
    }

    @Test
    void saysEachProbabilityWithItsIntervalAndRuns() {
        List<String> lines = Headline.lines(summary(), SampleDesign.fixed(10_000), true);
        assertThat(lines.get(0)).isEqualTo("P(signed by 2026-12-31) = 0.231 (95% CI 0.223–0.240, 10000 runs)");
        assertThat(lines.subList(0, 5)).extracting(l -> l.substring(0, l.indexOf(')') + 1)).containsExactly(
                "P(signed by 2026-12-31)", "P(text agreed by 2026-12-31)", "P(initialed by 2026-12-31)",
                "P(collapsed by 2026-12-31)", "P(stalled at 2026-12-31)");
        assertThat(lines).contains("P(stalled at 2026-12-31) = 0.231 (95% CI 0.223–0.240, 10000 runs)",
                "P(text agreed by 2024-11-22, end of COP29, Baku) = 0.231 (95% CI 0.223–0.240, 10000 runs)");
        assertThat(lines.get(lines.size() - 1)).contains("±0.014").contains("DKW");
    }

    private static String line(double p, double lo, double hi) {
        String line = Headline.line("x", new Estimate(p, lo, hi), 10_000, "–");
        return line.substring("P(x) = ".length(), line.indexOf(", 10000 runs"));
    }

    @Test
    void theIntervalHasTheDecimalsOfTheEstimateAtEveryMagnitude() {
        // 5 of 10,000 runs: not "0.001 (95% CI 0.00008–0.001)".
        assertThat(line(0.000514, 0.00008, 0.0014)).isEqualTo("0.0005 (95% CI 0.0001–0.0014");
        assertThat(line(0.00019, 0.00006, 0.0006)).isEqualTo("0.0002 (95% CI 0.0001–0.0006");
        assertThat(line(0.000019, 0.000004, 0.0001)).isEqualTo("0.00002 (95% CI 0.00000–0.00010");
        // The band edges: one significant digit needs a fourth decimal just below 0.001, not at it.
        assertThat(line(0.00099, 0.0005, 0.0019)).isEqualTo("0.0010 (95% CI 0.0005–0.0019");
        assertThat(line(0.001, 0.0005, 0.0019)).isEqualTo("0.001 (95% CI 0.001–0.002");
        assertThat(line(0.0095, 0.0078, 0.0116)).isEqualTo("0.010 (95% CI 0.008–0.012");
        assertThat(line(0.2314, 0.2232, 0.2398)).isEqualTo("0.231 (95% CI 0.223–0.240");
        // Near 1 the distance to 1 counts, as the distance to 0 does near 0.
        assertThat(line(0.999, 0.9981, 0.9995)).isEqualTo("0.999 (95% CI 0.998–1.000");
        assertThat(line(0.9995, 0.9986, 0.9998)).isEqualTo("0.9995 (95% CI 0.9986–0.9998");
        // Never or always: the open end of the interval sets the decimals.
        assertThat(line(0, 0, 0.00038)).isEqualTo("0.0000 (95% CI 0.0000–0.0004");
        assertThat(line(1, 0.99962, 1)).isEqualTo("1.0000 (95% CI 0.9996–1.0000");
        // An interval narrower than three decimals show gets more.
        assertThat(line(0.5, 0.4996, 0.5004)).isEqualTo("0.5000 (95% CI 0.4996–0.5004");
    }

    @Test
    void fallsBackToAsciiAndNamesTheDesign() {
        SampleDesign design = new SampleDesign(SampleDesign.Method.TWO_STAGE, 10_000, 0.005, 1000, 2147482648L,
                0.1, 0.0049);
        List<String> lines = Headline.lines(summary(), design, false);
        assertThat(String.join("\n", lines)).matches("\\p{ASCII}*");
        assertThat(lines.get(0)).contains("0.223-0.240");
        assertThat(lines.get(lines.size() - 1)).isEqualTo(
                "Runs chosen for a widest half-width <= 0.005 (two-stage design, pilot of 1000 runs): widest 0.0049.");
    }
}
