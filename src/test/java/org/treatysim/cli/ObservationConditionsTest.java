package org.treatysim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.treatysim.model.Outcome;
import org.treatysim.model.RunResult;
import org.treatysim.model.spec.Milestone;
import org.treatysim.montecarlo.conditioning.Condition;
import org.treatysim.scenario.Observation;

/** The observations of a file become the conditions runs are checked against, event for event. */
class ObservationConditionsTest {

    @Test
    void anObservationBecomesALabelledCondition() {
        Observation o = new Observation(LocalDate.of(2024, 11, 22), Milestone.SIGNED, false, "obs.yaml:3:5");
        RunResult signedLater = new RunResult(0, 0, Outcome.SIGNED, LocalDate.of(2024, 10, 1),
                LocalDate.of(2024, 11, 1), null, null, LocalDate.of(2024, 12, 1), null, 0, 0, new double[0],
                new double[] {0, 0}, new double[0]);

        Condition c = ObservationConditions.condition(o);

        assertThat(c.label()).isEqualTo("obs.yaml:3:5: signed by 2024-11-22: did not happen");
        assertThat(c.question().event()).isEqualTo(Milestone.SIGNED);
        assertThat(c.metBy(signedLater)).isTrue();
    }
}
