package org.treatysim.stats.scoring;

import java.util.Objects;

/**
 * Murphy's (1973) partition of the mean Brier score of a set of forecasts into reliability,
 * resolution and uncertainty, with the two within-bin terms of Stephenson, Coelho and Jolliffe
 * (2008) that make it exact when forecasts are grouped into bins of different values.
 *
 * <p>With N forecasts f<sub>i</sub> of outcomes o<sub>i</sub> ∈ {0, 1} grouped into bins k of
 * n<sub>k</sub> forecasts, mean forecast f̄<sub>k</sub> and observed frequency ō<sub>k</sub>, and
 * ō the share of all outcomes that happened:
 * <ul>
 *   <li>reliability REL = (1/N) Σ<sub>k</sub> n<sub>k</sub> (f̄<sub>k</sub> − ō<sub>k</sub>)², lower is better;</li>
 *   <li>resolution RES = (1/N) Σ<sub>k</sub> n<sub>k</sub> (ō<sub>k</sub> − ō)², higher is better;</li>
 *   <li>uncertainty UNC = ō (1 − ō), a property of the outcomes alone;</li>
 *   <li>within-bin variance WBV = (1/N) Σ<sub>k</sub> Σ<sub>i∈k</sub> (f<sub>i</sub> − f̄<sub>k</sub>)²;</li>
 *   <li>within-bin covariance WBC = (2/N) Σ<sub>k</sub> Σ<sub>i∈k</sub> (f<sub>i</sub> − f̄<sub>k</sub>)(o<sub>i</sub> − ō<sub>k</sub>).</li>
 * </ul>
 * Then BS = REL − RES + UNC + WBV − WBC exactly (up to rounding). When every bin holds forecasts
 * of one value (binning by distinct values) WBV = WBC = 0 and BS = REL − RES + UNC.
 *
 * @param binning             how the forecasts were grouped, in words
 * @param bins                non-empty bins, &ge; 1
 * @param outcomes            forecasts N, &ge; 1
 * @param brier               the mean Brier score computed directly, in [0, 1]
 * @param reliability         REL, in [0, 1]
 * @param resolution          RES, in [0, 0.25]
 * @param uncertainty         UNC, in [0, 0.25]
 * @param withinBinVariance   WBV, &ge; 0; 0 when each bin holds one forecast value
 * @param withinBinCovariance WBC; 0 when each bin holds one forecast value
 */
public record BrierDecomposition(String binning, int bins, int outcomes, double brier, double reliability,
                                 double resolution, double uncertainty, double withinBinVariance,
                                 double withinBinCovariance) {
    public BrierDecomposition {
        Objects.requireNonNull(binning, "binning");
    }

    /** REL − RES + UNC: the mean Brier score when the within-bin terms vanish. */
    public double threeComponents() {
        return reliability - resolution + uncertainty;
    }

    /** WBV − WBC: what the three components leave out of the mean Brier score. */
    public double withinBin() {
        return withinBinVariance - withinBinCovariance;
    }
}
