package org.treatysim.montecarlo.compare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;

/**
 * A run's outcome as one small number, all a comparison needs to pair it with the same run of
 * another scenario: the index of the first key date by which the treaty was signed (K when not
 * signed by the last of the K key dates), and whether the text was agreed by the horizon.
 *
 * <p>Signed by key date k ⇔ that index ≤ k, since "signed by" only grows with the date. The code
 * is {@code 2·index + textBit}, in [0, 2K + 1], so it takes ⌈log₂(2K + 2)⌉ bits: with the four
 * default key dates, 4 bits a run.
 */
public final class OutcomeCode {
    private final LocalDate start;
    private final LocalDate horizon;
    private final List<LocalDate> keyDates;
    private final long[] keyDays;

    /**
     * @param start    the scenarios' first day
     * @param horizon  their last day
     * @param keyDates ascending, distinct, each after {@code start} and not after {@code horizon}
     */
    public OutcomeCode(LocalDate start, LocalDate horizon, List<LocalDate> keyDates) {
        this.start = Objects.requireNonNull(start, "start");
        this.horizon = Objects.requireNonNull(horizon, "horizon");
        this.keyDates = List.copyOf(keyDates);
        if (this.keyDates.isEmpty()) throw new IllegalArgumentException("no key dates");
        if (!KeyDates.problems(this.keyDates, start, horizon).isEmpty()
                || !KeyDates.normalise(this.keyDates).equals(this.keyDates)) {
            throw new IllegalArgumentException("key dates must ascend, without repeats, within (" + start + ", "
                    + horizon + "]: " + keyDates);
        }
        keyDays = this.keyDates.stream().mapToLong(d -> ChronoUnit.DAYS.between(start, d)).toArray();
    }

    /** The key dates. */
    public List<LocalDate> keyDates() {
        return keyDates;
    }

    /** The horizon, by which "text agreed" is judged. */
    public LocalDate horizon() {
        return horizon;
    }

    /** How many different codes there are: 2(K + 1). */
    public int codeCount() {
        return 2 * (keyDays.length + 1);
    }

    /** Bits needed to store a code, &ge; 1. */
    public int bits() {
        return 32 - Integer.numberOfLeadingZeros(codeCount() - 1);
    }

    /** The code of a run. */
    public int encode(RunResult run) {
        int index = keyDays.length;
        LocalDate signed = Milestone.SIGNED.dayIn(run);
        if (signed != null) {
            long day = ChronoUnit.DAYS.between(start, signed);
            index = 0;
            while (index < keyDays.length && keyDays[index] < day) index++;
        }
        boolean text = Milestone.TEXT_AGREED.reachedBy(run, horizon);
        return 2 * index + (text ? 1 : 0);
    }

    /** True when the run with this code was signed by key date {@code k} (inclusive). */
    public static boolean signedBy(int code, int k) {
        return code >>> 1 <= k;
    }

    /** True when the run with this code had its text agreed by the horizon. */
    public static boolean textAgreed(int code) {
        return (code & 1) != 0;
    }
}
