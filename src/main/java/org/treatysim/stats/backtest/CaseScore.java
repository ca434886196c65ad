package org.treatysim.stats.backtest;

import java.util.List;
import java.util.Objects;

/**
 * One case's scores: treatysim's and each reference's mean over the case's outcomes.
 *
 * @param caseId   the case
 * @param outcomes its outcomes, &ge; 1
 * @param runs     treatysim's runs
 * @param scores   treatysim first, then the references in {@link ReferenceForecasters#NAMES} order
 */
public record CaseScore(String caseId, int outcomes, long runs, List<ForecasterScore> scores) {
    public CaseScore {
        Objects.requireNonNull(caseId, "caseId");
        scores = List.copyOf(scores);
    }

    /** The scores of {@code forecaster}. */
    public ForecasterScore of(String forecaster) {
        return scores.stream().filter(s -> s.forecaster().equals(forecaster)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no forecaster " + forecaster));
    }
}
