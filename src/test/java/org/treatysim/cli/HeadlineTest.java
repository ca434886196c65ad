package org.treatysim.cli;

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
        assertThat(lines).contains("P(stalled at 2026-12-31) = 0.231 (95% CI 0.223–0.240, 10000 runs)",
                "P(text agreed by 2024-11-22, end of COP29, Baku) = 0.231 (95% CI 0.223–0.240, 10000 runs)");
        assertThat(lines.get(lines.size() - 1)).contains("±0.014").contains("DKW");
    }

    @Test
    void smallSharesDoNotReadAsZero() {
        assertThat(Headline.share(0)).isEqualTo("0.000");
        assertThat(Headline.share(0.00019)).isEqualTo("0.0002");
        assertThat(Headline.share(0.000019)).isEqualTo("0.00002");
        assertThat(Headline.share(0.0006)).isEqualTo("0.001");
        assertThat(Headline.share(1)).isEqualTo("1.000");
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
