package org.treatysim.report.backtest;

import java.time.Instant;
import java.util.List;
import org.treatysim.model.spec.Components;
import org.treatysim.stats.Provenance;

/**
 * Where a backtest's numbers come from, so that they can be made again.
 *
 * @param version   treatysim's version
 * @param java      the Java runtime's version
 * @param createdAt when the backtest ran (UTC)
 * @param runs      how the runs per case were chosen, in words (e.g. "min(the case's runs, 5000)")
 * @param seeds     how the seeds were chosen, in words (e.g. "each case's own seed")
 * @param sources   each case's files, in case order
 */
public record BacktestProvenance(String version, String java, Instant createdAt, String runs, String seeds,
                                 List<CaseSource> sources) {
    public BacktestProvenance {
        Components.requireNonNull("version, java, createdAt, runs, seeds", version, java, createdAt, runs, seeds);
        sources = List.copyOf(sources);
    }

    /**
     * One case's files.
     *
     * @param caseId         the case
     * @param scenarioFile   its scenario file, as named on the command line
     * @param outcomesFile   its outcomes file
     * @param scenarioSha256 hex SHA-256 of the scenario file (and the files it extends)
     * @param calibration    the calibration applied to the case's scenario, or null for none
     */
    public record CaseSource(String caseId, String scenarioFile, String outcomesFile, String scenarioSha256,
                             Provenance.CalibrationNote calibration) {
        /** An uncalibrated case's files. */
        public CaseSource(String caseId, String scenarioFile, String outcomesFile, String scenarioSha256) {
            this(caseId, scenarioFile, outcomesFile, scenarioSha256, null);
        }

        public CaseSource {
            Components.requireNonNull("caseId, scenarioFile, outcomesFile, scenarioSha256", caseId, scenarioFile,
                    outcomesFile, scenarioSha256);
        }
    }

    /** The files of {@code caseId}. */
    public CaseSource source(String caseId) {
        return sources.stream().filter(s -> s.caseId().equals(caseId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no case " + caseId));
    }
}
