package org.treatysim.stats.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Estimates first-order and total Sobol indices from the outputs of a {@link Design.Method#SALTELLI}
 * design, with bootstrap percentile intervals.
 *
 * <p>With f(A)<sub>j</sub>, f(B)<sub>j</sub> and f(A<sub>B</sub><sup>(i)</sup>)<sub>j</sub> the
 * outputs of base sample j (j = 1..N), and m and V the mean and variance (divisor 2N) of the 2N
 * outputs of A and B:
 * <ul>
 *   <li>first order (Saltelli et al. 2010, table 2 (b)):
 *       S<sub>i</sub> = (1/N) &Sigma;<sub>j</sub> (f(B)<sub>j</sub> - m) (f(A<sub>B</sub><sup>(i)</sup>)<sub>j</sub> - f(A)<sub>j</sub>) / V;</li>
 *   <li>total (Jansen 1999; Saltelli et al. 2010, table 2 (f)):
 *       S<sub>Ti</sub> = (1/2N) &Sigma;<sub>j</sub> (f(A)<sub>j</sub> - f(A<sub>B</sub><sup>(i)</sup>)<sub>j</sub>)<sup>2</sup> / V.</li>
 * </ul>
 * Intervals: the N base samples (each with its k + 2 outputs) are resampled with replacement B
 * times, all indices are recomputed on each resample, and the interval runs between the
 * (1 - c)/2 and (1 + c)/2 quantiles of the B values (percentile bootstrap, Efron and Tibshirani
 * 1993). Resamples whose A and B outputs happen to be all equal (variance 0) are left out.
 *
 * <p>Cost: O(B N k) time and O(B k) memory; with N = 4096, k = 20 and B = 1000 a few seconds at most.
 */
public final class SobolIndices {

    /** Confidence level of the intervals unless stated otherwise. */
    public static final double CONFIDENCE = 0.95;

    private SobolIndices() { }

    /** Indices with 95% intervals; see {@link #estimate(Design, double[], int, double, MersenneTwisterFast)}. */
    public static SobolResult estimate(Design design, double[] outputs, int bootstrapResamples,
                                       MersenneTwisterFast random) {
        return estimate(design, outputs, bootstrapResamples, CONFIDENCE, random);
    }

    /**
     * Estimates S<sub>i</sub> and S<sub>Ti</sub> for every factor.
     *
     * @param design             a Saltelli design
     * @param outputs            the model output at each design row, in row order; finite
     * @param bootstrapResamples B &ge; 1 (1000 is customary)
     * @param confidence         interval coverage in (0, 1), e.g. 0.95
     * @param random             draws the bootstrap resamples
     * @throws ConstantOutputException when the outputs of A and B do not vary
     */
    public static SobolResult estimate(Design design, double[] outputs, int bootstrapResamples, double confidence,
                                       MersenneTwisterFast random) {
        if (design.method() != Design.Method.SALTELLI) {
            throw new IllegalArgumentException("Sobol indices need a Saltelli design, not " + design.method());
        }
        if (outputs.length != design.size()) {
            throw new IllegalArgumentException(outputs.length + " outputs for " + design.size() + " design points");
        }
        if (bootstrapResamples < 1) {
            throw new IllegalArgumentException("at least one bootstrap resample is needed, not " + bootstrapResamples);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence " + confidence + " outside (0, 1)");
        }
        for (int r = 0; r < outputs.length; r++) {
            if (!Double.isFinite(outputs[r])) {
                throw new IllegalArgumentException("output at design row " + r + " is " + outputs[r]);
            }
        }
        int n = design.baseSamples();
        int k = design.dimension();
        double[] a = new double[n];
        double[] b = new double[n];
        double[][] mixed = new double[k][n];
        for (int j = 0; j < n; j++) {
            a[j] = outputs[design.rowOfA(j)];
            b[j] = outputs[design.rowOfB(j)];
            for (int i = 0; i < k; i++) {
                mixed[i][j] = outputs[design.rowOfMixed(j, i)];
            }
        }

        int[] identity = new int[n];
        Arrays.setAll(identity, j -> j);
        double[] first = new double[k];
        double[] total = new double[k];
        double variance = indices(a, b, mixed, identity, first, total);
        if (variance == 0) {
            throw new ConstantOutputException("the output is " + a[0] + " at every A and B point of the design:"
                    + " there is no variance to apportion");
        }

        double[][] firstDraws = new double[k][bootstrapResamples];
        double[][] totalDraws = new double[k][bootstrapResamples];
        double[] firstOnce = new double[k];
        double[] totalOnce = new double[k];
        int[] resample = new int[n];
        int kept = 0;
        for (int draw = 0; draw < bootstrapResamples; draw++) {
            for (int j = 0; j < n; j++) {
                resample[j] = random.nextInt(n);
            }
            if (indices(a, b, mixed, resample, firstOnce, totalOnce) == 0) {
                continue;
            }
            for (int i = 0; i < k; i++) {
                firstDraws[i][kept] = firstOnce[i];
                totalDraws[i][kept] = totalOnce[i];
            }
            kept++;
        }

        double lowerP = (1 - confidence) / 2;
        double upperP = (1 + confidence) / 2;
        List<SobolIndex> result = new ArrayList<>(k);
        for (int i = 0; i < k; i++) {
            double[] f = Arrays.copyOf(firstDraws[i], kept);
            double[] t = Arrays.copyOf(totalDraws[i], kept);
            Arrays.sort(f);
            Arrays.sort(t);
            result.add(new SobolIndex(design.factors().get(i), first[i],
                    Quantiles.ofSorted(f, lowerP), Quantiles.ofSorted(f, upperP),
                    total[i], Quantiles.ofSorted(t, lowerP), Quantiles.ofSorted(t, upperP)));
        }
        return new SobolResult(result, n, variance, bootstrapResamples, confidence);
    }

    /**
     * The estimators on the base samples listed in {@code rows} (repeats allowed): fills
     * {@code first} and {@code total} and returns V, or returns 0 (leaving them unspecified)
     * when V is 0.
     */
    private static double indices(double[] a, double[] b, double[][] mixed, int[] rows, double[] first,
                                  double[] total) {
        int n = rows.length;
        double sum = 0;
        for (int row : rows) {
            sum += a[row] + b[row];
        }
        double mean = sum / (2.0 * n);
        double squares = 0;
        for (int row : rows) {
            double da = a[row] - mean;
            double db = b[row] - mean;
            squares += da * da + db * db;
        }
        double variance = squares / (2.0 * n);
        if (variance == 0) {
            return 0;
        }
        for (int i = 0; i < first.length; i++) {
            double[] ab = mixed[i];
            double firstSum = 0;
            double totalSum = 0;
            for (int row : rows) {
                double step = ab[row] - a[row];
                // Centring f(B) leaves the estimator's expectation unchanged (E[step] = 0) and
                // removes the variance a large output mean would add (as SALib does).
                firstSum += (b[row] - mean) * step;
                totalSum += step * step;
            }
            first[i] = firstSum / n / variance;
            total[i] = totalSum / (2.0 * n) / variance;
        }
        return variance;
    }
}
