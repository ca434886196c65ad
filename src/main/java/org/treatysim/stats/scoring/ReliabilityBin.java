package org.treatysim.stats.scoring;

/**
 * One row of a reliability table: the forecasts that fell in [low, high) (the last bin includes
 * 1) and how often their outcomes happened. A reliable forecaster's observed frequency is close
 * to its mean forecast in every bin.
 *
 * @param low               lower edge of the bin, in [0, 1)
 * @param high              upper edge of the bin, in (0, 1]
 * @param count             forecasts in the bin, &ge; 1 (empty bins are left out of tables)
 * @param meanForecast      mean forecast probability in the bin, in [low, high]
 * @param observedFrequency share of the bin's outcomes that happened, in [0, 1]
 * @param observedLow       lower end of the Wilson 95% interval of the observed frequency
 * @param observedHigh      upper end of the Wilson 95% interval of the observed frequency
 */
public record ReliabilityBin(double low, double high, int count, double meanForecast, double observedFrequency,
                             double observedLow, double observedHigh) {
}
