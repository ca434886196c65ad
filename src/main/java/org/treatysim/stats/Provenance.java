package org.treatysim.stats;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Where a forecast comes from, so a figure in a paper can be reproduced.
 *
 * @param scenario       scenario id
 * @param title          scenario title
 * @param runs           Monte Carlo runs used
 * @param seed           master seed
 * @param scenarioSha256 hex SHA-256 of the scenario file's bytes (after inheritance: of the merged text)
 * @param version        treatysim version
 * @param java           Java runtime version
 * @param createdAt      when the results were made (UTC)
 * @param calibration    the calibration applied to the scenario, or null for none
 */
public record Provenance(String scenario, String title, long runs, long seed, String scenarioSha256,
                         String version, String java, Instant createdAt, CalibrationNote calibration) {

    /** An uncalibrated forecast's provenance. */
    public Provenance(String scenario, String title, long runs, long seed, String scenarioSha256, String version,
                      String java, Instant createdAt) {
        this(scenario, title, runs, seed, scenarioSha256, version, java, createdAt, null);
    }

    /**
     * The calibration a forecast was made with (docs/calibration.md).
     *
     * @param file     the calibration file, as named to the loader
     * @param sha256   hex SHA-256 of its bytes
     * @param settings its hyperparameters, e.g. "patience × 1.41, mediatorLeverage × 0.5"
     * @param fittedOn what it says it was fitted on (e.g. case ids); may be empty
     */
    public record CalibrationNote(String file, String sha256, String settings, List<String> fittedOn) {
        public CalibrationNote {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(sha256, "sha256");
            Objects.requireNonNull(settings, "settings");
            fittedOn = List.copyOf(fittedOn);
        }

        /** One sentence for the brief: what the forecast is calibrated with and on. */
        public String sentence() {
            return "Calibrated with " + file + " (" + settings + ")" + (fittedOn.isEmpty() ? ""
                    : ", fitted on " + fittedOn.size() + " past negotiation" + (fittedOn.size() == 1 ? "" : "s")
                    + ": " + String.join(", ", fittedOn)) + ".";
        }
    }
}
