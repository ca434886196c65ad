package org.treatysim.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.treatysim.model.spec.EventSpec;

/**
 * What agents keep is keyed on the change counts of {@link LiveParameters} and {@link Agenda}: every
 * writer moves its count itself, so nothing derived can go stale because a writer forgot to.
 */
class ChangeCountTest {

    /** The baseline-like model, prepared and started for run 3 (issues: constitution, transit, recognition). */
    private static TreatyModel startedModel() {
        TreatyModel model = new Simulation(ScenarioBuilder.baseline().build()).model();
        model.prepare(RunStreams.runSeed(model.scenario().seed(), 3), null);
        model.start();
        return model;
    }

    @Test
    void everyWriteOfAParameterMovesTheCount() {
        TreatyModel model = startedModel();
        LiveParameters live = model.live();
        int target = live.slot("parties.ARM.ideal.transit");
        int operand = live.slot("parties.AZE.ideal.transit");
        for (EventSpec.Operation operation : EventSpec.Operation.values()) {
            int before = live.epoch();
            live.apply(operation, target, operand);
            assertThat(live.epoch()).as("%s", operation).isNotEqualTo(before);
        }
        double by = live.get(operand);
        assertThat(live.get(target)).as("set, add, multiply").isEqualTo((by + by) * by);
        int before = live.epoch();
        live.draw(model.runSeed());
        assertThat(live.epoch()).isNotEqualTo(before);
    }

    @Test
    void aDecayingSlotKeepsTheCountAndCannotBeReadAsStable() {
        TreatyModel model = startedModel();
        LiveParameters live = model.live();
        int influence = live.slot("patrons.RUS.influence");
        double was = live.decaying(influence);
        int before = live.epoch();
        live.decay(influence, 0.5);
        assertThat(live.epoch()).isEqualTo(before);
        assertThat(live.decaying(influence)).isEqualTo(was * 0.5);
        // A reader that could key a cache on the count is refused (tests run with assertions on).
        assertThatThrownBy(() -> live.get(influence)).isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> live.decay(live.slot("parties.ARM.batna"), 0.5)).isInstanceOf(AssertionError.class);
    }

    @Test
    void everyWriteOfTheAgendaMovesItsCount() {
        TreatyModel model = startedModel();
        Agenda agenda = model.agenda();
        assertThat(agenda.isOpen(0)).isTrue();
        assertThat(agenda.status(2)).isEqualTo(IssueStatus.AGREED);

        int before = agenda.epoch();
        agenda.settle(1, 0.4, true);
        assertThat(agenda.epoch()).isNotEqualTo(before);
        assertThat(agenda.status(1)).isEqualTo(IssueStatus.TENTATIVE);

        before = agenda.epoch();
        agenda.agreeAll(new double[] {0.8, 0.4, 0.5});
        assertThat(agenda.epoch()).isNotEqualTo(before);
        assertThat(agenda.noneOpen()).isTrue();
        assertThat(agenda.crossesReferendumThreshold()).isTrue();

        before = agenda.epoch();
        agenda.reopenBeyondReferendumThresholds();
        assertThat(agenda.epoch()).isNotEqualTo(before);
        assertThat(agenda.isOpen(0)).isTrue();
        assertThat(agenda.upper(0)).isEqualTo(0.5);

        before = agenda.epoch();
        model.start();
        assertThat(agenda.epoch()).isNotEqualTo(before);
        assertThat(agenda.upper(0)).isEqualTo(1);
    }

    @Test
    void theOrientationFollowsAnEventThatSwapsTheIdeals() {
        TreatyModel model = startedModel();
        LiveParameters live = model.live();
        Agenda agenda = model.agenda();
        assertThat(agenda.orientation(1)).isEqualTo(1);
        int first = live.slot("parties.ARM.ideal.transit");
        int second = live.slot("parties.AZE.ideal.transit");
        int spare = live.slot("parties.ARM.reservation.transit");
        // Swap the two ideals through a third slot, as three events would.
        double firstIdeal = live.get(first);
        live.apply(EventSpec.Operation.SET, spare, first);
        live.apply(EventSpec.Operation.SET, first, second);
        live.apply(EventSpec.Operation.SET, second, spare);
        assertThat(live.get(second)).isEqualTo(firstIdeal);
        agenda.reorient(live, model.first(), model.second());
        assertThat(agenda.orientation(1)).isEqualTo(-1);
    }
}
