package org.treatysim.model;

/**
 * The Pareto frontier of curved utilities (a loss exponent γ &gt; 1 for at least one party;
 * docs/model.md sections 3 and 5): x(λ) = argmax λ·U₁ + (1 − λ)·U₂, issue by issue, parametrised
 * by t = 1 − λ ∈ [0, 1], so the first party's utility falls and the second's rises with t.
 *
 * <p>On an issue in play a package moves a distance z from the first party's end e₁ toward the
 * second's e₂ (the ideals, capped by a red line). The parties' distances from their ideals on the
 * utility scale are d₁ = (a₁ + z)/s₁ and d₂ = (a₂ + span − z)/s₂ (a₁, a₂ are non-zero only past a
 * red line), so the weighted sum is stationary where λ·w₁·γ₁·d₁^(γ₁−1)/s₁ = (1 − λ)·w₂·γ₂·d₂^(γ₂−1)/s₂.
 * That is solved in closed form when the exponents are equal (with γ = 2 and ideals 0 and 1,
 * z = (1 − λ)·w₂ / (λ·w₁ + (1 − λ)·w₂)) or when one of them is 1, and by a bracketed monotone root
 * otherwise; z is clamped to [0, span]. Every closed form needs one power per evaluation of the
 * frontier, shared by all issues (none for γ = 2), plus the losses d^γ (products for γ = 2).
 *
 * <p>Searches along the frontier (a party's utility reaching a target, the Nash point) are
 * bracketed root searches in t (regula falsi with the Illinois modification, bisecting when the
 * bracket stops halving), since U₁ and U₂ are monotone in t. The Nash point is where the
 * generalised Nash product stops rising: along the frontier λ·dU₁ + (1 − λ)·dU₂ = 0, so the
 * derivative of θ·ln(U₁ − b₁) + (1 − θ)·ln(U₂ − b₂) has the sign of
 * h(t) = (1 − θ)·(1 − t)·(U₁ − b₁) − θ·t·(U₂ − b₂), which falls with t; below the batnas the
 * objective is minus the shortfall, whose slope has a sign that falls with t too. The search is
 * cached until the frontier, the batnas or θ change.
 *
 * <p>One instance per model (not thread-safe); nothing here allocates after construction.
 */
final class CurvedFrontier implements ParetoFrontier {
    /** Bracket width in t at which a search stops: far below what a package or utility can show. */
    private static final double TOLERANCE = 1e-14;
    /** Bound on a search's steps (each halves the bracket at least every other step, so 200 is never reached). */
    private static final int MAX_STEPS = 200;
    /** The first step away from a guess: about how far a search's answer moves from one model step to the next. */
    private static final double GUESS_STEP = 1e-3;
    /**
     * Bracket width at which a search from a guess stops: the searches repeated every step (a
     * tradeoff offer, the table's gate) need t to 10⁻¹⁰, which moves a utility by about as much, far
     * below the gate's slack of 10⁻⁷; any t gives a package on the frontier.
     */
    private static final double TRACKING_TOLERANCE = 1e-10;
    /** Newton steps before a search from a guess falls back to the bracket (two or three suffice from last step's answer). */
    private static final int NEWTON_STEPS = 8;
    /** Margin of {@link #separates} over the rounding of a weighted sum of utilities. */
    private static final double SEPARATION = 1e-12;

    // How z follows t on the active issues.
    private static final int EQUAL = 0;
    private static final int FIRST_LINEAR = 1;
    private static final int SECOND_LINEAR = 2;
    private static final int GENERAL = 3;

    // What a search looks for.
    private static final int FIRST_TARGET = 0;
    private static final int SECOND_TARGET = 1;
    private static final int NASH = 2;
    private static final int ISSUE = 3;

    // How an issue in play moves along the frontier.
    private static final byte ACTIVE = 0;
    private static final byte AT_FIRST = 1;
    private static final byte AT_SECOND = 2;
    private static final byte FREE = 3;

    private final int capacity;
    private final double[] start;
    private final double[] direction;
    private final double[] span;
    private final double[] offset1;
    private final double[] offset2;
    private final double[] scale1;
    private final double[] scale2;
    /** 1/s₁, 1/s₂ and a₂ + span per issue, so that an evaluation does not divide more than it must. */
    private final double[] inverseScale1;
    private final double[] inverseScale2;
    private final double[] farEnd;
    private final double[] weight1;
    private final double[] weight2;
    private final double[] kappa;
    private final double[] marginal1;
    private final double[] marginal2;
    private final byte[] kind;
    private final int[] active;
    private final double[] moved;

    private int count;
    private int activeCount;
    private int mode;
    private double gamma1;
    private double gamma2;
    private double exponent;
    private double fixed1;
    private double fixed2;
    private double firstAtStart;
    private double firstAtEnd;
    private double secondAtStart;
    private double secondAtEnd;

    // The utilities at the last evaluation, the t it was made at, and (after evaluateWithSlope) their slopes in t.
    private double u1;
    private double u2;
    private double evaluatedAt = Double.NaN;
    private double slope1;
    private double slope2;

    /**
     * The answers of recent searches from a guess, with the utilities and slopes there ({@link #MEMO}
     * of them, oldest overwritten first): the next step's search from the same point, on the same
     * frontier ({@link #version}), takes them instead of evaluating again. They are the same bits an
     * evaluation would give, so results never depend on them.
     */
    private static final int MEMO = 8;
    private final double[] memoPoint = new double[MEMO];
    private final double[] memoFirst = new double[MEMO];
    private final double[] memoSecond = new double[MEMO];
    private final double[] memoFirstSlope = new double[MEMO];
    private final double[] memoSecondSlope = new double[MEMO];
    private final int[] memoVersion = new int[MEMO];
    private int memoNext;

    // What the running search compares with.
    private double target;
    private double batnaFirst;
    private double batnaSecond;
    private double theta;
    private int issueSearched;
    private double issueWeightFirst;
    private double issueWeightSecond;
    /** The end of the last search's bracket on the negative side. */
    private double otherEnd;

    private int version;
    private boolean cached;
    private int cachedVersion;
    private double cachedBatnaFirst;
    private double cachedBatnaSecond;
    private double cachedTheta;
    private double cachedPoint;
    private int searches;

    /** A frontier for up to {@code capacity} issues. */
    CurvedFrontier(int capacity) {
        this.capacity = capacity;
        start = new double[capacity];
        direction = new double[capacity];
        span = new double[capacity];
        offset1 = new double[capacity];
        offset2 = new double[capacity];
        scale1 = new double[capacity];
        scale2 = new double[capacity];
        inverseScale1 = new double[capacity];
        inverseScale2 = new double[capacity];
        farEnd = new double[capacity];
        weight1 = new double[capacity];
        weight2 = new double[capacity];
        kappa = new double[capacity];
        marginal1 = new double[capacity];
        marginal2 = new double[capacity];
        kind = new byte[capacity];
        active = new int[capacity];
        moved = new double[capacity];
    }

    /** Forgets the cached Nash search (results never depend on it). */
    void reset() {
        cached = false;
        searches = 0;
    }

    /** Nash searches since construction or {@link #reset()}. */
    int searches() {
        return searches;
    }

    /**
     * Builds the frontier over the issues in play.
     *
     * @param values  the values of the issues out of play (the others are not read)
     * @param upper   per issue, the largest admissible value (a red line)
     * @param gammaA  the first party's loss exponent, &ge; 1
     * @param gammaB  the second party's loss exponent, &ge; 1, and not both 1
     */
    void prepare(int n, boolean[] inPlay, double[] values, double[] upper, double[] ideal1, double[] w1,
                 double gammaA, double[] ideal2, double[] w2, double gammaB) {
        if (n > capacity) throw new IllegalArgumentException(n + " issues exceed the capacity " + capacity);
        count = n;
        gamma1 = gammaA;
        gamma2 = gammaB;
        mode = gamma1 == gamma2 ? EQUAL : gamma1 == 1 ? FIRST_LINEAR : gamma2 == 1 ? SECOND_LINEAR : GENERAL;
        exponent = switch (mode) {
            case EQUAL -> 1 / (gamma1 - 1);
            case FIRST_LINEAR -> 1 / (gamma2 - 1);
            case SECOND_LINEAR -> 1 / (gamma1 - 1);
            default -> Double.NaN;
        };
        activeCount = 0;
        double sum1 = 0;
        double sum2 = 0;
        for (int i = 0; i < n; i++) {
            if (!inPlay[i]) {
                sum1 += w1[i] * NegotiationMath.issueUtility(values[i], ideal1[i], gamma1);
                sum2 += w2[i] * NegotiationMath.issueUtility(values[i], ideal2[i], gamma2);
                continue;
            }
            double e1 = Math.min(upper[i], Math.max(0, ideal1[i]));
            double e2 = Math.min(upper[i], Math.max(0, ideal2[i]));
            start[i] = e1;
            direction[i] = e2 >= e1 ? 1 : -1;
            span[i] = Math.abs(e2 - e1);
            offset1[i] = Math.abs(e1 - ideal1[i]);
            offset2[i] = Math.abs(e2 - ideal2[i]);
            scale1[i] = NegotiationMath.utilityScale(ideal1[i]);
            scale2[i] = NegotiationMath.utilityScale(ideal2[i]);
            inverseScale1[i] = 1 / scale1[i];
            inverseScale2[i] = 1 / scale2[i];
            farEnd[i] = offset2[i] + span[i];
            weight1[i] = w1[i];
            weight2[i] = w2[i];
            if (span[i] == 0) {
                kind[i] = AT_FIRST;
            } else if (w1[i] == 0 && w2[i] == 0) {
                kind[i] = FREE;
            } else if (w1[i] == 0) {
                kind[i] = AT_SECOND;
            } else if (w2[i] == 0) {
                kind[i] = AT_FIRST;
            } else {
                kind[i] = ACTIVE;
                active[activeCount++] = i;
                prepareIssue(i);
                continue;
            }
            double at = kind[i] == AT_SECOND ? e2 : e1;
            sum1 += w1[i] * NegotiationMath.issueUtility(at, ideal1[i], gamma1);
            sum2 += w2[i] * NegotiationMath.issueUtility(at, ideal2[i], gamma2);
        }
        fixed1 = sum1;
        fixed2 = sum2;
        version++;
        evaluatedAt = Double.NaN;
        evaluate(0);
        firstAtStart = u1;
        secondAtStart = u2;
        evaluate(1);
        firstAtEnd = u1;
        secondAtEnd = u2;
    }

    /** The constants of issue i's closed form (see the class comment), or of its root for unequal exponents. */
    private void prepareIssue(int i) {
        double s1 = scale1[i];
        double s2 = scale2[i];
        double w1 = weight1[i];
        double w2 = weight2[i];
        switch (mode) {
            case EQUAL -> kappa[i] = raise(w2 * NegotiationMath.loss(s1, gamma1) / (w1 * NegotiationMath.loss(s2, gamma2)),
                    exponent);
            case FIRST_LINEAR -> kappa[i] = raise(w1 * NegotiationMath.loss(s2, gamma2) / (s1 * w2 * gamma2), exponent);
            case SECOND_LINEAR -> kappa[i] = raise(w2 * NegotiationMath.loss(s1, gamma1) / (s2 * w1 * gamma1), exponent);
            default -> {
                marginal1[i] = w1 * gamma1 / NegotiationMath.loss(s1, gamma1);
                marginal2[i] = w2 * gamma2 / NegotiationMath.loss(s2, gamma2);
            }
        }
    }

    /** x^p with the exact cases p = 1, 2 and ½ (γ = 2, 1.5 and 3) spared a logarithm. */
    private static double raise(double x, double p) {
        if (p == 1) return x;
        if (p == 2) return x * x;
        if (p == 0.5) return Math.sqrt(x);
        return NegotiationMath.power(x, p);
    }

    /**
     * Works out z on every active issue at t, and the utilities {@link #u1}, {@link #u2}. This is the
     * frontier's inner loop (a search evaluates it a dozen times): the common case, equal exponents
     * of 2, has a loop of its own with no call, power or branch on the mode.
     */
    private void evaluate(double t) {
        double sum1 = fixed1;
        double sum2 = fixed2;
        double factor = factor(t);
        if (mode == EQUAL && gamma1 == 2 && !Double.isInfinite(factor)) {
            for (int k = 0; k < activeCount; k++) {
                int i = active[k];
                double r = factor * kappa[i];
                double z = Math.min(span[i], Math.max(0, (r * farEnd[i] - offset1[i]) / (1 + r)));
                moved[i] = z;
                double d1 = (offset1[i] + z) * inverseScale1[i];
                double d2 = (farEnd[i] - z) * inverseScale2[i];
                sum1 += weight1[i] * (1 - d1 * d1);
                sum2 += weight2[i] * (1 - d2 * d2);
            }
        } else {
            for (int k = 0; k < activeCount; k++) {
                int i = active[k];
                double z = Math.min(span[i], Math.max(0, distance(i, t, factor)));
                moved[i] = z;
                sum1 += weight1[i] * (1 - NegotiationMath.loss((offset1[i] + z) * inverseScale1[i], gamma1));
                sum2 += weight2[i] * (1 - NegotiationMath.loss((farEnd[i] - z) * inverseScale2[i], gamma2));
            }
        }
        u1 = sum1;
        u2 = sum2;
        evaluatedAt = t;
    }

    /**
     * {@link #evaluate} for equal exponents of 2 and 0 &lt; t &lt; 1, with the slopes dU₁/dt and dU₂/dt:
     * on an issue not clamped, z = (r·F − a₁)/(1 + r) with r = κ·t/(1 − t) and F = a₂ + span, so
     * dz/dt = (F + a₁)/(1 + r)²·κ/(1 − t)², and dU/dt = ∓2·w·d/s·dz/dt.
     */
    private void evaluateWithSlope(double t) {
        double sum1 = fixed1;
        double sum2 = fixed2;
        double d1sum = 0;
        double d2sum = 0;
        double factor = t / (1 - t);
        double rate = 1 / ((1 - t) * (1 - t));
        for (int k = 0; k < activeCount; k++) {
            int i = active[k];
            double r = factor * kappa[i];
            double raw = (r * farEnd[i] - offset1[i]) / (1 + r);
            double z = Math.min(span[i], Math.max(0, raw));
            moved[i] = z;
            double d1 = (offset1[i] + z) * inverseScale1[i];
            double d2 = (farEnd[i] - z) * inverseScale2[i];
            sum1 += weight1[i] * (1 - d1 * d1);
            sum2 += weight2[i] * (1 - d2 * d2);
            if (raw > 0 && raw < span[i]) {
                double onePlusR = 1 + r;
                double dz = (farEnd[i] + offset1[i]) / (onePlusR * onePlusR) * kappa[i] * rate;
                d1sum -= 2 * weight1[i] * d1 * inverseScale1[i] * dz;
                d2sum += 2 * weight2[i] * d2 * inverseScale2[i] * dz;
            }
        }
        u1 = sum1;
        u2 = sum2;
        slope1 = d1sum;
        slope2 = d2sum;
        evaluatedAt = t;
    }

    /** The part of the closed form shared by all issues at t. */
    private double factor(double t) {
        return switch (mode) {
            case EQUAL, SECOND_LINEAR -> t <= 0 ? 0 : t >= 1 ? Double.POSITIVE_INFINITY : raise(t / (1 - t), exponent);
            case FIRST_LINEAR -> t >= 1 ? 0 : t <= 0 ? Double.POSITIVE_INFINITY : raise((1 - t) / t, exponent);
            default -> 0;
        };
    }

    /** The distance z moved on active issue i at t (before clamping to [0, span]). */
    private double distance(int i, double t, double factor) {
        switch (mode) {
            case EQUAL: {
                double r = factor * kappa[i];
                if (Double.isInfinite(r)) return span[i];
                return (r * (offset2[i] + span[i]) - offset1[i]) / (1 + r);
            }
            case FIRST_LINEAR:
                return Double.isInfinite(factor) ? 0 : offset2[i] + span[i] - factor * kappa[i];
            case SECOND_LINEAR:
                return Double.isInfinite(factor) ? span[i] : factor * kappa[i] - offset1[i];
            default:
                return generalDistance(i, t);
        }
    }

    /** Unequal exponents, both above 1: the root in z of (1 − t)·c₁·(a₁ + z)^(γ₁−1) = t·c₂·(a₂ + span − z)^(γ₂−1). */
    private double generalDistance(int i, double t) {
        issueSearched = i;
        issueWeightFirst = (1 - t) * marginal1[i];
        issueWeightSecond = t * marginal2[i];
        double atStart = value(ISSUE, 0);
        if (atStart >= 0) return 0;
        double atEnd = value(ISSUE, span[i]);
        if (atEnd <= 0) return span[i];
        double positive = solve(ISSUE, span[i], atEnd, 0, atStart, TOLERANCE * span[i]);
        return (positive + otherEnd) / 2;
    }

    private double value(int function, double x) {
        switch (function) {
            case FIRST_TARGET:
                evaluate(x);
                return u1 - target;
            case SECOND_TARGET:
                evaluate(x);
                return u2 - target;
            case NASH:
                evaluate(x);
                return nashSlope(x, u1 - batnaFirst, u2 - batnaSecond);
            default: {
                int i = issueSearched;
                return issueWeightFirst * NegotiationMath.power(offset1[i] + x, gamma1 - 1)
                        - issueWeightSecond * NegotiationMath.power(offset2[i] + span[i] - x, gamma2 - 1);
            }
        }
    }

    /**
     * A function of t with the sign of the slope of the Nash objective (see the class comment),
     * falling in t: h(t) where both gains are positive; +1 or −1 where only one is (the objective is
     * then the other's shortfall, which shrinks or grows); 1 − 2t where neither is (the slope of
     * the sum of the gains).
     */
    private double nashSlope(double t, double g1, double g2) {
        if (g1 > 0 && g2 > 0) return (1 - theta) * (1 - t) * g1 - theta * t * g2;
        if (g1 > 0) return 1;
        if (g2 > 0) return -1;
        return 1 - 2 * t;
    }

    /**
     * A bracketed root search: from {@code positive} (where the function is &ge; 0) and
     * {@code negative} (where it is &lt; 0), in either order, narrows the bracket to
     * {@code tolerance}. Returns the end on the non-negative side; {@link #otherEnd} is the other.
     */
    private double solve(int function, double positive, double valuePositive, double negative, double valueNegative,
                         double tolerance) {
        double a = positive;
        double fa = valuePositive;
        double b = negative;
        double fb = valueNegative;
        int lastMoved = 0;
        double widthBefore = Math.abs(b - a);
        boolean bisect = false;
        for (int step = 0; step < MAX_STEPS && Math.abs(b - a) > tolerance; step++) {
            double c = bisect ? (a + b) / 2 : (a * fb - b * fa) / (fb - fa);
            if (!(c > Math.min(a, b) && c < Math.max(a, b))) c = (a + b) / 2;
            double fc = value(function, c);
            if (fc >= 0) {
                a = c;
                fa = fc;
                if (lastMoved == 1) fb /= 2;
                lastMoved = 1;
            } else {
                b = c;
                fb = fc;
                if (lastMoved == -1) fa /= 2;
                lastMoved = -1;
            }
            // Regula falsi can creep from one side; a bisection every other step that did not halve
            // the bracket bounds the number of steps.
            if (step % 2 == 1) {
                double width = Math.abs(b - a);
                bisect = width > widthBefore / 2;
                widthBefore = width;
            } else {
                bisect = false;
            }
        }
        otherEnd = b;
        return a;
    }

    /**
     * Newton's method from {@code guess} for a party's utility reaching the target (equal exponents
     * of 2, where {@link #evaluateWithSlope} gives the slope at no extra evaluation): each point
     * narrows the bracket; a step that would leave it, or a flat point, hands the bracket to
     * {@link #solve}. Stops at a point that meets the target once the step is below the tolerance
     * (after one more step past the root when the last point fell short).
     */
    private double newtonFrom(int function, double guess, double positive, double valuePositive, double negative,
                              double valueNegative, double tolerance) {
        double x = guess;
        boolean recalled = recall(x);
        for (int step = 0; step < NEWTON_STEPS; step++) {
            if (step > 0 || !recalled) evaluateWithSlope(x);
            double f = (function == FIRST_TARGET ? u1 : u2) - target;
            double slope = function == FIRST_TARGET ? slope1 : slope2;
            if (f >= 0) {
                positive = x;
                valuePositive = f;
            } else {
                negative = x;
                valueNegative = f;
            }
            if (slope == 0) break;
            double move = -f / slope;
            double next = x + move;
            if (Math.abs(move) <= tolerance) {
                if (f >= 0) {
                    if (step > 0 || !recalled) remember(x);
                    return x;
                }
                next = x + 2 * move;
                if (next > Math.min(positive, negative) && next < Math.max(positive, negative)
                        && value(function, next) >= 0) {
                    return next;
                }
                break;
            }
            if (!(next > Math.min(positive, negative) && next < Math.max(positive, negative))) break;
            x = next;
        }
        return solve(function, positive, valuePositive, negative, valueNegative, tolerance);
    }

    /**
     * Takes the utilities and slopes at t from the memo when a search on this frontier ended there;
     * the frontier's own values of the issues are then not at t ({@link #evaluatedAt} says so).
     */
    private boolean recall(double t) {
        for (int k = 0; k < MEMO; k++) {
            if (memoPoint[k] == t && memoVersion[k] == version) {
                u1 = memoFirst[k];
                u2 = memoSecond[k];
                slope1 = memoFirstSlope[k];
                slope2 = memoSecondSlope[k];
                evaluatedAt = Double.NaN;
                return true;
            }
        }
        return false;
    }

    /** Keeps the last {@link #evaluateWithSlope}, made at t, in the memo. */
    private void remember(double t) {
        int k = memoNext;
        memoPoint[k] = t;
        memoFirst[k] = u1;
        memoSecond[k] = u2;
        memoFirstSlope[k] = slope1;
        memoSecondSlope[k] = slope2;
        memoVersion[k] = version;
        memoNext = (k + 1) % MEMO;
    }

    @Override
    public double length() {
        return 1;
    }

    @Override
    public double firstUtility(double t) {
        if (t == 0) return firstAtStart;
        if (t == 1) return firstAtEnd;
        if (t != evaluatedAt) evaluate(t);
        return u1;
    }

    @Override
    public double secondUtility(double t) {
        if (t == 0) return secondAtStart;
        if (t == 1) return secondAtEnd;
        if (t != evaluatedAt) evaluate(t);
        return u2;
    }

    @Override
    public double lastPointGivingFirst(double wanted) {
        return lastPointGivingFirst(wanted, Double.NaN, TOLERANCE);
    }

    @Override
    public double lastPointGivingFirst(double wanted, double guess) {
        return lastPointGivingFirst(wanted, guess, TRACKING_TOLERANCE);
    }

    private double lastPointGivingFirst(double wanted, double guess, double tolerance) {
        if (firstAtStart < wanted) return -1;
        if (firstAtEnd >= wanted) return 1;
        target = wanted;
        return searchFrom(FIRST_TARGET, guess, 0, firstAtStart - wanted, 1, firstAtEnd - wanted, tolerance);
    }

    @Override
    public double firstPointGivingSecond(double wanted) {
        return firstPointGivingSecond(wanted, Double.NaN, TOLERANCE);
    }

    @Override
    public double firstPointGivingSecond(double wanted, double guess) {
        return firstPointGivingSecond(wanted, guess, TRACKING_TOLERANCE);
    }

    private double firstPointGivingSecond(double wanted, double guess, double tolerance) {
        if (secondAtEnd < wanted) return 2;
        if (secondAtStart >= wanted) return 0;
        target = wanted;
        return searchFrom(SECOND_TARGET, guess, 1, secondAtEnd - wanted, 0, secondAtStart - wanted, tolerance);
    }

    /**
     * Whether the frontier's supporting line at t passes below the point (need1, need2), by more
     * than rounding: x(λ), λ = 1 − t, maximises λ·U₁ + (1 − λ)·U₂ over all packages, so then no
     * package gives the first party need1 and the second need2. One evaluation of the frontier; a
     * t near where the frontier comes closest to the point makes the test sharpest.
     */
    boolean separates(double t, double need1, double need2) {
        double lambda = 1 - t;
        evaluate(t);
        return lambda * need1 + (1 - lambda) * need2 > lambda * u1 + (1 - lambda) * u2 + SEPARATION;
    }

    /**
     * A bracketed search that starts near {@code guess} (ignored unless strictly inside the
     * bracket): the bracket is first narrowed to steps of {@link #GUESS_STEP} growing fourfold
     * around the guess, then searched as in {@link #solve}.
     */
    private double searchFrom(int function, double guess, double positive, double valuePositive, double negative,
                              double valueNegative, double tolerance) {
        if (mode == EQUAL && gamma1 == 2 && guess > 0 && guess < 1) {
            return newtonFrom(function, guess, positive, valuePositive, negative, valueNegative, tolerance);
        }
        if (guess > Math.min(positive, negative) && guess < Math.max(positive, negative)) {
            double toward = negative > positive ? 1 : -1;
            double atGuess = value(function, guess);
            double step = GUESS_STEP;
            if (atGuess >= 0) {
                positive = guess;
                valuePositive = atGuess;
                while (true) {
                    double c = guess + toward * step;
                    if ((c - negative) * toward >= 0) break;
                    double at = value(function, c);
                    if (at < 0) {
                        negative = c;
                        valueNegative = at;
                        break;
                    }
                    positive = c;
                    valuePositive = at;
                    step *= 4;
                }
            } else {
                negative = guess;
                valueNegative = atGuess;
                while (true) {
                    double c = guess - toward * step;
                    if ((positive - c) * toward >= 0) break;
                    double at = value(function, c);
                    if (at >= 0) {
                        positive = c;
                        valuePositive = at;
                        break;
                    }
                    negative = c;
                    valueNegative = at;
                    step *= 4;
                }
            }
        }
        return solve(function, positive, valuePositive, negative, valueNegative, tolerance);
    }

    @Override
    public double nashPoint(double batna1, double batna2, double bias) {
        double weight = NegotiationMath.nashWeight(bias);
        if (cached && cachedVersion == version && cachedBatnaFirst == batna1 && cachedBatnaSecond == batna2
                && cachedTheta == weight) {
            return cachedPoint;
        }
        searches++;
        batnaFirst = batna1;
        batnaSecond = batna2;
        theta = weight;
        double atStart = nashSlope(0, firstAtStart - batna1, secondAtStart - batna2);
        double atEnd = nashSlope(1, firstAtEnd - batna1, secondAtEnd - batna2);
        double point;
        if (atStart < 0) {
            point = 0;
        } else if (atEnd >= 0) {
            point = 1;
        } else {
            double positive = solve(NASH, 0, atStart, 1, atEnd, TOLERANCE);
            point = (positive + otherEnd) / 2;
        }
        cached = true;
        cachedVersion = version;
        cachedBatnaFirst = batna1;
        cachedBatnaSecond = batna2;
        cachedTheta = weight;
        cachedPoint = point;
        return point;
    }

    @Override
    public void valuesAt(double t, boolean[] inPlay, double[] reference, double[] values) {
        if (t != evaluatedAt) evaluate(t);
        for (int i = 0; i < count; i++) {
            if (!inPlay[i]) continue;
            values[i] = switch (kind[i]) {
                case ACTIVE -> start[i] + direction[i] * moved[i];
                case AT_SECOND -> start[i] + direction[i] * span[i];
                case FREE -> {
                    double end = start[i] + direction[i] * span[i];
                    yield Math.min(Math.max(start[i], end), Math.max(Math.min(start[i], end), reference[i]));
                }
                default -> start[i];
            };
        }
    }
}
