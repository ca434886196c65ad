package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Words that follow from another fact of the table rather than being written again: a range's
 * message and documentation words from its bounds, a distribution's arity and rules from its
 * parameters' names. The words are those the messages and docs have always used.
 */
class SpelledFromTheTableTest {

    @Test
    void eachRangeReadsAsItsBoundsSay() {
        assertThat(Arrays.stream(Range.values()).map(Range::expected)).containsExactly("any number",
                "a value in [0, 1]", "a value in [-1, 1]", "a value >= 0", "a value > 0", "a value >= 1");
        // The docs print a minus sign, not a hyphen.
        assertThat(Arrays.stream(Range.values()).map(Range::documented)).containsExactly("any sign", "[0, 1]",
                "[−1, 1]", "≥ 0", "> 0", "≥ 1");
    }

    @Test
    void eachDistributionsArityAndRulesFollowFromItsParameters() {
        assertThat(Arrays.stream(Distribution.values()).map(Distribution::arity)).containsExactly(2, 2, 4, 2, 3, 2,
                -1);
        assertThat(Arrays.stream(Distribution.values()).map(Distribution::rules)).containsExactly(
                "[low, high], low < high",
                "[mean, sd], sd > 0 (unbounded: not allowed for bounded parameters)",
                "[mean, sd, low, high]: a normal conditioned on [low, high]; sd > 0, low < high",
                "[alpha, beta], both > 0; draws in [0, 1]",
                "[low, mode, high], low <= mode <= high, low < high",
                "[mu, sigma]: exp of a normal; sigma > 0; draws > 0",
                "[[value, weight], ...]: weights >= 0, at least one > 0");
        for (Distribution d : Distribution.values()) assertThat(d.rules()).startsWith(d.usage());
    }
}
