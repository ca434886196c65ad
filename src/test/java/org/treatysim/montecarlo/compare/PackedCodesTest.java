package org.treatysim.montecarlo.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ec.util.MersenneTwisterFast;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PackedCodesTest {

    /** Every width, with codes that cross word boundaries (e.g. 5-bit codes straddle bits 60..64). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 7, 8, 13, 30, 31})
    void readsBackWhatWasAppended(int bits) {
        int n = 1000;
        int[] codes = new int[n];
        MersenneTwisterFast random = new MersenneTwisterFast(bits);
        PackedCodes packed = new PackedCodes(n, bits);
        for (int i = 0; i < n; i++) {
            codes[i] = random.nextInt() >>> (32 - bits);
            packed.append(codes[i]);
        }
        assertThat(packed.size()).isEqualTo(n);
        for (int i = 0; i < n; i++) {
            assertThat(packed.get(i)).as("code %d", i).isEqualTo(codes[i]);
        }
        // runs × bits, rounded up to whole 64-bit words
        assertThat(packed.storageBytes()).isEqualTo(8L * ((n * (long) bits + 63) / 64));
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 4})
    void refusesCodesThatDoNotFitAndRunsBeyondCapacity(int bits) {
        PackedCodes packed = new PackedCodes(1, bits);
        assertThatThrownBy(() -> packed.append(1 << bits)).isInstanceOf(IllegalArgumentException.class);
        packed.append(1);
        assertThatThrownBy(() -> packed.append(0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> packed.get(1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
