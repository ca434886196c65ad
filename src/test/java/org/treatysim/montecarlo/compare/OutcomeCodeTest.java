package org.treatysim.montecarlo.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;

class OutcomeCodeTest {
    static final LocalDate START = LocalDate.of(2024, 9, 24);
    static final LocalDate HORIZON = LocalDate.of(2026, 12, 31);
    static final List<LocalDate> KEYS = List.of(LocalDate.of(2024, 11, 22), LocalDate.of(2024, 12, 31),
            LocalDate.of(2025, 12, 31), HORIZON);
    final OutcomeCode code = new OutcomeCode(START, HORIZON, KEYS);

    static RunResult run(LocalDate textAgreed, LocalDate signed) {
        return new RunResult(0, 1, signed == null ? Outcome.STALLED : Outcome.SIGNED, textAgreed, null, null, null,
                signed, null, 0, 0, new double[0], new double[0], new double[0]);
    }

    @Test
    void aSignatureCountsFromItsDayOn() {
        int onKeyDate = code.encode(run(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 12, 31)));
        assertThat(OutcomeCode.signedBy(onKeyDate, 0)).isFalse();
        assertThat(OutcomeCode.signedBy(onKeyDate, 1)).isTrue();
        assertThat(OutcomeCode.signedBy(onKeyDate, 3)).isTrue();
        int dayAfter = code.encode(run(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 1, 1)));
        assertThat(OutcomeCode.signedBy(dayAfter, 1)).isFalse();
        assertThat(OutcomeCode.signedBy(dayAfter, 2)).isTrue();
        int first = code.encode(run(LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 2)));
        assertThat(OutcomeCode.signedBy(first, 0)).isTrue();
    }

    @Test
    void unsignedRunsAreSignedByNoKeyDateAndTextIsItsOwnBit() {
        int neither = code.encode(run(null, null));
        int textOnly = code.encode(run(LocalDate.of(2026, 12, 31), null));
        for (int k = 0; k < KEYS.size(); k++) {
            assertThat(OutcomeCode.signedBy(neither, k)).isFalse();
            assertThat(OutcomeCode.signedBy(textOnly, k)).isFalse();
        }
        assertThat(OutcomeCode.textAgreed(neither)).isFalse();
        assertThat(OutcomeCode.textAgreed(textOnly)).isTrue();
        assertThat(neither).isEqualTo(2 * KEYS.size());
    }

    @Test
    void codesFitTheirBits() {
        // 4 key dates: indices 0..4 and a text bit, so codes 0..9 in 4 bits.
        assertThat(code.codeCount()).isEqualTo(10);
        assertThat(code.bits()).isEqualTo(4);
        assertThat(new OutcomeCode(START, HORIZON, List.of(HORIZON)).bits()).isEqualTo(2);
        assertThat(new OutcomeCode(START, HORIZON, List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1),
                HORIZON)).bits()).isEqualTo(3);
    }

    @Test
    void refusesKeyDatesOutOfOrderOrOutsideTheWindow() {
        assertThatThrownBy(() -> new OutcomeCode(START, HORIZON, List.of(HORIZON, LocalDate.of(2025, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutcomeCode(START, HORIZON, List.of(START)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutcomeCode(START, HORIZON, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
