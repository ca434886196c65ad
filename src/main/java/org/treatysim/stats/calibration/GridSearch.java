package org.treatysim.stats.calibration;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.treatysim.stats.sensitivity.Quantiles;

/**
 * A grid search over hyperparameter candidates, each scored on every case of a corpus: the fit
 * minimises the mean log score over all the outcomes of the cases it is fitted on (pooled as the
 * backtest pools them: a case with more outcomes weighs more). Every candidate's forecasts of a
 * case come from the same runs (common random numbers), so the differences between candidates are
 * the hyperparameters' doing, not noise.
 *
 * <p>The grid is the full product of each hyperparameter's values, the last hyperparameter varying
 * fastest; ties go to the earlier candidate. Immutable.
 */
public final class GridSearch {
    /** The intervals' coverage. */
    public static final double CONFIDENCE = 0.95;

    /**
     * One hyperparameter's grid values.
     *
     * @param name   its name
     * @param values at least one, in increasing order
     */
    public record Axis(String name, double[] values) {
        public Axis {
            Objects.requireNonNull(name, "name");
            values = values.clone();
            if (values.length == 0) throw new IllegalArgumentException(name + ": no values");
            for (int i = 1; i < values.length; i++) {
                if (!(values[i] > values[i - 1])) throw new IllegalArgumentException(name + ": values not increasing");
            }
        }

        @Override
        public double[] values() {
            return values.clone();
        }
    }

    /**
     * One case's scores under every candidate.
     *
     * @param id        the case
     * @param outcomes  its outcomes, &ge; 1
     * @param logSums   per candidate, the sum of its outcomes' log scores (nats)
     * @param brierSums per candidate, the sum of its outcomes' Brier scores
     */
    public record CaseScores(String id, int outcomes, double[] logSums, double[] brierSums) {
        public CaseScores {
            Objects.requireNonNull(id, "id");
            if (outcomes < 1) throw new IllegalArgumentException(id + ": no outcomes");
            logSums = logSums.clone();
            brierSums = brierSums.clone();
            if (logSums.length != brierSums.length) throw new IllegalArgumentException(id + ": scores differ in length");
        }
    }

    /**
     * A hyperparameter's fitted value and its uncertainty.
     *
     * @param name      the hyperparameter
     * @param value     the fitted value, a grid value
     * @param low       the 2.5% quantile of the values refitted on bootstrap resamples of the cases
     * @param high      the 97.5% quantile
     * @param atEdge    true when the fitted value is the lowest or highest grid value: the best may
     *                  lie beyond the range searched
     * @param profile   per grid value, the best mean log score over the other hyperparameters
     */
    public record Fitted(String name, double value, double low, double high, boolean atEdge, double[] profile) {
        @Override
        public double[] profile() {
            return profile.clone();
        }
    }

    private final List<Axis> axes;
    private final List<CaseScores> cases;
    private final int candidates;

    /**
     * @param axes  the hyperparameters' grid values, at least one
     * @param cases every case's scores; each has {@link #candidates(List)} candidates first, and may
     *              have more after them (e.g. the uncalibrated model), which the search never picks
     */
    public GridSearch(List<Axis> axes, List<CaseScores> cases) {
        this.axes = List.copyOf(axes);
        this.cases = List.copyOf(cases);
        if (this.axes.isEmpty()) throw new IllegalArgumentException("no hyperparameters");
        if (this.cases.isEmpty()) throw new IllegalArgumentException("no cases");
        this.candidates = candidates(this.axes).size();
        for (CaseScores c : this.cases) {
            if (c.logSums().length < candidates) {
                throw new IllegalArgumentException(c.id() + ": " + c.logSums().length + " scores for " + candidates
                        + " candidates");
            }
        }
    }

    /** The grid's candidates: every combination of the axes' values, the last axis fastest. */
    public static List<double[]> candidates(List<Axis> axes) {
        List<double[]> all = new ArrayList<>();
        all.add(new double[0]);
        for (Axis axis : axes) {
            List<double[]> next = new ArrayList<>();
            for (double[] prefix : all) {
                for (double v : axis.values()) {
                    double[] c = Arrays.copyOf(prefix, prefix.length + 1);
                    c[prefix.length] = v;
                    next.add(c);
                }
            }
            all = next;
        }
        return all;
    }

    /** The grid's candidates. */
    public List<double[]> candidates() {
        return candidates(axes);
    }

    /** The mean log score of candidate {@code k} over the cases {@code weights} counts (0: left out). */
    public double meanLog(int k, int[] weights) {
        return mean(k, weights, true);
    }

    /** The mean Brier score of candidate {@code k} over the cases {@code weights} counts. */
    public double meanBrier(int k, int[] weights) {
        return mean(k, weights, false);
    }

    private double mean(int k, int[] weights, boolean log) {
        double sum = 0;
        long outcomes = 0;
        for (int c = 0; c < cases.size(); c++) {
            if (weights[c] == 0) continue;
            CaseScores s = cases.get(c);
            sum += weights[c] * (log ? s.logSums()[k] : s.brierSums()[k]);
            outcomes += (long) weights[c] * s.outcomes();
        }
        return sum / outcomes;
    }

    /** Every case once. */
    public int[] allCases() {
        int[] w = new int[cases.size()];
        Arrays.fill(w, 1);
        return w;
    }

    /** The best candidate (lowest mean log score) on the cases {@code weights} counts, at least one. */
    public int best(int[] weights) {
        int best = 0;
        double bestScore = Double.POSITIVE_INFINITY;
        for (int k = 0; k < candidates; k++) {
            double score = meanLog(k, weights);
            if (score < bestScore) {
                bestScore = score;
                best = k;
            }
        }
        return best;
    }

    /**
     * Leave-one-case-out: for each case, the best candidate fitted on every other case. The case's
     * own scores never enter its fit.
     *
     * @throws IllegalStateException with a single case (nothing to fit on)
     */
    public int[] leaveOneOut() {
        if (cases.size() < 2) throw new IllegalStateException("leave-one-case-out needs at least two cases");
        int[] chosen = new int[cases.size()];
        for (int c = 0; c < cases.size(); c++) {
            int[] w = allCases();
            w[c] = 0;
            chosen[c] = best(w);
        }
        return chosen;
    }

    /**
     * Each hyperparameter's fitted value on all cases, with the percentile interval of the values
     * refitted on {@code replicates} bootstrap resamples of the cases (whole cases, with
     * replacement), and its profile.
     */
    public List<Fitted> fit(int replicates, long seed) {
        List<double[]> grid = candidates();
        int best = best(allCases());
        double[][] refitted = new double[axes.size()][replicates];
        MersenneTwisterFast random = new MersenneTwisterFast(seed);
        for (int b = 0; b < replicates; b++) {
            int[] w = new int[cases.size()];
            for (int j = 0; j < cases.size(); j++) w[random.nextInt(cases.size())]++;
            double[] values = grid.get(best(w));
            for (int a = 0; a < axes.size(); a++) refitted[a][b] = values[a];
        }
        List<Fitted> fitted = new ArrayList<>();
        for (int a = 0; a < axes.size(); a++) {
            double[] sorted = refitted[a].clone();
            Arrays.sort(sorted);
            double[] values = axes.get(a).values();
            double value = grid.get(best)[a];
            boolean atEdge = values.length > 1 && (value == values[0] || value == values[values.length - 1]);
            fitted.add(new Fitted(axes.get(a).name(), value, Quantiles.ofSorted(sorted, (1 - CONFIDENCE) / 2),
                    Quantiles.ofSorted(sorted, (1 + CONFIDENCE) / 2), atEdge, profile(a, grid)));
        }
        return fitted;
    }

    /** Per value of axis {@code a}: the lowest mean log score over all cases among the candidates with it. */
    private double[] profile(int a, List<double[]> grid) {
        double[] values = axes.get(a).values();
        double[] profile = new double[values.length];
        Arrays.fill(profile, Double.POSITIVE_INFINITY);
        int[] all = allCases();
        for (int k = 0; k < candidates; k++) {
            int i = Arrays.binarySearch(values, grid.get(k)[a]);
            profile[i] = Math.min(profile[i], meanLog(k, all));
        }
        return profile;
    }
}
