package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A distribution is written once: its arity and its rules follow from its parameters' names. */
class DistributionWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "UNIFORM     |  2 | [low, high], low < high",
        "NORMAL      |  2 | [mean, sd], sd > 0 (unbounded: not allowed for bounded parameters)",
        "TRUNCNORMAL |  4 | [mean, sd, low, high]: a normal conditioned on [low, high]; sd > 0, low < high",
        "BETA        |  2 | [alpha, beta], both > 0; draws in [0, 1]",
        "TRIANGULAR  |  3 | [low, mode, high], low <= mode <= high, low < high",
        "LOGNORMAL   |  2 | [mu, sigma]: exp of a normal; sigma > 0; draws > 0",
        "CHOICE      | -1 | [[value, weight], ...]: weights >= 0, at least one > 0"})
    void arityAndRulesFollowFromTheParameters(Distribution distribution, int arity, String rules) {
        assertThat(distribution.arity()).isEqualTo(arity);
        assertThat(distribution.rules()).isEqualTo(rules).startsWith(distribution.usage());
    }
}
