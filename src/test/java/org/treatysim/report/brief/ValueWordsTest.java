package org.treatysim.report.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValueWordsTest {
    @Test
    void distributionsAreSaidInWords() {
        assertThat(ValueWords.of("{ uniform: [120, 720] }", "days")).isEqualTo("uniform between 120 and 720 days");
        assertThat(ValueWords.of("{ triangular: [120, 300, 720] }", "days"))
                .isEqualTo("between 120 and 720 days, most likely 300 (triangular)");
        assertThat(ValueWords.of("{ beta: [12, 9] }", "")).isEqualTo("beta(12, 9), between 0 and 1 with mean 0.57");
        assertThat(ValueWords.of("{ choice: [[0.8, 3], [1.6, 1]] }", ""))
                .isEqualTo("0.8 with chance 75% or 1.6 with chance 25%");
        assertThat(ValueWords.of("{ normal: [0.5, 0.1] }", "")).isEqualTo("normal with mean 0.5 and standard deviation 0.1");
        assertThat(ValueWords.of("{ truncnormal: [0.5, 0.1, 0, 1] }", ""))
                .isEqualTo("normal with mean 0.5 and standard deviation 0.1, kept between 0 and 1");
        assertThat(ValueWords.of("{ lognormal: [0, 0.5] }", "days")).isEqualTo("log-normal with median 1 days (μ 0, σ 0.5)");
    }

    @Test
    void switchesDatesAndNumbersReadPlainly() {
        assertThat(ValueWords.of("true", "")).isEqualTo("yes");
        assertThat(ValueWords.of("false", "")).isEqualTo("no");
        assertThat(ValueWords.of("2025-09-24", "")).isEqualTo("24 Sep 2025");
        assertThat(ValueWords.of("30", "days")).isEqualTo("30 days");
        assertThat(ValueWords.of("nash", "")).isEqualTo("nash");
        assertThat(ValueWords.unit("parties.ARM.patienceDays")).isEqualTo("days");
        assertThat(ValueWords.unit("events.3.multiply.parties.ARM.patienceDays")).isEmpty();
        assertThat(ValueWords.unit("shocks.pauseWeeks")).isEqualTo("weeks");
    }
}
