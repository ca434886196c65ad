package org.treatysim.scenario;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A validated calibration file and its provenance.
 *
 * @param calibration the hyperparameters
 * @param file        the file loaded (as named to the loader, or resolved from a scenario's
 *                    {@code calibration} key)
 * @param sha256      lower-case hex SHA-256 of the file's bytes
 */
public record LoadedCalibration(Calibration calibration, Path file, String sha256) {
    public LoadedCalibration {
        Objects.requireNonNull(calibration, "calibration");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }
}
