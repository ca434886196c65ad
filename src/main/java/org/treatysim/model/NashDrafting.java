package org.treatysim.model;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Nash drafting on the exact Pareto frontier of two linear-additive utilities (docs/model.md section 5).
 *
 * <p>Each draftable issue may take any value between the two parties' ideals (capped by the issue's
 * upper limit). Utilities are linear there, so the Pareto frontier is exact: start from the package
 * best for the first party and hand the issues to the second party in decreasing order of the
 * ratio of its marginal gain to the first party's marginal loss (the fractional-knapsack order).
 * The frontier is parametrised by s, the first party's utility given up. The drafted point
 * maximises the (generalised) Nash product (U₁ − b₁)^θ·(U₂ − b₂)^(1−θ) with θ = (1 + bias)/2
 * (θ = ½, the plain Nash product, for a neutral mediator), found on the frontier by Commons
 * Math's {@link BrentOptimizer} and then snapped to the neighbouring frontier vertices, where the
 * optimum of a piecewise-linear frontier often lies. Outside the region where both factors are
 * positive the objective is minus the total shortfall, which keeps it unimodal (the log of the
 * product is concave on the frontier), so Brent's search is exact up to its tolerance.
 *
 * <p>"Within the range between the two offers": the draft is confined to the frontier segment on
 * which each party gets at least what the other side's current offer gives it. For a single issue
 * this is exactly the interval between the two offers; with several issues of unequal salience it
 * lets the mediator trade across issues (logrolling). Because the objective is unimodal, the
 * optimum on that segment is the unconstrained optimum clamped to it, so the Brent search is
 * cached and repeated only when the frontier or the batnas change; a step that changes only the
 * offers allocates nothing.
 *
 * <p>Most drafts are refused: the Nash point usually lies where one party's acceptance floor is not
 * met. {@link #nashPointOutside} tells, without the Brent search, when the search's result would
 * certainly fall outside a range, so that the table can skip drafts nobody would accept.
 *
 * <p>Usage per step: {@link #prepare}, then {@link #segmentFor} and {@link #draft}. One instance
 * per model (not thread-safe).
 */
public final class NashDrafting implements ParetoFrontier {
    private static final double RELATIVE_TOLERANCE = 1e-12;
    private static final double ABSOLUTE_TOLERANCE = 1e-14;
    /**
     * How far (as a share of the frontier length) the best point must lie from a bound before
     * {@link #nashPointOutside} vouches for its side: the Brent search stops within about
     * 4·10⁻¹² of the frontier length of the optimum, so this leaves a factor of 250,000.
     */
    private static final double CLEARANCE = 1e-6;
    /**
     * How much lower the objective must be at that bound than at the best point: far above its
     * rounding error (about 10⁻¹⁶ of values of order 1), so that the comparisons made by the search
     * cannot take the bound's side for the better one.
     */
    private static final double DROP = 1e-6;

    private final int capacity;
    private final BrentOptimizer optimizer = new BrentOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE);
    private final MaxEval maxEval = new MaxEval(500);
    private final SearchInterval unitInterval = new SearchInterval(0, 1);
    private final UnivariateObjectiveFunction objective;

    // The frontier of the last prepare().
    private int count;
    private final double[] firstEnd;
    private final double[] secondEnd;
    private final int[] order;
    private final double[] loss;
    private final double[] gain;
    private final double[] cumulativeLoss;
    private final double[] cumulativeGain;
    /** Per issue in play, its first party's end, and whether neither party cares where it lies. */
    private final double[] firstIdealEnd;
    private final boolean[] free;
    // Scratch of the nearest package among equally good ones (valuesAt with a reference).
    private final double[] phi;
    private final double[] slope;
    private final double[] breakpoints;
    private int segments;
    private double firstBest;
    private double secondWorst;
    private double totalLoss;

    // Objective parameters during a search.
    private double batnaFirst;
    private double batnaSecond;
    private double theta;

    // The point near the optimum found by findBestPoint() and its objective value.
    private double bestPoint;
    private double bestValue;

    // Cache of the last search.
    private boolean cached;
    private int cachedSegments;
    private final double[] cachedLoss;
    private final double[] cachedGain;
    private double cachedFirstBest;
    private double cachedSecondWorst;
    private double cachedBatnaFirst;
    private double cachedBatnaSecond;
    private double cachedTheta;
    private double cachedOptimum;
    private int searches;

    /** A drafter for up to {@code capacity} issues. */
    public NashDrafting(int capacity) {
        this.capacity = capacity;
        firstEnd = new double[capacity];
        secondEnd = new double[capacity];
        order = new int[capacity];
        loss = new double[capacity];
        gain = new double[capacity];
        cumulativeLoss = new double[capacity + 1];
        cumulativeGain = new double[capacity + 1];
        cachedLoss = new double[capacity];
        cachedGain = new double[capacity];
        firstIdealEnd = new double[capacity];
        free = new boolean[capacity];
        phi = new double[capacity];
        slope = new double[capacity];
        breakpoints = new double[2 * capacity];
        objective = new UnivariateObjectiveFunction(t -> objective(t * totalLoss));
    }

    /** Forgets the cached search (the result never depends on it; this only frees the run from history). */
    public void reset() {
        cached = false;
        searches = 0;
    }

    /** How many Brent searches ran since construction or {@link #reset()}. */
    public int searches() {
        return searches;
    }

    /**
     * Builds the Pareto frontier for the draftable issues. The frontier is a function of the
     * arguments alone, so a caller may keep it while they stay the same.
     *
     * @param n         number of issues
     * @param draftable which issues the mediator may set; the others keep {@code values[i]}
     * @param values    current package (fixed values of non-draftable issues are read from it)
     * @param upper     per issue, the largest admissible value (1 unless a red line caps it)
     * @param ideal1    first party's ideals
     * @param weight1   first party's normalised saliences
     * @param ideal2    second party's ideals
     * @param weight2   second party's normalised saliences
     */
    public void prepare(int n, boolean[] draftable, double[] values, double[] upper, double[] ideal1,
                        double[] weight1, double[] ideal2, double[] weight2) {
        if (n > capacity) {
            throw new IllegalArgumentException(n + " issues exceed the capacity " + capacity);
        }
        count = n;
        segments = 0;
        double u1 = 0;
        double u2 = 0;
        for (int i = 0; i < n; i++) {
            double value;
            if (draftable[i]) {
                double e1 = clamp(ideal1[i], 0, upper[i]);
                double e2 = clamp(ideal2[i], 0, upper[i]);
                firstEnd[i] = e1;
                secondEnd[i] = e2;
                double span = Math.abs(e2 - e1);
                double l = weight1[i] * span / NegotiationMath.utilityScale(ideal1[i]);
                double g = weight2[i] * span / NegotiationMath.utilityScale(ideal2[i]);
                firstIdealEnd[i] = e1;
                free[i] = span > 0 && l == 0 && g == 0;
                if (span == 0 || (l == 0 && g == 0)) {
                    value = (e1 + e2) / 2;
                } else if (l == 0) {
                    value = e2;
                } else if (g == 0) {
                    value = e1;
                } else {
                    value = e1;
                    loss[i] = l;
                    gain[i] = g;
                    order[segments++] = i;
                }
                firstEnd[i] = value;
            } else {
                value = values[i];
            }
            u1 += weight1[i] * NegotiationMath.issueUtility(value, ideal1[i]);
            u2 += weight2[i] * NegotiationMath.issueUtility(value, ideal2[i]);
        }
        // Insertion sort by gain/loss descending (ties by issue order): n is small and this allocates nothing.
        for (int a = 1; a < segments; a++) {
            int issue = order[a];
            int b = a - 1;
            while (b >= 0 && steeper(issue, order[b])) {
                order[b + 1] = order[b];
                b--;
            }
            order[b + 1] = issue;
        }
        cumulativeLoss[0] = 0;
        cumulativeGain[0] = 0;
        for (int j = 0; j < segments; j++) {
            cumulativeLoss[j + 1] = cumulativeLoss[j] + loss[order[j]];
            cumulativeGain[j + 1] = cumulativeGain[j] + gain[order[j]];
        }
        firstBest = u1;
        secondWorst = u2;
        totalLoss = cumulativeLoss[segments];
    }

    private boolean steeper(int issue, int other) {
        // gain_i/loss_i > gain_o/loss_o, cross-multiplied (losses are positive).
        return gain[issue] * loss[other] > gain[other] * loss[issue];
    }

    /** The first party's utility on the frontier at s: its best minus s. */
    public double firstUtility(double s) {
        return firstBest - s;
    }

    /** The second party's utility on the frontier at s (concave, piecewise linear, non-decreasing). */
    public double secondUtility(double s) {
        if (s <= 0) return secondWorst;
        for (int j = 0; j < segments; j++) {
            if (s <= cumulativeLoss[j + 1]) {
                double within = (s - cumulativeLoss[j]) / loss[order[j]];
                return secondWorst + cumulativeGain[j] + within * gain[order[j]];
            }
        }
        return secondWorst + cumulativeGain[segments];
    }

    /** The length of the frontier parameter: the first party's utility from its best to its worst package. */
    public double frontierLength() {
        return totalLoss;
    }

    /** The second party's utility at the end of the frontier: the most any draft can give it. */
    public double secondBest() {
        return secondWorst + cumulativeGain[segments];
    }

    /** The smallest s at which the second party's utility reaches {@code target} (clamped to the frontier). */
    public double firstPointGiving(double target) {
        double need = target - secondWorst;
        if (need <= 0) return 0;
        for (int j = 0; j < segments; j++) {
            if (need <= cumulativeGain[j + 1]) {
                return cumulativeLoss[j] + (need - cumulativeGain[j]) / gain[order[j]] * loss[order[j]];
            }
        }
        return totalLoss;
    }

    /**
     * The frontier segment between the two offers: s with U₁(s) &ge; {@code firstFloor} (what the
     * second party's offer gives the first) and U₂(s) &ge; {@code secondFloor}. When the offers have
     * crossed these bounds swap, and the segment between them is used.
     *
     * @param into two elements: low and high s
     */
    public void segmentFor(double firstFloor, double secondFloor, double[] into) {
        double high = clamp(firstBest - firstFloor, 0, totalLoss);
        double low = firstPointGiving(secondFloor);
        into[0] = Math.min(low, high);
        into[1] = Math.max(low, high);
    }

    /**
     * The frontier point maximising the generalised Nash product, clamped to [low, high].
     *
     * @param batna1 first party's disagreement utility (its effective batna)
     * @param batna2 second party's disagreement utility
     * @param bias   mediator's bias in [−1, 1]; 0 gives the symmetric Nash product
     */
    public double nashPoint(double batna1, double batna2, double bias, double low, double high) {
        double weight = NegotiationMath.nashWeight(bias);
        if (!(cached && batna1 == cachedBatnaFirst && batna2 == cachedBatnaSecond && weight == cachedTheta
                && sameFrontier())) {
            cachedOptimum = search(batna1, batna2, weight);
            remember(batna1, batna2, weight);
        }
        return clamp(cachedOptimum, low, high);
    }

    /**
     * Whether {@link #nashPoint nashPoint(batna1, batna2, bias, segmentLow, segmentHigh)} certainly
     * lies outside [low, high], a range within [segmentLow, segmentHigh]; answers without the Brent
     * search, and false when in doubt.
     *
     * <p>Why this is safe: the objective is unimodal on the frontier (see the class comment). If a
     * point p below {@code low} − clearance has an objective higher by {@link #DROP} than the point
     * {@code low} − clearance, the optimum and every point nearly as good lie below that point, so
     * the search (which stops within its tolerance, far smaller than the clearance, of such a
     * point) and the vertex snap that follows land below {@code low}; clamped to the segment, the
     * draft stays below {@code low} when {@code low} is above the segment's start. The same holds
     * mirrored above {@code high}. The candidate p comes from {@link #findBestPoint}; how it is
     * found does not matter for safety, as the comparison of objectives vouches for it.
     */
    public boolean nashPointOutside(double batna1, double batna2, double bias, double segmentLow, double segmentHigh,
                                    double low, double high) {
        boolean belowPossible = low > segmentLow;
        boolean abovePossible = high < segmentHigh;
        if (segments == 0 || totalLoss <= 0 || !(belowPossible || abovePossible)) return false;
        batnaFirst = batna1;
        batnaSecond = batna2;
        theta = NegotiationMath.nashWeight(bias);
        findBestPoint();
        double clearance = CLEARANCE * totalLoss;
        if (belowPossible) {
            double bound = low - clearance;
            if (bestPoint < bound && bestValue > objective(bound) + DROP) return true;
        }
        if (abovePossible) {
            double bound = high + clearance;
            if (bestPoint > bound && bestValue > objective(bound) + DROP) return true;
        }
        return false;
    }

    /**
     * Sets {@link #bestPoint} and {@link #bestValue} to a point at or near the optimum of the
     * objective (with the batnas and weight already set). Unimodality places the optimum at the
     * first vertex where the objective stops rising, or on the piece just before it: there it sits
     * at the stationary point of the piece or where a party's gain over its batna reaches zero. The
     * objective (two powers for a biased mediator) is evaluated only at these few candidates.
     */
    private void findBestPoint() {
        double firstGain = firstBest - batnaFirst;
        double secondGain = secondWorst - batnaSecond;
        int top = segments;
        for (int j = 0; j < segments; j++) {
            double slope = gain[order[j]] / loss[order[j]];
            if (!rises(firstGain - cumulativeLoss[j], secondGain + cumulativeGain[j], slope)) {
                top = j;
                break;
            }
        }
        if (top > 0) {
            // On the piece before that vertex, a stationary point where both gains are positive is
            // the best point of the piece, so it is the optimum: no other candidate is needed.
            int issue = order[top - 1];
            double start = cumulativeLoss[top - 1];
            double slope = gain[issue] / loss[issue];
            double secondGainAtStart = secondGain + cumulativeGain[top - 1];
            double s = stationaryPoint(firstGain, secondGainAtStart, start, slope);
            double g1 = firstGain - s;
            double g2 = secondGainAtStart + slope * (s - start);
            if (s > start && s < cumulativeLoss[top] && g1 > 0 && g2 > 0) {
                bestPoint = s;
                bestValue = objectiveOfGains(g1, g2);
                return;
            }
        }
        bestPoint = cumulativeLoss[top];
        bestValue = objectiveOfGains(firstGain - cumulativeLoss[top], secondGain + cumulativeGain[top]);
        if (top == 0) return;
        double start = cumulativeLoss[top - 1];
        double end = cumulativeLoss[top];
        considerStationaryPoint(top - 1);
        double firstGainVanishes = firstGain;  // g₁ = G − s is zero at s = G
        if (firstGainVanishes > start && firstGainVanishes < end) consider(firstGainVanishes);
        double secondGainStarts = firstPointGiving(batnaSecond);
        if (secondGainStarts > start && secondGainStarts < end) consider(secondGainStarts);
    }

    /**
     * Whether the objective rises just to the right of a frontier point where the parties gain g₁
     * and g₂ over their batnas and the second party's utility grows by {@code slope} per unit the
     * first gives up. Where both gains are positive the log of the generalised Nash product has
     * slope −θ/g₁ + (1 − θ)·slope/g₂; elsewhere the objective is minus the shortfalls, which shrink
     * at {@code slope} for the second party and grow at 1 for the first.
     */
    private boolean rises(double g1, double g2, double slope) {
        if (g1 > 0 && g2 > 0) return (1 - theta) * slope * g1 > theta * g2;
        if (g1 > 0) return true;
        return g2 < 0 && slope > 1;
    }

    /**
     * On a piece starting at a with slope k the gains are g₁ = G − s and g₂ = H + k·(s − a); the
     * generalised Nash product's logarithm θ·ln g₁ + (1 − θ)·ln g₂ is stationary at
     * s = (1 − θ)·G + θ·a − θ·H/k.
     */
    private double stationaryPoint(double firstGain, double secondGainAtStart, double start, double slope) {
        return (1 - theta) * firstGain + theta * start - theta * secondGainAtStart / slope;
    }

    private void considerStationaryPoint(int j) {
        int issue = order[j];
        double start = cumulativeLoss[j];
        double slope = gain[issue] / loss[issue];
        double firstGain = firstBest - batnaFirst;
        double secondGainAtStart = secondWorst + cumulativeGain[j] - batnaSecond;
        double s = stationaryPoint(firstGain, secondGainAtStart, start, slope);
        if (s > start && s < cumulativeLoss[j + 1]) consider(s);
    }

    private void consider(double s) {
        double value = objective(s);
        if (value > bestValue) {
            bestValue = value;
            bestPoint = s;
        }
    }

    /** Writes the package at frontier point s into {@code values} (draftable issues only). */
    public void valuesAt(double s, boolean[] draftable, double[] values) {
        for (int i = 0; i < count; i++) {
            if (draftable[i]) values[i] = firstEnd[i];
        }
        double left = s;
        for (int j = 0; j < segments && left > 0; j++) {
            int issue = order[j];
            double share = Math.min(1, left / loss[issue]);
            values[issue] = firstEnd[issue] + share * (secondEnd[issue] - firstEnd[issue]);
            left -= loss[issue];
        }
    }

    @Override
    public double length() {
        return totalLoss;
    }

    @Override
    public double lastPointGivingFirst(double target) {
        return Math.min(totalLoss, firstBest - target);
    }

    @Override
    public double firstPointGivingSecond(double target) {
        return target > secondBest() ? Double.POSITIVE_INFINITY : firstPointGiving(target);
    }

    @Override
    public double nashPoint(double batna1, double batna2, double bias) {
        return nashPoint(batna1, batna2, bias, 0, totalLoss);
    }

    /**
     * The package at frontier point s, with ties resolved toward {@code reference}: issues between
     * which the parties trade at the same rate (equal ratios of marginal gain to marginal loss, to
     * within 10⁻¹² of each other) share the first party's loss s falls into so that the package lies
     * nearest the reference in Euclidean distance, every such sharing giving both parties the same
     * utilities; an issue neither party cares about takes the reference's value between the ends.
     */
    @Override
    public void valuesAt(double s, boolean[] inPlay, double[] reference, double[] values) {
        for (int i = 0; i < count; i++) {
            if (!inPlay[i]) continue;
            if (free[i]) {
                double low = Math.min(firstIdealEnd[i], secondEnd[i]);
                double high = Math.max(firstIdealEnd[i], secondEnd[i]);
                values[i] = Math.min(high, Math.max(low, reference[i]));
            } else {
                values[i] = firstEnd[i];
            }
        }
        int j = 0;
        while (j < segments) {
            int end = j + 1;
            while (end < segments && sameRate(order[j], order[end])) end++;
            double from = cumulativeLoss[j];
            double to = cumulativeLoss[end];
            if (s >= to) {
                for (int k = j; k < end; k++) values[order[k]] = secondEnd[order[k]];
            } else if (s > from) {
                share(j, end, s - from, reference, values);
            }
            j = end;
        }
    }

    /** Whether two issues trade at the same rate gain/loss, to within 10⁻¹² (relative). */
    private boolean sameRate(int a, int b) {
        double left = gain[a] * loss[b];
        double right = gain[b] * loss[a];
        return Math.abs(left - right) <= 1e-12 * Math.max(left, right);
    }

    /**
     * Moves the issues order[from..to) toward the second party's ends by a total loss {@code lost}
     * of the first party's utility, to the package nearest {@code reference}: with x_i = e₁ + f_i·(e₂ − e₁),
     * minimise Σ (x_i − r_i)² subject to Σ l_i·f_i = lost, f_i ∈ [0, 1]. The minimiser is
     * f_i = clamp(φ_i + μ·l_i/(e₂ − e₁)², 0, 1), φ_i = (r_i − e₁)/(e₂ − e₁), for the μ at which the
     * sum, piecewise linear and non-decreasing in μ, reaches {@code lost}; it is found exactly
     * between the sorted breakpoints of the clamps.
     */
    private void share(int from, int to, double lost, double[] reference, double[] values) {
        if (to - from == 1) {
            int issue = order[from];
            values[issue] = firstEnd[issue] + lost / loss[issue] * (secondEnd[issue] - firstEnd[issue]);
            return;
        }
        int points = 0;
        for (int k = from; k < to; k++) {
            int issue = order[k];
            double range = secondEnd[issue] - firstEnd[issue];
            phi[issue] = (reference[issue] - firstEnd[issue]) / range;
            slope[issue] = loss[issue] / (range * range);
            breakpoints[points++] = -phi[issue] / slope[issue];
            breakpoints[points++] = (1 - phi[issue]) / slope[issue];
        }
        // Insertion sort: a class of equally steep issues is small.
        for (int a = 1; a < points; a++) {
            double value = breakpoints[a];
            int b = a - 1;
            while (b >= 0 && breakpoints[b] > value) {
                breakpoints[b + 1] = breakpoints[b];
                b--;
            }
            breakpoints[b + 1] = value;
        }
        double mu = breakpoints[points - 1];
        double below = 0;
        for (int p = 0; p < points; p++) {
            double at = lossSharedAt(from, to, breakpoints[p]);
            if (at >= lost) {
                double left = p == 0 ? breakpoints[0] : breakpoints[p - 1];
                mu = at == below || p == 0 ? breakpoints[p] : left + (lost - below) * (breakpoints[p] - left) / (at - below);
                break;
            }
            below = at;
        }
        for (int k = from; k < to; k++) {
            int issue = order[k];
            double f = Math.min(1, Math.max(0, phi[issue] + mu * slope[issue]));
            values[issue] = firstEnd[issue] + f * (secondEnd[issue] - firstEnd[issue]);
        }
    }

    private double lossSharedAt(int from, int to, double mu) {
        double sum = 0;
        for (int k = from; k < to; k++) {
            int issue = order[k];
            sum += loss[issue] * Math.min(1, Math.max(0, phi[issue] + mu * slope[issue]));
        }
        return sum;
    }

    private double search(double batna1, double batna2, double weight) {
        searches++;
        if (segments == 0 || totalLoss <= 0) return 0;
        batnaFirst = batna1;
        batnaSecond = batna2;
        theta = weight;
        UnivariatePointValuePair best = optimizer.optimize(maxEval, objective, GoalType.MAXIMIZE, unitInterval);
        double s = clamp(best.getPoint() * totalLoss, 0, totalLoss);
        double value = objective(s);
        // The optimum of a piecewise-linear frontier often sits on a vertex; Brent lands within its
        // tolerance of it, so compare with the two vertices around s and keep the best.
        int j = 0;
        while (j < segments && cumulativeLoss[j + 1] < s) j++;
        double left = cumulativeLoss[Math.min(j, segments)];
        double right = cumulativeLoss[Math.min(j + 1, segments)];
        double valueLeft = objective(left);
        double valueRight = objective(right);
        if (valueLeft >= value && valueLeft >= valueRight) return left;
        if (valueRight >= value) return right;
        return s;
    }

    private double objective(double s) {
        return objectiveOfGains(firstUtility(s) - batnaFirst, secondUtility(s) - batnaSecond);
    }

    /** The objective for the parties' gains over their batnas. */
    private double objectiveOfGains(double g1, double g2) {
        if (g1 > 0 && g2 > 0) {
            return theta == 0.5 ? g1 * g2 : NegotiationMath.power(g1, theta) * NegotiationMath.power(g2, 1 - theta);
        }
        return -(Math.max(0, -g1) + Math.max(0, -g2));
    }

    private boolean sameFrontier() {
        if (cachedSegments != segments || cachedFirstBest != firstBest || cachedSecondWorst != secondWorst) {
            return false;
        }
        for (int j = 0; j < segments; j++) {
            if (cachedLoss[j] != loss[order[j]] || cachedGain[j] != gain[order[j]]) return false;
        }
        return true;
    }

    private void remember(double batna1, double batna2, double weight) {
        cached = true;
        cachedSegments = segments;
        cachedFirstBest = firstBest;
        cachedSecondWorst = secondWorst;
        cachedBatnaFirst = batna1;
        cachedBatnaSecond = batna2;
        cachedTheta = weight;
        for (int j = 0; j < segments; j++) {
            cachedLoss[j] = loss[order[j]];
            cachedGain[j] = gain[order[j]];
        }
    }

    private static double clamp(double x, double low, double high) {
        return Math.min(high, Math.max(low, x));
    }

    /**
     * Convenience for tests and one-off use (allocates): the Nash draft over all issues between the
     * two ideals, unconstrained by offers.
     *
     * @return the drafted package
     */
    public static double[] draft(double[] ideal1, double[] weight1, double[] ideal2, double[] weight2,
                                 double batna1, double batna2, double bias) {
        int n = ideal1.length;
        NashDrafting drafting = new NashDrafting(n);
        boolean[] all = new boolean[n];
        double[] upper = new double[n];
        double[] values = new double[n];
        java.util.Arrays.fill(all, true);
        java.util.Arrays.fill(upper, 1);
        drafting.prepare(n, all, values, upper, ideal1, weight1, ideal2, weight2);
        double s = drafting.nashPoint(batna1, batna2, bias, 0, drafting.frontierLength());
        drafting.valuesAt(s, all, values);
        return values;
    }
}
