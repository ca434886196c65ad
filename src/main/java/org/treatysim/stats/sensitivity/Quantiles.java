package org.treatysim.stats.sensitivity;

/** Sample quantiles shared by the estimators of this package and the backtest's bootstrap. */
public final class Quantiles {
    private Quantiles() { }

    /**
     * The p-quantile of sorted values by linear interpolation between order statistics
     * (Hyndman and Fan 1996, type 7, the default of R and NumPy); NaN for no values.
     */
    public static double ofSorted(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        if (below >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[below + 1] - sorted[below]);
    }
}
