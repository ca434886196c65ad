package org.treatysim.stats.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Drops the restrictions of PRIM boxes that add nothing significant, so that a box names only the
 * conditions that matter (Bryant and Lempert 2010, "quasi-p-values").
 *
 * <p>Greedy peeling keeps any cut that raises the density a little, and with a few dozen factors
 * many such cuts are noise: a box of 1,000 Latin hypercube points can end up restricting 15
 * factors, most of them by a sliver. For each restriction of a box with n cases and x positives,
 * let d be the density of the same box without that restriction; its <em>quasi-p-value</em> is
 * P(X &ge; x) for X ~ Binomial(n, d): how likely a box of n cases drawn at the looser box's density
 * would be to hold as many positives. A restriction that matters has a tiny quasi-p-value; one
 * that does not has about 1/2. Pruning drops the restriction with the largest quasi-p-value while
 * it exceeds {@code alpha}, recomputing after each drop, so the pruned box's restrictions are all
 * significant at that level. The quasi-p-value is descriptive: the box was chosen from the same
 * data, so it is not a test with the nominal error rate.
 */
public final class PrimPruning {
    /** The level used unless stated otherwise. */
    public static final double ALPHA = 0.05;

    private PrimPruning() { }

    /**
     * A box after pruning.
     *
     * @param box         the pruned box; coverage, density and support recomputed on the same
     *                    cases the original box was peeled from
     * @param quasiPValues per restriction of {@code box}, in its order, the quasi-p-value in [0, 1]
     * @param dropped     the original box's restrictions that were dropped, in the order dropped
     */
    public record Pruned(PrimBox box, List<Double> quasiPValues, List<Restriction> dropped) {
        public Pruned {
            quasiPValues = List.copyOf(quasiPValues);
            dropped = List.copyOf(dropped);
            if (quasiPValues.size() != box.restrictions().size()) {
                throw new IllegalArgumentException(quasiPValues.size() + " quasi-p-values for "
                        + box.restrictions().size() + " restrictions");
            }
        }
    }

    /**
     * PRIM's boxes found and simplified together.
     *
     * @param found      each box as PRIM found it (peeled and pasted), in the order found
     * @param simplified the same boxes with their insignificant restrictions dropped, in the same
     *                   order: what the sentences describe
     */
    public record Covering(List<PrimResult> found, List<Pruned> simplified) {
        public Covering {
            found = List.copyOf(found);
            simplified = List.copyOf(simplified);
            if (found.size() != simplified.size()) {
                throw new IllegalArgumentException(simplified.size() + " simplified boxes for " + found.size());
            }
        }
    }

    /**
     * PRIM's covering strategy ({@link Prim#cover}) with each box simplified before the next is
     * looked for: box i is peeled from the cases outside the earlier <em>simplified</em> boxes,
     * simplified on those same cases, and its simplified box's cases are then set aside. Since the
     * simplified box is the one reported, the reported boxes hold disjoint sets of cases, and
     * their coverages (relative to all positives) add up to at most 1. A simplified box whose
     * density is not above the share of positives among all cases (the base rate), or that
     * restricts nothing, singles nothing out: it is not reported, and the covering stops there.
     * It also stops when no positive case is left, or after {@code maxBoxes} boxes.
     *
     * @param factors   names of the columns of {@code points}
     * @param points    n rows of k finite factor values
     * @param outputs   the output at each row (not NaN)
     * @param threshold a case is positive when its output is &ge; this
     * @param options   PRIM's settings
     * @param maxBoxes  most boxes, &ge; 1
     * @param alpha     restrictions with a quasi-p-value above this are dropped, in (0, 1)
     * @return the boxes, possibly none
     * @throws ConstantOutputException when no case reaches the threshold
     */
    public static Covering cover(List<String> factors, double[][] points, double[] outputs, double threshold,
                                 PrimOptions options, int maxBoxes, double alpha) {
        checkAlpha(alpha);
        if (maxBoxes < 1) {
            throw new IllegalArgumentException("maxBoxes must be at least 1, not " + maxBoxes);
        }
        Prim prim = Prim.over(factors, points, outputs, threshold, options);
        if (prim.totalPositives() == 0) {
            throw new ConstantOutputException("no case reaches the threshold " + threshold + ": there is no box to find");
        }
        boolean[] positive = new boolean[points.length];
        for (int r = 0; r < points.length; r++) positive[r] = prim.isPositive(r);
        double baseRate = prim.totalPositives() / (double) points.length;
        boolean[] active = new boolean[points.length];
        Arrays.fill(active, true);
        List<PrimResult> found = new ArrayList<>();
        List<Pruned> simplified = new ArrayList<>();
        while (found.size() < maxBoxes) {
            int[] rows = rowsOf(active);
            if (Arrays.stream(rows).noneMatch(r -> positive[r])) break;
            PrimResult result = prim.findAmong(rows);
            Cases cases = new Cases(factors, points, positive, active, prim.totalPositives());
            Pruned pruned = cases.prune(result.box(), alpha);
            if (pruned.box().restrictions().isEmpty() || !(pruned.box().density() > baseRate)) break;
            found.add(result);
            simplified.add(pruned);
            for (int r = 0; r < points.length; r++) {
                if (active[r] && cases.inside(r, pruned.box().restrictions())) active[r] = false;
            }
        }
        return new Covering(found, simplified);
    }

    /**
     * Prunes one box, judged on all the cases.
     *
     * @param factors   names of the columns of {@code points}
     * @param points    the cases
     * @param outputs   the output at each case
     * @param threshold a case is positive when its output is &ge; this
     * @param box       the box to prune
     * @param alpha     restrictions with a quasi-p-value above this are dropped, in (0, 1)
     */
    public static Pruned prune(List<String> factors, double[][] points, double[] outputs, double threshold,
                               PrimBox box, double alpha) {
        checkAlpha(alpha);
        if (outputs.length != points.length) {
            throw new IllegalArgumentException(outputs.length + " outputs for " + points.length + " points");
        }
        boolean[] positive = new boolean[points.length];
        int totalPositives = 0;
        for (int r = 0; r < points.length; r++) {
            positive[r] = outputs[r] >= threshold;
            if (positive[r]) totalPositives++;
        }
        boolean[] all = new boolean[points.length];
        Arrays.fill(all, true);
        return new Cases(factors, points, positive, all, totalPositives).prune(box, alpha);
    }

    private static void checkAlpha(double alpha) {
        if (!(alpha > 0 && alpha < 1)) {
            throw new IllegalArgumentException("alpha " + alpha + " outside (0, 1)");
        }
    }

    private static int[] rowsOf(boolean[] active) {
        int[] rows = new int[active.length];
        int count = 0;
        for (int r = 0; r < active.length; r++) {
            if (active[r]) rows[count++] = r;
        }
        return Arrays.copyOf(rows, count);
    }

    /**
     * The quasi-p-value of a restriction: P(X &ge; positives) for X ~ Binomial(cases, looserDensity).
     *
     * @param cases         cases in the box, &ge; 1
     * @param positives     positive cases in the box, in [0, cases]
     * @param looserDensity density of the box without the restriction, in [0, 1]
     */
    public static double quasiP(int cases, int positives, double looserDensity) {
        if (positives == 0) return 1;
        BinomialDistribution binomial = new BinomialDistribution(null, cases, looserDensity);
        return Math.max(0, 1 - binomial.cumulativeProbability(positives - 1));
    }

    /** The cases a box is judged on. */
    private static final class Cases {
        private final List<String> factors;
        private final double[][] points;
        private final boolean[] positive;
        private final boolean[] active;
        private final int totalPositives;

        Cases(List<String> factors, double[][] points, boolean[] positive, boolean[] active, int totalPositives) {
            this.factors = factors;
            this.points = points;
            this.positive = positive;
            this.active = active.clone();
            this.totalPositives = totalPositives;
        }

        Pruned prune(PrimBox original, double alpha) {
            List<Restriction> kept = new ArrayList<>(original.restrictions());
            List<Restriction> dropped = new ArrayList<>();
            while (true) {
                int[] count = count(kept);
                double[] qp = quasiPValues(kept, count);
                int worst = -1;
                for (int i = 0; i < qp.length; i++) {
                    if (qp[i] > alpha && (worst < 0 || qp[i] > qp[worst])) worst = i;
                }
                if (worst < 0) {
                    int cases = count[0];
                    int positives = count[1];
                    PrimBox box = new PrimBox(kept, cases, positives,
                            totalPositives == 0 ? 0 : positives / (double) totalPositives,
                            cases == 0 ? 0 : positives / (double) cases, cases / (double) points.length);
                    List<Double> values = new ArrayList<>();
                    for (double v : qp) values.add(v);
                    return new Pruned(box, values, dropped);
                }
                dropped.add(kept.remove(worst));
            }
        }

        private double[] quasiPValues(List<Restriction> restrictions, int[] count) {
            double[] qp = new double[restrictions.size()];
            for (int i = 0; i < restrictions.size(); i++) {
                List<Restriction> looser = new ArrayList<>(restrictions);
                looser.remove(i);
                int[] wider = count(looser);
                qp[i] = quasiP(count[0], count[1], wider[1] / (double) wider[0]);
            }
            return qp;
        }

        /** {cases, positives} among the active cases inside the restrictions. */
        private int[] count(List<Restriction> restrictions) {
            int cases = 0;
            int positives = 0;
            for (int r = 0; r < points.length; r++) {
                if (active[r] && inside(r, restrictions)) {
                    cases++;
                    if (positive[r]) positives++;
                }
            }
            return new int[] {cases, positives};
        }

        boolean inside(int r, List<Restriction> restrictions) {
            for (Restriction restriction : restrictions) {
                double v = points[r][factors.indexOf(restriction.parameter())];
                if (v < restriction.lower() || v > restriction.upper()) return false;
            }
            return true;
        }
    }
}
