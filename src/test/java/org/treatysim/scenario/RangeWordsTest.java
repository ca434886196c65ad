package org.treatysim.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A range's words are spelt from its bounds: how messages say what was expected, and how the key
 * tables of docs/scenario-format.md print it (with a minus sign, not a hyphen).
 */
class RangeWordsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "ANY          | any number        | any sign",
        "UNIT         | a value in [0, 1]  | [0, 1]",
        "SIGNED_UNIT  | a value in [-1, 1] | [−1, 1]",
        "NON_NEGATIVE | a value >= 0       | ≥ 0",
        "POSITIVE     | a value > 0        | > 0",
        "AT_LEAST_ONE | a value >= 1       | ≥ 1"})
    void eachRangeReadsAsItsBoundsSay(Range range, String expected, String documented) {
        assertThat(range.expected()).isEqualTo(expected);
        assertThat(range.documented()).isEqualTo(documented);
    }
}
