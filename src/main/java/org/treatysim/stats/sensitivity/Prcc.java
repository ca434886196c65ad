package org.treatysim.stats.sensitivity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.SingularMatrixException;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * Partial rank correlation coefficients (PRCC) of an output with each factor (Marino et al. 2008),
 * usually on a Latin hypercube design.
 *
 * <p>Every factor column and the output are replaced by their ranks (ties get their average rank).
 * The PRCC of factor i is the correlation between the residuals of rank(x<sub>i</sub>) and of
 * rank(y) after a linear regression of each on the ranks of the other k - 1 factors. It is
 * computed from the inverse P of the (k + 1) x (k + 1) correlation matrix of the ranks, by the
 * identity r<sub>iy</sub> = -P<sub>iy</sub> / sqrt(P<sub>ii</sub> P<sub>yy</sub>), which equals
 * the residual correlation exactly.
 *
 * <p>Intervals: Fisher's z-transform, z = atanh(r), taken as normal with standard error
 * 1 / sqrt(n - 3 - (k - 1)) (the k - 1 controlled factors each cost one degree of freedom), and
 * transformed back with tanh. p-values: t = r sqrt((n - 2 - (k - 1)) / (1 - r<sup>2</sup>)) on
 * n - 2 - (k - 1) degrees of freedom (Marino et al. 2008). Both rest on normal theory; for rank
 * correlations the z standard error is a few percent too small (Fieller et al. 1957 suggest a
 * factor sqrt(1.06)), which is negligible next to the n of a sweep.
 */
public final class Prcc {

    /** Below this, an unexplained share of the output's rank variance (and a regression weight) is rounding error. */
    private static final double EXACT = 1e-9;

    private static final double Z_975 = new NormalDistribution(null, 0, 1).inverseCumulativeProbability(0.975);

    private Prcc() { }

    /** PRCC of the outputs at a design's points with each of its factors. */
    public static List<PrccIndex> estimate(Design design, double[] outputs) {
        return estimate(design.factors(), design.points(), outputs);
    }

    /**
     * PRCC of {@code outputs} with each factor.
     *
     * @param factors names of the columns of {@code points}
     * @param points  n rows of k factor values; n &ge; k + 3 (n - k - 2 degrees of freedom remain)
     * @param outputs the output at each row; finite
     * @return one index per factor, in column order
     * @throws ConstantOutputException when the outputs do not vary
     * @throws IllegalArgumentException when a factor does not vary or the factors' ranks are
     *                                  collinear (as in a design that moves two factors together);
     *                                  an output whose ranks are an exact linear function of the
     *                                  factors' ranks is no error: its PRCCs are ±1 and 0, exactly
     */
    public static List<PrccIndex> estimate(List<String> factors, double[][] points, double[] outputs) {
        int n = points.length;
        int k = factors.size();
        if (outputs.length != n) {
            throw new IllegalArgumentException(outputs.length + " outputs for " + n + " points");
        }
        if (n < k + 3) {
            throw new IllegalArgumentException("PRCC of " + k + " factors needs at least " + (k + 3)
                    + " points, not " + n);
        }
        NaturalRanking ranking = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE);
        double[][] centred = new double[k + 1][];
        for (int c = 0; c <= k; c++) {
            double[] column = new double[n];
            for (int r = 0; r < n; r++) {
                column[r] = c < k ? points[r][c] : outputs[r];
                if (!Double.isFinite(column[r])) {
                    throw new IllegalArgumentException((c < k ? factors.get(c) : "output") + " at row " + r
                            + " is " + column[r]);
                }
            }
            double[] ranks = ranking.rank(column);
            double mean = (n + 1) / 2.0;
            for (int r = 0; r < n; r++) {
                ranks[r] -= mean;
            }
            centred[c] = ranks;
        }
        double[][] correlation = new double[k + 1][k + 1];
        double[] norm = new double[k + 1];
        for (int c = 0; c <= k; c++) {
            norm[c] = Math.sqrt(dot(centred[c], centred[c]));
            if (norm[c] == 0) {
                if (c == k) {
                    throw new ConstantOutputException("the output is " + outputs[0]
                            + " at every design point: no correlation to measure");
                }
                throw new IllegalArgumentException(factors.get(c) + " takes one value only");
            }
        }
        for (int c = 0; c <= k; c++) {
            for (int d = c; d <= k; d++) {
                double value = c == d ? 1 : dot(centred[c], centred[d]) / (norm[c] * norm[d]);
                correlation[c][d] = value;
                correlation[d][c] = value;
            }
        }
        List<PrccIndex> exact = exactRelation(factors, correlation);
        if (exact != null) {
            return exact;
        }
        RealMatrix precision;
        try {
            precision = new LUDecomposition(new Array2DRowRealMatrix(correlation, false)).getSolver().getInverse();
        } catch (SingularMatrixException e) {
            throw new IllegalArgumentException("the ranks of the factors (and output) are collinear: "
                    + "PRCC is undefined for " + factors, e);
        }

        int degrees = n - 2 - (k - 1);
        TDistribution t = new TDistribution(null, degrees);
        double zError = 1 / Math.sqrt(n - 3.0 - (k - 1));
        List<PrccIndex> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double r = -precision.getEntry(i, k) / Math.sqrt(precision.getEntry(i, i) * precision.getEntry(k, k));
            r = Math.max(-1, Math.min(1, r));
            double z = atanh(r);
            double low = StrictMath.tanh(z - Z_975 * zError);
            double high = StrictMath.tanh(z + Z_975 * zError);
            double pValue;
            if (Math.abs(r) == 1) {
                pValue = 0;
            } else {
                double statistic = Math.abs(r) * Math.sqrt(degrees / (1 - r * r));
                // The lower tail keeps small p-values that 1 - CDF would round to 0.
                pValue = 2 * t.cumulativeProbability(-statistic);
            }
            result.add(new PrccIndex(factors.get(i), r, Math.min(low, r), Math.max(high, r), pValue));
        }
        return result;
    }

    /**
     * The indices when the output's ranks are an exact linear function of the factors' ranks (as
     * when the output is a monotone function of one factor on a grid), or null when they are not.
     * The correlation matrix is then singular and its inverse undefined, but the partial
     * correlations are plain: with rank(y) = Σ b<sub>j</sub> rank(x<sub>j</sub>), the residual of
     * rank(y) given the other factors is b<sub>i</sub> times that of rank(x<sub>i</sub>), so the
     * PRCC is the sign of b<sub>i</sub>, or 0 (nothing left to correlate) when b<sub>i</sub> = 0.
     * No sampling noise is left either, so each interval is the point itself.
     *
     * @throws IllegalArgumentException when the factors' own ranks are collinear
     */
    private static List<PrccIndex> exactRelation(List<String> factors, double[][] correlation) {
        int k = factors.size();
        double[][] among = new double[k][k];
        double[] withOutput = new double[k];
        for (int c = 0; c < k; c++) {
            System.arraycopy(correlation[c], 0, among[c], 0, k);
            withOutput[c] = correlation[c][k];
        }
        DecompositionSolver solver = new LUDecomposition(new Array2DRowRealMatrix(among, false)).getSolver();
        if (!solver.isNonSingular()) {
            throw new IllegalArgumentException("the ranks of the factors are collinear: PRCC is undefined for "
                    + factors);
        }
        // Standardised regression of rank(y) on the factors' ranks: R² = r'b, and b the weights.
        double[] weights = solver.solve(new ArrayRealVector(withOutput, false)).toArray();
        if (1 - dot(withOutput, weights) > EXACT) {
            return null;
        }
        List<PrccIndex> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double r = StrictMath.abs(weights[i]) > EXACT ? StrictMath.signum(weights[i]) : 0;
            result.add(new PrccIndex(factors.get(i), r, r, r, r == 0 ? 1 : 0));
        }
        return result;
    }

    /** The indices ordered by |PRCC|, strongest first (for a tornado chart). */
    public static List<PrccIndex> byStrength(List<PrccIndex> indices) {
        PrccIndex[] sorted = indices.toArray(PrccIndex[]::new);
        Arrays.sort(sorted, (x, y) -> Double.compare(Math.abs(y.prcc()), Math.abs(x.prcc())));
        return List.of(sorted);
    }

    private static double atanh(double r) {
        return 0.5 * StrictMath.log((1 + r) / (1 - r));
    }

    private static double dot(double[] x, double[] y) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += x[i] * y[i];
        }
        return sum;
    }
}
