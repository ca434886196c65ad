package org.treatysim.cli;

import java.util.List;
import org.treatysim.montecarlo.conditioning.Condition;
import org.treatysim.montecarlo.conditioning.DatedEvent;
import org.treatysim.scenario.Observation;

/**
 * Maps the observations read from a file (scenario package) onto the conditions the Monte Carlo
 * side checks runs against (conditioning package), which do not know each other; both name events
 * by {@link org.treatysim.model.spec.Milestone}.
 */
final class ObservationConditions {
    private ObservationConditions() { }

    /** "event by date" as a question about runs. */
    static DatedEvent question(Observation observation) {
        return new DatedEvent(observation.event(), observation.date());
    }

    /** The observation as a condition, labelled {@code FILE:LINE:COLUMN: event by date: happened}. */
    static Condition condition(Observation observation) {
        return new Condition(question(observation), observation.happened(),
                observation.location() + ": " + observation.describe());
    }

    /** Every observation as a condition, in order. */
    static List<Condition> conditions(List<Observation> observations) {
        return observations.stream().map(ObservationConditions::condition).toList();
    }
}
