package org.treatysim.report.update;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a conditional forecast was conditioned on and how, written under {@code conditioning} in
 * its summary.json.
 *
 * @param asOf              the observations dated on or before this day were used
 * @param observationsFile  the observations file as named on the command line
 * @param observations      the observations used, in date order
 * @param ignoredAfterAsOf  observations in the file dated after {@code asOf}, not used
 * @param runsMade          runs made (indices 0 .. runsMade − 1), the prior sample
 * @param accepted          runs whose history met every observation, &ge; 1
 * @param minAccepted       accepted runs asked for ({@code --min-accepted})
 * @param maxRuns           cap on runs made ({@code --max-runs})
 * @param curveFrom         date of the first curve row kept (the first row on or after {@code asOf})
 */
public record Conditioning(LocalDate asOf, String observationsFile, List<Observed> observations,
                           int ignoredAfterAsOf, long runsMade, long accepted, int minAccepted, int maxRuns,
                           LocalDate curveFrom) {
    public Conditioning {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(observationsFile, "observationsFile");
        observations = List.copyOf(observations);
        if (accepted < 1 || accepted > runsMade) {
            throw new IllegalArgumentException("need 1 <= accepted <= runs made, got " + accepted + " of " + runsMade);
        }
    }

    /**
     * One observation as written to summary.json.
     *
     * @param date     its date
     * @param event    the event key, e.g. {@code textAgreed}
     * @param happened what was observed
     */
    public record Observed(LocalDate date, String event, boolean happened) { }

    /** accepted / runsMade. */
    public double acceptanceRate() {
        return accepted / (double) runsMade;
    }

    /** True when at least {@code minAccepted} runs were accepted. */
    public boolean targetMet() {
        return accepted >= minAccepted;
    }
}
