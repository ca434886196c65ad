package org.treatysim.montecarlo.conditioning;

import java.util.Objects;
import org.treatysim.model.RunResult;

/**
 * One observation as a condition on runs: a run meets it when the event happened by the date in
 * the run exactly when it happened in reality.
 *
 * @param question the event and date
 * @param happened what was observed
 * @param label    how messages name the observation, e.g.
 *                 {@code obs.yaml:3:5: signed by 2024-11-22: did not happen}
 */
public record Condition(DatedEvent question, boolean happened, String label) {
    public Condition {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(label, "label");
    }

    /** True when {@code run}'s history agrees with the observation. */
    public boolean metBy(RunResult run) {
        return question.happenedIn(run) == happened;
    }
}
