package org.treatysim.model;

import org.apache.commons.math3.util.FastMath;

/**
 * The model's formulas (docs/model.md sections 3–9) as pure functions on primitives, so that each can
 * be tested and benchmarked without the schedule. The agents call these and nothing else for the
 * arithmetic. No allocation, no state.
 *
 * <p>Exponentials and logarithms come from Commons Math's {@code FastMath}: pure Java, so the same
 * bits on every processor (the JVM's {@code Math} intrinsics differ between processors), fast
 * once compiled, and allocation-free, unlike {@code StrictMath.pow} on Java 17 (three small arrays
 * a call) and {@code FastMath.pow(double, double)} (one). Powers therefore go through
 * {@link #power(double, double)}.
 */
public final class NegotiationMath {

    /** Days per year used to turn yearly rates into per-step ones. */
    public static final double DAYS_PER_YEAR = 365.0;

    /** Slack in utility comparisons, so that exactly equal packages compare equal despite rounding. */
    public static final double UTILITY_EPSILON = 1e-9;

    private NegotiationMath() { }

    /**
     * base^exponent as exp(exponent·ln base), the same bits on every machine and allocation-free.
     *
     * @param base     &ge; 0 (0 gives 0, for the positive exponents the model uses)
     * @param exponent any finite value
     * @return base^exponent; 1 when the exponent is 0
     */
    public static double power(double base, double exponent) {
        if (exponent == 0 || base == 1) return 1;
        if (base == 0) return 0;
        return FastMath.exp(exponent * FastMath.log(base));
    }

    /**
     * Share of the concession range conceded at clock τ (Faratin, Sierra &amp; Jennings 1998):
     * α(τ) = k + (1 − k)·min(τ, 1)^(1/β).
     *
     * @param clock             τ &ge; 0 (negative values count as 0)
     * @param initialConcession k in [0, 1]
     * @param stance            β &gt; 0: &lt; 1 Boulware (concedes late), &gt; 1 Conceder (early)
     * @return α in [k, 1]
     */
    public static double concessionShare(double clock, double initialConcession, double stance) {
        double t = Math.min(Math.max(clock, 0), 1);
        double curve = t == 0 ? 0 : t == 1 ? 1 : power(t, 1 / stance);
        return initialConcession + (1 - initialConcession) * curve;
    }

    /** The offer on one issue: ideal + α·(reservation − ideal). */
    public static double offer(double ideal, double reservation, double share) {
        return ideal + share * (reservation - ideal);
    }

    /** The span that normalises an issue's utility: max(ideal, 1 − ideal), the distance to the far end. */
    public static double utilityScale(double ideal) {
        return Math.max(Math.max(ideal, 1 - ideal), 1e-12);
    }

    /** Utility of value x on one issue: u(x) = 1 − |x − ideal| / max(ideal, 1 − ideal), in [0, 1]. */
    public static double issueUtility(double value, double ideal) {
        return 1 - Math.abs(value - ideal) / utilityScale(ideal);
    }

    /**
     * The loss d^γ of a distance d on the utility scale for a party with loss exponent γ
     * (docs/model.md section 3): d itself for γ = 1 (the linear utility of version 1, bit for bit),
     * d·d for γ = 2 (the quadratic loss, without a logarithm), {@link #power} otherwise.
     *
     * @param distance d in [0, 1]
     * @param exponent γ &ge; 1
     */
    public static double loss(double distance, double exponent) {
        if (exponent == 1) return distance;
        if (exponent == 2) return distance * distance;
        return power(distance, exponent);
    }

    /** Utility of value x on one issue for loss exponent γ: u(x) = 1 − d(x)^γ, d(x) = |x − ideal| / max(ideal, 1 − ideal). */
    public static double issueUtility(double value, double ideal, double exponent) {
        if (exponent == 1) return issueUtility(value, ideal);
        return 1 - loss(Math.abs(value - ideal) / utilityScale(ideal), exponent);
    }

    /**
     * Additive utility of a package with loss exponent γ: Σ_i w_i·(1 − d_i(x_i)^γ); for γ = 1 exactly
     * {@link #utility(double[], double[], double[], int)}.
     */
    public static double utility(double[] values, double[] ideals, double[] weights, double exponent, int count) {
        if (exponent == 1) return utility(values, ideals, weights, count);
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += weights[i] * issueUtility(values[i], ideals[i], exponent);
        }
        return sum;
    }

    /**
     * Linear-additive utility of a package: Σ_i w_i·u_i(x_i).
     *
     * @param values  the package, one value per issue
     * @param ideals  the party's ideal per issue
     * @param weights normalised saliences (sum 1)
     * @param count   number of issues to read
     */
    public static double utility(double[] values, double[] ideals, double[] weights, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += weights[i] * issueUtility(values[i], ideals[i]);
        }
        return sum;
    }

    /**
     * Normalises raw saliences into weights that sum to 1 (equal weights when all are zero).
     *
     * @return the sum of the raw saliences
     */
    public static double normaliseWeights(double[] raw, double[] weights, int count) {
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += Math.max(raw[i], 0);
        }
        for (int i = 0; i < count; i++) {
            weights[i] = total > 0 ? Math.max(raw[i], 0) / total : 1.0 / count;
        }
        return total;
    }

    /**
     * Salience-weighted distance of a package from the party's ideal, Σ_i w_i·|x_i − ideal_i|,
     * in [0, 1]: how much the party conceded.
     */
    public static double concession(double[] values, double[] ideals, double[] weights, int count) {
        double sum = 0;
        for (int i = 0; i < count; i++) {
            sum += weights[i] * Math.abs(values[i] - ideals[i]);
        }
        return sum;
    }

    /**
     * How far the negotiation clock moves in one step: Δτ = (stepDays / patienceDays)·(1 + P),
     * floored at 0 (pressure against a deal can stop the clock but not run it backwards), times the
     * letdown factor after a deadline.
     *
     * @param stepDays     days per step, &gt; 0
     * @param patienceDays days to reach the reservation without pressure, &gt; 0
     * @param pressure     P, the sum of the pressures on the party (may be negative)
     * @param letdown      clock speed multiplier in [0, 1] (1 outside a letdown)
     */
    public static double clockIncrement(double stepDays, double patienceDays, double pressure, double letdown) {
        return stepDays / Math.max(patienceDays, 1e-9) * Math.max(0, 1 + pressure) * letdown;
    }

    /**
     * AC_next with a walk-away floor: accept package utility {@code offered} if
     * offered + side payments &ge; max(effective batna, utility of the party's own current offer).
     */
    public static boolean accepts(double offered, double sidePayments, double effectiveBatna, double ownOffer) {
        return offered + sidePayments + UTILITY_EPSILON >= acceptanceFloor(effectiveBatna, ownOffer);
    }

    /** What a package, side payments included, must be worth to be accepted: max(effective batna, own offer). */
    public static double acceptanceFloor(double effectiveBatna, double ownOffer) {
        return Math.max(effectiveBatna, ownOffer);
    }

    /** The batna lowered by outside pressure: batna − pressureToBatna·pressure. */
    public static double effectiveBatna(double batna, double pressureToBatna, double pressure) {
        return batna - pressureToBatna * pressure;
    }

    /**
     * Trust of a party in a mediator: 1 − biasPenalty·max(0, −bias toward the party) − accumulated
     * loss, clamped to [0, 1].
     *
     * @param biasTowardParty the mediator's bias toward this party, in [−1, 1] (for the first party
     *                        the mediator's bias, for the second its negation)
     * @param biasPenalty     trust lost per unit of bias against the party, in [0, 1]
     * @param lost            trust lost to clashes and spoiler incidents so far, &ge; 0
     */
    public static double trust(double biasTowardParty, double biasPenalty, double lost) {
        double value = 1 - biasPenalty * Math.max(0, -biasTowardParty) - lost;
        return Math.min(1, Math.max(0, value));
    }

    /** A mediator's pressure on one party: engagement·leverage·trust. */
    public static double mediatorPressure(double engagement, double leverage, double trust) {
        return Math.max(0, engagement) * Math.max(0, leverage) * trust;
    }

    /**
     * Deadline pressure on a party at day t (docs/model.md section 7): weight·exp(−(date − t)/λ) before
     * the window, the full weight inside [date, end], zero after.
     *
     * @param weight     pressure[p] &ge; 0
     * @param day        the current day (any origin, same as the dates)
     * @param dateDay    first day of the window
     * @param endDay     last day of the window, &ge; dateDay
     * @param lambdaDays time scale of the build-up, &gt; 0
     */
    public static double deadlinePressure(double weight, double day, double dateDay, double endDay, double lambdaDays) {
        if (day > endDay) return 0;
        if (day >= dateDay) return weight;
        return weight * FastMath.exp(-(dateDay - day) / Math.max(lambdaDays, 1e-9));
    }

    /**
     * The clock multiplier of a deadline's letdown: {@code factor} for {@code letdownDays} after the
     * window's end, 1 otherwise.
     */
    public static double letdown(double day, double endDay, double letdownDays, double factor) {
        return day > endDay && day <= endDay + letdownDays ? Math.min(1, Math.max(0, factor)) : 1;
    }

    /** Probability that a Poisson event of {@code ratePerYear} happens within a step: 1 − exp(−rate·dt). */
    public static double stepProbability(double ratePerYear, double stepDays) {
        return ratePerYear <= 0 ? 0 : -FastMath.expm1(-ratePerYear * stepDays / DAYS_PER_YEAR);
    }

    /**
     * Probability of a spoiler incident in a step: influence·propensity·closeness·stepDays/365,
     * clamped to [0, 1].
     */
    public static double spoilerProbability(double influence, double propensity, double closeness, double stepDays) {
        double p = Math.max(0, influence) * Math.max(0, propensity) * Math.max(0, closeness) * stepDays / DAYS_PER_YEAR;
        return Math.min(1, p);
    }

    /** Influence after one step of yearly decay: influence·(1 − decayPerYear)^(stepDays/365). */
    public static double decayedInfluence(double influence, double decayPerYear, double stepDays) {
        return influence * influenceRetention(decayPerYear, stepDays);
    }

    /** The share of influence kept over one step of yearly decay: (1 − decayPerYear)^(stepDays/365). */
    public static double influenceRetention(double decayPerYear, double stepDays) {
        double keep = 1 - Math.min(1, Math.max(0, decayPerYear));
        return power(keep, stepDays / DAYS_PER_YEAR);
    }

    /**
     * The referendum rule: passes when yes &gt; 50% of votes cast and yes votes &ge; quorum of
     * registered voters (support·turnout &ge; quorum).
     */
    public static boolean referendumPasses(double support, double turnout, double quorum) {
        return support > 0.5 && support * turnout >= quorum;
    }

    /**
     * The bridging value on one issue under {@code midpoint} drafting: the mean of the two offers
     * shifted toward the first party's side by bias·(half the gap), so it stays between the offers.
     *
     * @param first       the first party's offer
     * @param second      the second party's offer
     * @param bias        the mediator's bias in [−1, 1], &gt; 0 favours the first party
     * @param orientation +1 when the first party's ideal lies below the second's, −1 when above
     */
    public static double midpointDraft(double first, double second, double bias, double orientation) {
        double mid = (first + second) / 2;
        return mid - orientation * bias * Math.abs(second - first) / 2;
    }

    /**
     * The first party's weight θ = (1 + bias)/2 in the generalised Nash product
     * (U₁ − b₁)^θ·(U₂ − b₂)^(1−θ) that {@code nash} drafting maximises: ½ for a neutral mediator.
     *
     * @param bias the mediator's bias, clamped to [−1, 1] first (&gt; 0 favours the first party)
     * @return θ in [0, 1]
     */
    public static double nashWeight(double bias) {
        return (1 + Math.min(1, Math.max(-1, bias))) / 2;
    }

    /**
     * The reciprocity pressure: ρ times the other side's concession in the last step expressed as a
     * yearly rate (shares of its concession range per year).
     */
    public static double reciprocityPressure(double reciprocity, double otherConcession, double stepDays) {
        return Math.max(0, reciprocity) * Math.max(0, otherConcession) * DAYS_PER_YEAR / stepDays;
    }
}
