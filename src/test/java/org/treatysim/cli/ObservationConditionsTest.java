package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.montecarlo.conditioning.Condition;
import org.treatysim.montecarlo.conditioning.HistoryEvent;
import org.treatysim.scenario.Observation;
import org.treatysim.scenario.ObservedEvent;

/** The observations of a file become the conditions runs are checked against, event for event. */
class ObservationConditionsTest {

    @Test
    void everyObservedEventIsReadFromTheSameMilestone() {
        for (ObservedEvent e : ObservedEvent.values()) {
            assertThat(ObservationConditions.event(e).name()).isEqualTo(e.name());
        }
        assertThat(HistoryEvent.values()).hasSameSizeAs(ObservedEvent.values());
    }

    @Test
    void anObservationBecomesALabelledCondition() {
        Observation o = new Observation(LocalDate.of(2024, 11, 22), ObservedEvent.SIGNED, false, "obs.yaml:3:5");
        RunResult signedLater = new RunResult(0, 0, Outcome.SIGNED, LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 11, 1), null, null, LocalDate.of(2024, 12, 1), null, 0, 0, new double[0],
                new double[] {0, 0}, new double[0]);

        Condition c = ObservationConditions.condition(o);

        assertThat(c.label()).isEqualTo("obs.yaml:3:5: signed by 2024-11-22: did not happen");
        assertThat(c.question().event()).isEqualTo(HistoryEvent.SIGNED);
        assertThat(c.metBy(signedLater)).isTrue();
    }
}
