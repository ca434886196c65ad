package org.treatysim.report.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ec.util.MersenneTwisterFast;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void spellsNumbersPlainly() {
        assertThat(Numbers.format(0)).isEqualTo("0");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(1)).isEqualTo("1");
        assertThat(Numbers.format(365)).isEqualTo("365");
        assertThat(Numbers.format(0.25)).isEqualTo("0.25");
        assertThat(Numbers.format(1e-4)).isEqualTo("0.0001");
        assertThat(Numbers.format(-2.5e-7)).isEqualTo("-0.00000025");
        assertThat(Numbers.format(Double.NaN)).isEmpty();
        assertThatThrownBy(() -> Numbers.format(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ignoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Numbers.format(0.125)).isEqualTo("0.125");
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void readsBackTheVeryDoubleWritten() {
        MersenneTwisterFast random = new MersenneTwisterFast(new int[] {7});
        for (int i = 0; i < 20_000; i++) {
            double x = random.nextDouble() * Math.pow(10, random.nextInt(12) - 8) * (random.nextBoolean() ? 1 : -1);
            String text = Numbers.format(x);
            assertThat(text).doesNotContain("E");
            assertThat(Numbers.parse(text)).isEqualTo(x == 0 ? 0.0 : x);
        }
        assertThat(Numbers.parse("")).isNaN();
    }
}
