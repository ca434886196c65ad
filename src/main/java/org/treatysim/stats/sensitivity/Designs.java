package org.treatysim.stats.sensitivity;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.apache.commons.math3.random.SobolSequenceGenerator;

/**
 * Builds sensitivity designs: points on the unit cube [0, 1]<sup>k</sup>, mapped to factor values
 * through each factor's {@link Factor#quantile quantile function}.
 *
 * <p>All randomness comes from the {@link MersenneTwisterFast} passed in, so the same generator
 * state always yields the same design.
 */
public final class Designs {

    /**
     * Largest number of points a design may have. A sweep runs every point many times, so a
     * bigger design is a mistake rather than a plan (and would not fit in memory anyway).
     */
    public static final int MAX_POINTS = 10_000_000;

    /**
     * Probability left out at each unbounded end by {@link #grid}: a normal factor's levels run
     * from its 0.5% to its 99.5% quantile (mean ± 2.58 sd).
     */
    public static final double GRID_TAIL = 0.005;

    /** Sobol points are multiples of 2^-52 (Commons Math uses 52 bits). */
    private static final int SOBOL_BITS = 52;
    private static final double SOBOL_SCALE = 0x1p52;

    private Designs() { }

    /**
     * A Latin hypercube of {@code samples} points: each factor's probability range is cut into
     * {@code samples} equal strata, each stratum is used exactly once, at a uniformly random
     * position within it, and the strata of different factors are paired by independent random
     * permutations (McKay, Beckman and Conover 1979).
     *
     * @param factors the factors, in column order
     * @param samples number of points n &ge; 2
     * @param random  source of the permutations and the positions within strata
     */
    public static Design latinHypercube(List<Factor> factors, int samples, MersenneTwisterFast random) {
        checkFactors(factors);
        if (samples < 2 || samples > MAX_POINTS) {
            throw new IllegalArgumentException("a Latin hypercube needs 2.." + MAX_POINTS + " samples, not " + samples);
        }
        int k = factors.size();
        double[][] points = new double[samples][k];
        int[] strata = new int[samples];
        for (int j = 0; j < k; j++) {
            for (int i = 0; i < samples; i++) {
                strata[i] = i;
            }
            shuffle(strata, random);
            Factor factor = factors.get(j);
            for (int i = 0; i < samples; i++) {
                // Open interval: a normal factor's quantile at exactly 0 would be -Infinity.
                double u = (strata[i] + random.nextDouble(false, false)) / samples;
                points[i][j] = factor.quantile(u);
            }
        }
        return new Design(Design.Method.LATIN_HYPERCUBE, names(factors), points, samples);
    }

    /**
     * Saltelli's design for Sobol indices (Saltelli 2002; Saltelli et al. 2010): N (k + 2) points
     * made of the matrices A and B (N points each) and, for each factor i, A<sub>B</sub><sup>(i)</sup>,
     * which is A with column i taken from B. A and B are the first and last k coordinates of a
     * 2k-dimensional Sobol sequence (Commons Math's {@link SobolSequenceGenerator}, Joe–Kuo
     * direction numbers), randomised by a digital shift: each coordinate's 52 bits are XOR-ed with
     * one random 52-bit mask per dimension. The shift keeps the sequence's net structure (so N a
     * power of two gives the best balance), makes designs from different seeds independent, and
     * moves every coordinate off 0 and 1 (each lands at the centre of its 2^-52 cell), where an
     * unbounded factor's quantile would be infinite.
     *
     * @param factors     the factors, in column order; 2k &le; 1000 (the generator's limit)
     * @param baseSamples N &ge; 2; a power of two is best
     * @param random      source of the digital shift
     * @return a design whose row order is described in {@link Design}
     */
    public static Design saltelli(List<Factor> factors, int baseSamples, MersenneTwisterFast random) {
        checkFactors(factors);
        int k = factors.size();
        if (2 * k > 1000) {
            throw new IllegalArgumentException("Saltelli designs need 2k <= 1000 Sobol dimensions, not " + 2 * k);
        }
        if (baseSamples < 2 || (long) baseSamples * (k + 2) > MAX_POINTS) {
            throw new IllegalArgumentException("a Saltelli design needs at least 2 base samples and at most "
                    + MAX_POINTS + " points, not " + baseSamples + " x " + (k + 2));
        }
        long[] shift = new long[2 * k];
        for (int d = 0; d < 2 * k; d++) {
            shift[d] = random.nextLong() >>> (Long.SIZE - SOBOL_BITS);
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        double[][] points = new double[baseSamples * (k + 2)][];
        double[] a = new double[k];
        double[] b = new double[k];
        for (int j = 0; j < baseSamples; j++) {
            double[] u = sobol.nextVector();
            for (int d = 0; d < k; d++) {
                a[d] = factors.get(d).quantile(shifted(u[d], shift[d]));
                b[d] = factors.get(d).quantile(shifted(u[k + d], shift[k + d]));
            }
            int first = j * (k + 2);
            points[first] = a.clone();
            for (int i = 0; i < k; i++) {
                double[] mixed = a.clone();
                mixed[i] = b[i];
                points[first + 1 + i] = mixed;
            }
            points[first + k + 1] = b.clone();
        }
        return new Design(Design.Method.SALTELLI, names(factors), points, baseSamples);
    }

    /** A full grid with the same number of levels for every factor; see {@link #grid(List, int[])}. */
    public static Design grid(List<Factor> factors, int levels) {
        int[] each = new int[factors.size()];
        java.util.Arrays.fill(each, levels);
        return grid(factors, each);
    }

    /**
     * Every combination of the factors' levels, the last factor varying fastest. A factor with
     * L &ge; 2 levels takes its quantiles at probabilities 0, 1/(L-1), ..., 1, so a bounded
     * factor's levels include both ends (a uniform one's are equally spaced); an unbounded end is
     * replaced by the {@link #GRID_TAIL} quantile. With L = 1 the factor sits at its median. A
     * choice factor takes each of its values (with positive weight) once, whatever L says, since
     * its quantiles would repeat them.
     *
     * @param factors the factors, in column order
     * @param levels  levels per factor, each &ge; 1 (ignored for choice factors)
     */
    public static Design grid(List<Factor> factors, int[] levels) {
        checkFactors(factors);
        int k = factors.size();
        if (levels.length != k) {
            throw new IllegalArgumentException(levels.length + " level counts for " + k + " factors");
        }
        double[][] values = new double[k][];
        long size = 1;
        for (int j = 0; j < k; j++) {
            values[j] = levels(factors.get(j), levels[j]);
            size *= values[j].length;
            if (size > MAX_POINTS) {
                throw new IllegalArgumentException("the grid would have more than " + MAX_POINTS + " points");
            }
        }
        double[][] points = new double[(int) size][k];
        int[] digit = new int[k];
        for (int r = 0; r < size; r++) {
            for (int j = 0; j < k; j++) {
                points[r][j] = values[j][digit[j]];
            }
            for (int j = k - 1; j >= 0; j--) {
                if (++digit[j] < values[j].length) {
                    break;
                }
                digit[j] = 0;
            }
        }
        return new Design(Design.Method.GRID, names(factors), points, (int) size);
    }

    private static double[] levels(Factor factor, int count) {
        double[] discrete = factor.discreteValues();
        if (discrete.length > 0) {
            return discrete;
        }
        if (count < 1) {
            throw new IllegalArgumentException(factor.name() + ": a grid needs at least 1 level, not " + count);
        }
        if (count == 1) {
            return new double[] {factor.quantile(0.5)};
        }
        double from = Double.isInfinite(factor.quantile(0)) ? GRID_TAIL : 0;
        double to = Double.isInfinite(factor.quantile(1)) ? 1 - GRID_TAIL : 1;
        double[] level = new double[count];
        for (int i = 0; i < count; i++) {
            level[i] = factor.quantile(from + (to - from) * i / (count - 1));
        }
        return level;
    }

    private static double shifted(double sobolCoordinate, long mask) {
        long bits = (long) (sobolCoordinate * SOBOL_SCALE) ^ mask;
        return (bits + 0.5) / SOBOL_SCALE;
    }

    private static void shuffle(int[] values, MersenneTwisterFast random) {
        for (int i = values.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = values[i];
            values[i] = values[j];
            values[j] = swap;
        }
    }

    private static void checkFactors(List<Factor> factors) {
        if (factors.isEmpty()) {
            throw new IllegalArgumentException("a design needs at least one factor");
        }
    }

    private static List<String> names(List<Factor> factors) {
        return factors.stream().map(Factor::name).toList();
    }
}
