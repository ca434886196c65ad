package org.treatysim.stats;

/**
 * The Dvoretzky–Kiefer–Wolfowitz band with Massart's (1990) tight constant: for n independent
 * runs, the empirical distribution function of a date (e.g. the signing date, with "never" as a
 * value past the horizon) stays within ε = √(ln(2/α) / 2n) of the true one at every date at
 * once with probability at least 1 − α. It therefore covers the whole curve P(signed by t),
 * where pointwise Wilson intervals cover one date at a time. For dates on a grid and atoms the
 * bound is conservative.
 */
public final class Dkw {
    private Dkw() { }

    /**
     * Half-width ε of the simultaneous band.
     *
     * @param runs  independent runs, &ge; 1
     * @param alpha 1 − confidence, in (0, 1); 0.05 for 95%
     */
    public static double halfWidth(long runs, double alpha) {
        if (runs < 1 || !(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("need runs >= 1 and 0 < alpha < 1");
        }
        return Math.sqrt(StrictMath.log(2 / alpha) / (2.0 * runs));
    }

    /** Half-width of the simultaneous 95% band. */
    public static double halfWidth95(long runs) {
        return halfWidth(runs, 0.05);
    }
}
