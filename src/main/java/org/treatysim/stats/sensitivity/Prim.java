package org.treatysim.stats.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) for scenario discovery (Bryant and
 * Lempert 2010): finds a box in factor space, described by a few bounds, inside which the output
 * reaches a threshold much more often than elsewhere.
 *
 * <p>A case is <em>positive</em> when its output is &ge; the threshold. Starting from the box that
 * holds every case, each <em>peel</em> tries, for every factor, cutting off the lowest and the
 * highest {@code peelAlpha} share of the cases still in the box (at least one case; with ties,
 * whole groups of equal values), and keeps the cut that leaves the highest density of positives
 * (ties: the one that removes fewer cases). Peeling stops when the density reaches 1 or any cut
 * would leave fewer than {@code minSupport} of all cases. The boxes passed through form the
 * <em>peeling trajectory</em>, from large boxes of low density to small ones of high density. One
 * box is chosen by the rule in {@link PrimOptions} (by default the best balance of coverage and
 * density among boxes covering at least half the positives); <em>pasting</em> then widens it one side at a
 * time, adding the nearest {@code pasteAlpha} share of cases outside it, for as long as that
 * raises the density.
 *
 * <p>Bounds are values of the data, inclusive, so a box's restrictions read "x &ge; a" and
 * "x &le; b". A factor counts as restricted when a bound is inside the range of the whole data.
 *
 * <p>Cost: O(k n log n) per peel and about log(minSupport)/log(1 - peelAlpha) peels (some 60 with
 * the defaults), well under a second for n = 1000, k = 20.
 */
public final class Prim {

    private final List<String> factors;
    private final double[][] points;
    private final boolean[] positive;
    private final double threshold;
    private final PrimOptions options;
    private final double[] dataMin;
    private final double[] dataMax;
    private final int totalPositives;
    private final int minCases;

    private Prim(List<String> factors, double[][] points, double[] outputs, double threshold, PrimOptions options) {
        int n = points.length;
        int k = factors.size();
        if (outputs.length != n) {
            throw new IllegalArgumentException(outputs.length + " outputs for " + n + " points");
        }
        if (n == 0) {
            throw new IllegalArgumentException("PRIM needs at least one case");
        }
        this.factors = List.copyOf(factors);
        this.points = points;
        this.threshold = threshold;
        this.options = options;
        this.positive = new boolean[n];
        this.dataMin = new double[k];
        this.dataMax = new double[k];
        Arrays.fill(dataMin, Double.POSITIVE_INFINITY);
        Arrays.fill(dataMax, Double.NEGATIVE_INFINITY);
        int count = 0;
        for (int r = 0; r < n; r++) {
            if (points[r].length != k) {
                throw new IllegalArgumentException("row " + r + " has " + points[r].length + " values for " + k
                        + " factors");
            }
            if (Double.isNaN(outputs[r])) {
                throw new IllegalArgumentException("output at row " + r + " is NaN");
            }
            for (int d = 0; d < k; d++) {
                double v = points[r][d];
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException(factors.get(d) + " at row " + r + " is " + v);
                }
                dataMin[d] = Math.min(dataMin[d], v);
                dataMax[d] = Math.max(dataMax[d], v);
            }
            positive[r] = outputs[r] >= threshold;
            if (positive[r]) {
                count++;
            }
        }
        this.totalPositives = count;
        this.minCases = Math.max(1, (int) Math.ceil(options.minSupport() * n));
    }

    /** One PRIM box for "output &ge; threshold" over a design's points. */
    public static PrimResult find(Design design, double[] outputs, double threshold, PrimOptions options) {
        return find(design.factors(), design.points(), outputs, threshold, options);
    }

    /**
     * One PRIM box for "output &ge; threshold".
     *
     * @param factors   names of the columns of {@code points}
     * @param points    n rows of k finite factor values
     * @param outputs   the output at each row (not NaN)
     * @param threshold a case is positive when its output is &ge; this
     * @param options   peeling, selection and pasting settings
     * @throws ConstantOutputException when no case reaches the threshold
     */
    public static PrimResult find(List<String> factors, double[][] points, double[] outputs, double threshold,
                                  PrimOptions options) {
        Prim prim = new Prim(factors, points, outputs, threshold, options);
        if (prim.totalPositives == 0) {
            throw new ConstantOutputException("no case reaches the threshold " + threshold + ": there is no box to find");
        }
        return prim.peelAndPaste(prim.allCases());
    }

    /**
     * Up to {@code maxBoxes} boxes by PRIM's covering strategy: after each box, its cases are set
     * aside and PRIM runs again on the rest. Stops early when no positive case is left or a new
     * box would be no denser than the whole data (the share of positives among all cases): such
     * a box picks up leftovers instead of conditions that make the outcome likelier than average.
     * Coverage and support stay relative to all the data, so the boxes' coverages add up.
     *
     * @throws ConstantOutputException when no case reaches the threshold
     */
    public static List<PrimResult> cover(List<String> factors, double[][] points, double[] outputs,
                                         double threshold, PrimOptions options, int maxBoxes) {
        if (maxBoxes < 1) {
            throw new IllegalArgumentException("maxBoxes must be at least 1, not " + maxBoxes);
        }
        Prim prim = new Prim(factors, points, outputs, threshold, options);
        if (prim.totalPositives == 0) {
            throw new ConstantOutputException("no case reaches the threshold " + threshold + ": there is no box to find");
        }
        List<PrimResult> boxes = new ArrayList<>();
        int[] active = prim.allCases();
        double overallDensity = prim.totalPositives / (double) points.length;
        while (boxes.size() < maxBoxes && active.length > 0) {
            int activePositives = prim.positivesIn(active);
            if (activePositives == 0) {
                break;
            }
            PrimResult result = prim.peelAndPaste(active);
            if (!boxes.isEmpty() && result.box().density() <= overallDensity) {
                break;
            }
            boxes.add(result);
            active = prim.outside(active, result.box());
        }
        return List.copyOf(boxes);
    }

    /**
     * PRIM over these cases, for a covering that decides itself which cases to set aside after
     * each box ({@link PrimPruning#cover}).
     */
    static Prim over(List<String> factors, double[][] points, double[] outputs, double threshold,
                     PrimOptions options) {
        return new Prim(factors, points, outputs, threshold, options);
    }

    /** Whether case {@code row} reaches the threshold. */
    boolean isPositive(int row) {
        return positive[row];
    }

    /** Positive cases among all the data. */
    int totalPositives() {
        return totalPositives;
    }

    /** One box peeled from the given cases only (row indices); coverage and support stay relative to all the data. */
    PrimResult findAmong(int[] active) {
        return peelAndPaste(active);
    }

    /** {@link #cover(List, double[][], double[], double, PrimOptions, int)} over a design's points. */
    public static List<PrimResult> cover(Design design, double[] outputs, double threshold, PrimOptions options,
                                         int maxBoxes) {
        return cover(design.factors(), design.points(), outputs, threshold, options, maxBoxes);
    }

    private PrimResult peelAndPaste(int[] active) {
        int k = factors.size();
        int activePositives = positivesIn(active);
        double[] lower = dataMin.clone();
        double[] upper = dataMax.clone();
        int[] members = active.clone();
        List<PrimBox> trajectory = new ArrayList<>();
        List<double[][]> bounds = new ArrayList<>();
        trajectory.add(box(members, lower, upper));
        bounds.add(new double[][] {lower.clone(), upper.clone()});

        double[] values = new double[members.length];
        while (positivesIn(members) < members.length) {
            int boxPositives = positivesIn(members);
            Cut best = null;
            int peel = Math.max(1, (int) Math.floor(options.peelAlpha() * members.length));
            for (int d = 0; d < k; d++) {
                for (int m = 0; m < members.length; m++) {
                    values[m] = points[members[m]][d];
                }
                Arrays.sort(values, 0, members.length);
                best = better(best, lowerCut(members, d, values, peel, boxPositives));
                best = better(best, upperCut(members, d, values, peel, boxPositives));
            }
            if (best == null) {
                break;
            }
            if (best.below) {
                lower[best.factor] = best.bound;
            } else {
                upper[best.factor] = best.bound;
            }
            members = inside(members, best.factor, lower[best.factor], upper[best.factor]);
            trajectory.add(box(members, lower, upper));
            bounds.add(new double[][] {lower.clone(), upper.clone()});
        }

        int selected = 0;
        double bestScore = score(trajectory.get(0), activePositives);
        for (int step = 1; step < trajectory.size(); step++) {
            PrimBox candidate = trajectory.get(step);
            double activeCoverage = candidate.positives() / (double) activePositives;
            double candidateScore = score(candidate, activePositives);
            if (activeCoverage >= options.minCoverage() && candidateScore > bestScore) {
                selected = step;
                bestScore = candidateScore;
            }
        }
        PrimBox chosen = trajectory.get(selected);
        if (options.paste()) {
            double[] pastedLower = bounds.get(selected)[0].clone();
            double[] pastedUpper = bounds.get(selected)[1].clone();
            chosen = paste(active, pastedLower, pastedUpper);
        }
        return new PrimResult(threshold, active.length, activePositives, trajectory, selected, chosen);
    }

    /** The selection rule's figure of merit for a box peeled from data with {@code activePositives} positives. */
    private double score(PrimBox box, int activePositives) {
        double coverage = box.positives() / (double) activePositives;
        return switch (options.selection()) {
            case DENSITY -> box.density();
            case BALANCED -> box.positives() == 0 ? 0 : 2 * coverage * box.density() / (coverage + box.density());
        };
    }

    /** Cutting off the low end of factor d: the bound becomes the value of the (peel+1)-th smallest case. */
    private Cut lowerCut(int[] members, int d, double[] sorted, int peel, int boxPositives) {
        int n = members.length;
        double bound = sorted[Math.min(peel, n - 1)];
        if (bound == sorted[0]) {
            // Ties at the minimum: cut the whole group of equal values, if another value exists.
            int next = peel;
            while (next < n && sorted[next] == sorted[0]) {
                next++;
            }
            if (next == n) {
                return null;
            }
            bound = sorted[next];
        }
        return evaluate(members, d, bound, true, boxPositives);
    }

    private Cut upperCut(int[] members, int d, double[] sorted, int peel, int boxPositives) {
        int n = members.length;
        double bound = sorted[Math.max(n - 1 - peel, 0)];
        if (bound == sorted[n - 1]) {
            int next = n - 1 - peel;
            while (next >= 0 && sorted[next] == sorted[n - 1]) {
                next--;
            }
            if (next < 0) {
                return null;
            }
            bound = sorted[next];
        }
        return evaluate(members, d, bound, false, boxPositives);
    }

    private Cut evaluate(int[] members, int d, double bound, boolean below, int boxPositives) {
        int removed = 0;
        int removedPositives = 0;
        for (int r : members) {
            double v = points[r][d];
            if (below ? v < bound : v > bound) {
                removed++;
                if (positive[r]) {
                    removedPositives++;
                }
            }
        }
        int remaining = members.length - removed;
        if (removed == 0 || remaining < minCases) {
            return null;
        }
        return new Cut(d, below, bound, remaining, (boxPositives - removedPositives) / (double) remaining);
    }

    private static Cut better(Cut best, Cut candidate) {
        if (candidate == null) {
            return best;
        }
        if (best == null || candidate.density > best.density
                || (candidate.density == best.density && candidate.remaining > best.remaining)) {
            return candidate;
        }
        return best;
    }

    /**
     * Friedman and Fisher's pasting: repeatedly widen one side of one factor to take in the
     * nearest {@code pasteAlpha} share of cases just outside it (among those inside on every other
     * factor), choosing the widening that raises the density most; stop when none raises it.
     */
    private PrimBox paste(int[] active, double[] lower, double[] upper) {
        int k = factors.size();
        int[] members = within(active, lower, upper);
        while (true) {
            int boxPositives = positivesIn(members);
            double density = boxPositives / (double) members.length;
            int add = Math.max(1, (int) Math.floor(options.pasteAlpha() * members.length));
            double bestDensity = density;
            int bestFactor = -1;
            double bestBound = 0;
            boolean bestBelow = false;
            for (int d = 0; d < k; d++) {
                for (boolean below : new boolean[] {true, false}) {
                    double[] outside = outsideOnSide(active, lower, upper, d, below);
                    if (outside.length == 0) {
                        continue;
                    }
                    Arrays.sort(outside);
                    // The add-th nearest value beyond the bound (ties come along).
                    double bound = below ? outside[Math.max(outside.length - add, 0)]
                            : outside[Math.min(add, outside.length) - 1];
                    int added = 0;
                    int addedPositives = 0;
                    for (int r : active) {
                        double v = points[r][d];
                        boolean inSlab = below ? v >= bound && v < lower[d] : v <= bound && v > upper[d];
                        if (inSlab && insideExcept(r, lower, upper, d)) {
                            added++;
                            if (positive[r]) {
                                addedPositives++;
                            }
                        }
                    }
                    double widened = (boxPositives + addedPositives) / (double) (members.length + added);
                    if (widened > bestDensity) {
                        bestDensity = widened;
                        bestFactor = d;
                        bestBound = bound;
                        bestBelow = below;
                    }
                }
            }
            if (bestFactor < 0) {
                return box(members, lower, upper);
            }
            if (bestBelow) {
                lower[bestFactor] = bestBound;
            } else {
                upper[bestFactor] = bestBound;
            }
            members = within(active, lower, upper);
        }
    }

    private double[] outsideOnSide(int[] active, double[] lower, double[] upper, int d, boolean below) {
        double[] values = new double[active.length];
        int count = 0;
        for (int r : active) {
            double v = points[r][d];
            if ((below ? v < lower[d] : v > upper[d]) && insideExcept(r, lower, upper, d)) {
                values[count++] = v;
            }
        }
        return Arrays.copyOf(values, count);
    }

    private boolean insideExcept(int r, double[] lower, double[] upper, int skip) {
        for (int d = 0; d < lower.length; d++) {
            if (d != skip && (points[r][d] < lower[d] || points[r][d] > upper[d])) {
                return false;
            }
        }
        return true;
    }

    private PrimBox box(int[] members, double[] lower, double[] upper) {
        List<Restriction> restrictions = new ArrayList<>();
        for (int d = 0; d < factors.size(); d++) {
            boolean below = lower[d] > dataMin[d];
            boolean above = upper[d] < dataMax[d];
            if (below || above) {
                restrictions.add(new Restriction(factors.get(d), below ? lower[d] : Double.NEGATIVE_INFINITY,
                        above ? upper[d] : Double.POSITIVE_INFINITY));
            }
        }
        int boxPositives = positivesIn(members);
        return new PrimBox(restrictions, members.length, boxPositives, boxPositives / (double) totalPositives,
                boxPositives / (double) members.length, members.length / (double) points.length);
    }

    private int[] allCases() {
        int[] all = new int[points.length];
        Arrays.setAll(all, r -> r);
        return all;
    }

    private int positivesIn(int[] rows) {
        int count = 0;
        for (int r : rows) {
            if (positive[r]) {
                count++;
            }
        }
        return count;
    }

    private int[] inside(int[] rows, int d, double low, double high) {
        return Arrays.stream(rows).filter(r -> points[r][d] >= low && points[r][d] <= high).toArray();
    }

    private int[] within(int[] rows, double[] lower, double[] upper) {
        return Arrays.stream(rows).filter(r -> insideExcept(r, lower, upper, -1)).toArray();
    }

    private int[] outside(int[] rows, PrimBox box) {
        return Arrays.stream(rows).filter(r -> !inBox(r, box)).toArray();
    }

    private boolean inBox(int r, PrimBox box) {
        for (Restriction restriction : box.restrictions()) {
            double v = points[r][factors.indexOf(restriction.parameter())];
            if (v < restriction.lower() || v > restriction.upper()) {
                return false;
            }
        }
        return true;
    }

    /** A candidate peel: cut factor {@code factor} at {@code bound} from below or above. */
    private record Cut(int factor, boolean below, double bound, int remaining, double density) { }
}
