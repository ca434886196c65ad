package org.treatysim.montecarlo;

/**
 * How many runs a forecast should make: a given number, or as many as a precision needs.
 */
public sealed interface RunRequest {

    /**
     * Exactly {@code runs} runs, indices 0..runs−1.
     *
     * @param runs &ge; 1
     */
    record Fixed(int runs) implements RunRequest {
        public Fixed {
            if (runs < 1) throw new IllegalArgumentException("runs must be >= 1, got " + runs);
        }
    }

    /**
     * Enough runs that the widest headline 95% Wilson half-width is at most {@code halfWidth}
     * (see {@link PrecisionDesign}).
     *
     * @param halfWidth target half-width, in [0.001, 0.5]
     * @param pilotRuns runs in the pilot stage, in [100, 1,000,000]
     */
    record Precision(double halfWidth, int pilotRuns) implements RunRequest {
        /** Pilot runs by default: enough to bound p(1 − p) usefully, cheap next to the main stage. */
        public static final int DEFAULT_PILOT = 1000;

        public Precision {
            if (!(halfWidth >= 0.001 && halfWidth <= 0.5)) {
                throw new IllegalArgumentException("precision must be in [0.001, 0.5], got " + halfWidth);
            }
            if (pilotRuns < 100 || pilotRuns > 1_000_000) {
                throw new IllegalArgumentException("pilot runs must be in [100, 1000000], got " + pilotRuns);
            }
        }

        /** A precision with the default pilot. */
        public Precision(double halfWidth) {
            this(halfWidth, DEFAULT_PILOT);
        }
    }
}
