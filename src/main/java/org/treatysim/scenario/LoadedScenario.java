package org.treatysim.scenario;

import java.nio.file.Path;
import java.util.List;
import org.treatysim.model.spec.Components;
import java.util.Optional;
import org.treatysim.model.spec.Scenario;

/**
 * A validated scenario and its provenance.
 *
 * @param scenario the validated records
 * @param file     the file loaded (as named to the loader)
 * @param sha256   lower-case hex SHA-256 over the bytes of every file it extends, ancestors first,
 *                 then of the file itself: changes whenever any file the scenario depends on changes
 * @param sources  where each value was written and its comment, in file order (as written: before
 *                 any calibration)
 * @param calibration the calibration applied to {@code scenario} (its {@code calibration} key, or the
 *                 command line's {@code --calibration}), if any
 */
public record LoadedScenario(Scenario scenario, Path file, String sha256, List<ParameterSource> sources,
                             Optional<LoadedCalibration> calibration) {
    public LoadedScenario {
        Components.requireNonNull("scenario, file, sha256, calibration", scenario, file, sha256, calibration);
        sources = List.copyOf(sources);
    }
}
